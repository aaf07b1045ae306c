package dev.articlebot.knowledge.answer;

import dev.articlebot.knowledge.article.Article;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Answers questions about the article itself rather than its story: who wrote it (or who its author
 * is, by name), its title, what it is about (its dek), when it was published. The answer cites the
 * headline block (paragraph 0).
 */
final class ArticleFacts implements DirectAnswer {
  private static final Pattern AUTHOR =
      Pattern.compile(
          "\\b(who (wrote|authored|penned|reported|published|is the (author|writer|reporter))"
              + "|author|byline|writer|written by|reporter|journalist)\\b");
  private static final Pattern TITLE =
      Pattern.compile("\\b(title|headline|what is (this|the) (article|story|piece) called)\\b");
  private static final Pattern GIST =
      Pattern.compile(
          "\\b(what(?:\\s+is|'s|s|\\s+was)\\s+(?:this|the|it)(?:\\s+(?:article|story|piece))?\\s+"
              + "(?:all\\s+)?about"
              + "|what(?:\\s+is|'s|s)\\s+(?:the\\s+)?(?:gist|main point|point|main idea|key point"
              + "|big picture|takeaway|key takeaway)"
              + "|gist|summary|summari[sz]e|sum (it )?up|tl ?;? ?dr|overview|takeaways?)\\b");
  private static final Pattern DATE =
      Pattern.compile(
          "\\b(when (was|is) (it|(this|the) (article|story|piece)|this) (published|written|updated"
              + "|posted|from)"
              + "|publication date|date of (the|this) (article|story|piece)|when did (it|this|the"
              + " (article|story|piece)) come out|(article|story|piece)'?s? date|last updated"
              + "|(what|which) (date|day)\\b.*\\b(published|written|updated|posted|dated)"
              + "|(published|written|updated|posted|dated) (on )?(what|which) (date|day))\\b");

  /**
   * Words a question about the article itself may use; any other word makes it a story question.
   */
  private static final java.util.Set<String> ABOUT_THE_ARTICLE =
      java.util.Set.of(
          "who",
          "whos",
          "what",
          "whats",
          "when",
          "which",
          "is",
          "was",
          "are",
          "s",
          "the",
          "a",
          "an",
          "this",
          "that",
          "it",
          "its",
          "of",
          "by",
          "for",
          "me",
          "tell",
          "about",
          "gist",
          "summary",
          "summarize",
          "summarise",
          "sum",
          "up",
          "tl",
          "dr",
          "tldr",
          "main",
          "point",
          "give",
          "all",
          "quick",
          "please",
          "did",
          "does",
          "do",
          "wrote",
          "write",
          "writes",
          "written",
          "writer",
          "author",
          "authored",
          "penned",
          "byline",
          "reporter",
          "reported",
          "journalist",
          "article",
          "articles",
          "story",
          "piece",
          "text",
          "title",
          "titled",
          "headline",
          "called",
          "name",
          "named",
          "published",
          "publish",
          "date",
          "dated",
          "updated",
          "update",
          "last",
          "posted",
          "come",
          "came",
          "out",
          "from",
          "behind",
          "pls",
          "plz",
          "thx",
          "thanks",
          "lol",
          "ok",
          "okay",
          "just",
          "u",
          "real",
          "quickly",
          "report",
          "reporters",
          "authors",
          "writers",
          "journalists",
          "agency",
          "wire",
          "outlet",
          "publication",
          "credit",
          "credited",
          "filed",
          "modified",
          "changed",
          "edited",
          "time",
          "news",
          "bot",
          "hey",
          "hi",
          "so",
          "and",
          "again",
          "exactly",
          "in",
          "on",
          "one",
          "line",
          "sentence",
          "few",
          "words",
          "short",
          "brief",
          "briefly",
          "overview",
          "can",
          "could",
          "you",
          "key",
          "idea",
          "big",
          "picture",
          "takeaway",
          "takeaways",
          "nutshell",
          "basically");

  private final Article article;

  ArticleFacts(Article article) {
    this.article = article;
  }

  @Override
  public String name() {
    return "article-facts";
  }

  @Override
  public Optional<Answer> answer(Question q) {
    return answer(q.text(), article);
  }

  static Optional<Answer> answer(String question, Article article) {
    String q = question.toLowerCase(Locale.ROOT).replace('’', '\'');
    for (String name : names(article)) q = q.replace(name, "the author"); // "who is Yu Xiaodong?"
    for (String word : q.split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty() && !ABOUT_THE_ARTICLE.contains(word)) return Optional.empty();
    }
    String fact;
    if (AUTHOR.matcher(q).find()) {
      if (article.author().isEmpty()) return Optional.empty();
      fact =
          article.authors().isEmpty()
              ? "“" + article.displayTitle() + "” comes from " + article.agency() + "."
              : "“"
                  + article.displayTitle()
                  + "” was written by "
                  + article.author()
                  + (article.agency().isEmpty() ? "" : " (" + article.agency() + ")")
                  + ".";
    } else if (TITLE.matcher(q).find()) {
      fact = "The article is titled “" + article.displayTitle() + "”.";
    } else if (GIST.matcher(q).find()) {
      // The dek is the article's own one-line summary; without one, its first sentence.
      fact = article.dek().isEmpty() ? lede(article) : article.dek();
      if (fact.isEmpty()) return Optional.empty();
    } else if (DATE.matcher(q).find()) {
      fact = dated(article, q.contains("updat") || q.contains("modif") || q.contains("chang"));
      if (fact.isEmpty()) return Optional.empty();
    } else {
      return Optional.empty();
    }
    String block = headlineBlock(article);
    Citation c = new Citation(article.id(), article.displayTitle(), 0, "", block, block, 1.0);
    return Optional.of(
        new Answer(
            question,
            true,
            fact,
            java.util.List.of(c),
            1.0,
            false,
            Answer.Refusal.NONE,
            "article-facts"));
  }

  /** The authors' names (and the agency), lower case, as a question may use them. */
  private static java.util.List<String> names(Article article) {
    java.util.List<String> out = new java.util.ArrayList<>();
    for (String a : article.authors()) out.add(a.toLowerCase(Locale.ROOT).strip());
    if (!article.authors().isEmpty()) out.add(article.author().toLowerCase(Locale.ROOT).strip());
    out.removeIf(String::isEmpty);
    out.sort(java.util.Comparator.comparingInt(String::length).reversed());
    return out;
  }

  /** When the article was published, and updated if it says so; "" when it gives no date. */
  private static String dated(Article a, boolean askedUpdate) {
    boolean updatedDiffers = !a.updated().isEmpty() && !a.updated().equals(a.published());
    if (askedUpdate && updatedDiffers) return "The article was last updated " + a.updated() + ".";
    if (a.published().isEmpty()) return "";
    return "The article is dated "
        + a.published()
        + (updatedDiffers ? " (updated " + a.updated() + ")" : "")
        + ".";
  }

  private static String lede(Article a) {
    if (a.paragraphs().isEmpty()) return "";
    var sentences = a.paragraphs().get(0).sentences();
    return sentences.isEmpty() ? "" : sentences.get(0).text();
  }

  /** Title, dek and byline as one passage. */
  static String headlineBlock(Article a) {
    StringBuilder sb = new StringBuilder(a.displayTitle());
    if (!a.dek().isEmpty()) sb.append("\n").append(a.dek());
    if (!a.byline().isEmpty()) sb.append("\n").append(a.byline());
    return sb.toString();
  }
}
