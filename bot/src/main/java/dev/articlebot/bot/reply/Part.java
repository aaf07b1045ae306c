package dev.articlebot.bot.reply;

import java.util.List;

/** The closed set of things a {@link Reply} can show. */
public sealed interface Part {

  /** Plain-text rendering, used for fallbacks and the console. */
  String plainText();

  /** A title line ("An ‘Inevitable Peace’?", "Wu Xinbo"). */
  record Heading(String text) implements Part {
    public Heading {
      requireText(text);
    }

    @Override
    public String plainText() {
      return text;
    }
  }

  /** A paragraph of plain text. */
  record Text(String text) implements Part {
    public Text {
      requireText(text);
    }

    @Override
    public String plainText() {
      return text;
    }
  }

  /** A short status line: refusals, hints, limits, errors. */
  record Notice(String text) implements Part {
    public Notice {
      requireText(text);
    }

    @Override
    public String plainText() {
      return text;
    }
  }

  /**
   * A cited passage: the sentence(s) that answer, with where they come from, and the whole
   * paragraph for "Show full paragraph".
   */
  record Passage(Source source, String quote, String fullText) implements Part {
    public Passage {
      if (source == null) throw new IllegalArgumentException("source is required");
      requireText(quote);
      requireText(fullText);
    }

    @Override
    public String plainText() {
      return source.label() + "  " + quote;
    }
  }

  /** A quotation by a person, verbatim. */
  record Quotation(String speaker, String text, Source source, String context, boolean paraphrase)
      implements Part {
    public Quotation {
      requireText(speaker);
      requireText(text);
      if (source == null) throw new IllegalArgumentException("source is required");
      context = context == null ? "" : context;
    }

    /** "Wu Xinbo told NewsChina", "according to Gao Zhikai", or just the name. */
    public String attribution() {
      if (context.isEmpty()) return speaker;
      if (context.toLowerCase(java.util.Locale.ROOT).startsWith("according to")) {
        return "according to " + speaker;
      }
      return speaker + " " + context;
    }

    @Override
    public String plainText() {
      String said = paraphrase ? text + " (paraphrase)" : "“" + text + "”";
      return said + " — " + attribution() + " " + source.label();
    }
  }

  /** A bulleted list, each bullet with its source. */
  record Bullets(List<Bullet> items) implements Part {
    public Bullets {
      items = List.copyOf(items);
      if (items.isEmpty()) throw new IllegalArgumentException("bullets must not be empty");
    }

    @Override
    public String plainText() {
      StringBuilder sb = new StringBuilder();
      for (Bullet b : items) {
        if (!sb.isEmpty()) sb.append('\n');
        sb.append("• ").append(b.text());
        if (b.source() != null) sb.append(" ").append(b.source().label());
      }
      return sb.toString();
    }
  }

  /** One bullet; {@code source} may be null for bullets that cite nothing. */
  record Bullet(String text, Source source) {
    public Bullet {
      requireText(text);
    }
  }

  /** A small closing line ("From: An ‘Inevitable Peace’? — NewsChina"). */
  record Footer(String text) implements Part {
    public Footer {
      requireText(text);
    }

    @Override
    public String plainText() {
      return text;
    }
  }

  /**
   * Where a passage comes from.
   *
   * @param articleId the article's id
   * @param articleTitle its title, for footers
   * @param paragraph paragraph number (0 for the headline and byline)
   * @param section section heading, or ""
   */
  record Source(String articleId, String articleTitle, int paragraph, String section) {
    public Source {
      requireText(articleId);
      articleTitle = articleTitle == null ? "" : articleTitle;
      section = section == null ? "" : section;
      if (paragraph < 0) throw new IllegalArgumentException("paragraph must be >= 0");
    }

    /** "¶14 · De-escalation", "¶2", or "headline" for paragraph 0. */
    public String label() {
      String p = paragraph == 0 ? "headline" : "¶" + paragraph;
      return section.isEmpty() ? p : p + " · " + section;
    }
  }

  private static void requireText(String text) {
    if (text == null || text.isBlank())
      throw new IllegalArgumentException("text must not be blank");
  }
}
