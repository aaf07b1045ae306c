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

  /**
   * How a follow-up was read when it leaned on the thread before it ("and Trump?" read as "What did
   * Trump say about the meeting?"), shown before its answer.
   *
   * @param question the question the answer answers
   */
  record ReadAs(String question) implements Part {
    public ReadAs {
      requireText(question);
    }

    @Override
    public String plainText() {
      return "Reading this as: " + question;
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
   * The answer to a question: a sentence or two, verbatim from the article, and the paragraphs they
   * are quoted from (whose "Show full paragraph" controls belong to it); or, with the optional
   * language model, its checked wording citing [¶N], the passages following as their own parts.
   *
   * @param text the answering sentence(s)
   * @param sources where they are quoted from, best first; may be empty (an answer about the
   *     article itself)
   */
  record Answer(String text, List<Source> sources) implements Part {
    public Answer {
      requireText(text);
      sources = List.copyOf(sources);
    }

    /** "¶1", "¶14, ¶15": the sources without their sections, or "" when there are none. */
    public String sourceLabels() {
      return String.join(", ", sources.stream().map(Source::shortLabel).toList());
    }

    @Override
    public String plainText() {
      return sources.isEmpty() ? text : text + " (" + sourceLabels() + ")";
    }
  }

  /**
   * Evidence from a paragraph: a short excerpt of it, with the words that bear on the question
   * marked, and the whole paragraph for "Show full paragraph".
   *
   * @param source where it comes from
   * @param excerpt what is shown
   * @param fullText the whole paragraph
   */
  record Passage(Source source, Excerpt excerpt, String fullText) implements Part {
    public Passage {
      if (source == null) throw new IllegalArgumentException("source is required");
      if (excerpt == null) throw new IllegalArgumentException("excerpt is required");
      requireText(fullText);
    }

    /** A passage whose excerpt is {@code excerpt}, nothing marked. */
    public Passage(Source source, String excerpt, String fullText) {
      this(source, Excerpt.plain(excerpt), fullText);
    }

    /** Whether the excerpt already is the whole paragraph (nothing more to show). */
    public boolean whole() {
      return excerpt.text().strip().equals(fullText.strip());
    }

    @Override
    public String plainText() {
      return source.label() + "  " + excerpt.text();
    }
  }

  /**
   * Text with some of its words marked (bold where the platform has bold): an excerpt's spans in
   * order; their texts joined are the excerpt.
   */
  record Excerpt(List<Span> spans) {
    public Excerpt {
      spans = List.copyOf(spans);
      if (spans.stream().allMatch(s -> s.text().isBlank())) {
        throw new IllegalArgumentException("an excerpt has text");
      }
    }

    /** {@code text} with nothing marked. */
    public static Excerpt plain(String text) {
      return new Excerpt(List.of(new Span(text, false)));
    }

    /** The excerpt as plain text, marks dropped. */
    public String text() {
      StringBuilder sb = new StringBuilder();
      for (Span s : spans) sb.append(s.text());
      return sb.toString();
    }
  }

  /** A run of an excerpt's text, marked or not. */
  record Span(String text, boolean marked) {
    public Span {
      if (text == null || text.isEmpty()) throw new IllegalArgumentException("span text");
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

  /**
   * A question with one button per choice, asked privately after a 👎: what was wrong with the
   * answer. Each choice's control is {@link RatingControl#reason(String, String)}.
   *
   * @param text the question
   * @param answerId the answer it is about
   * @param choices what can be answered, in order
   */
  record Choices(String text, String answerId, List<Choice> choices) implements Part {
    public Choices {
      requireText(text);
      requireText(answerId);
      choices = List.copyOf(choices);
      if (choices.isEmpty()) throw new IllegalArgumentException("choices must not be empty");
    }

    @Override
    public String plainText() {
      StringBuilder sb = new StringBuilder(text);
      for (int i = 0; i < choices.size(); i++) {
        sb.append("\n  ").append(i + 1).append(". ").append(choices.get(i).label());
      }
      return sb.toString();
    }
  }

  /** One choice: {@code code} in its control, {@code label} on its button. */
  record Choice(String code, String label) {
    public Choice {
      requireText(code);
      requireText(label);
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
      return section.isEmpty() ? shortLabel() : shortLabel() + " · " + section;
    }

    /** "¶14", or "headline" for paragraph 0. */
    public String shortLabel() {
      return paragraph == 0 ? "headline" : "¶" + paragraph;
    }
  }

  private static void requireText(String text) {
    if (text == null || text.isBlank())
      throw new IllegalArgumentException("text must not be blank");
  }
}
