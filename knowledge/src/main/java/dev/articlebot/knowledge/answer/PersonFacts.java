package dev.articlebot.knowledge.answer;

import dev.articlebot.knowledge.article.Article;
import dev.articlebot.knowledge.article.Paragraph;
import dev.articlebot.knowledge.article.Sentence;
import dev.articlebot.knowledge.quote.Quote;
import dev.articlebot.knowledge.quote.QuoteBook;
import dev.articlebot.knowledge.quote.QuoteKind;
import dev.articlebot.knowledge.quote.Speaker;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * "Who is Wu Xinbo?", "who's the spokesperson": people the article quotes are introduced where they
 * first appear, with their role. That paragraph answers, through the speaker directory (names,
 * aliases, roles, near misses). "What did Xi say?" and nothing more is answered with their own
 * words.
 */
final class PersonFacts {

  /** A quotation this long says something; shorter ones are often a phrase inside narration. */
  private static final int SUBSTANTIAL_WORDS = 8;

  private final QuoteBook quotes;
  private final Map<String, Article> articles;

  PersonFacts(QuoteBook quotes, List<Article> articles) {
    this.quotes = quotes;
    this.articles = new java.util.LinkedHashMap<>();
    for (Article a : articles) this.articles.putIfAbsent(a.id(), a);
  }

  /**
   * For "who is X?" or "what is X's job?", the paragraph introducing X, with the sentence naming
   * them.
   */
  Optional<Citation> introduction(Question q) {
    if (q.intent() != Question.Intent.WHO_IS || q.person().isEmpty()) return Optional.empty();
    Speaker speaker = q.person().get();
    for (Article article : articles.values()) {
      for (Speaker s : quotes.speakersIn(article.id())) {
        if (!s.name().equals(speaker.name()) || s.paragraphs().isEmpty()) continue;
        Paragraph p = article.paragraph(s.paragraphs().get(0)).orElse(null);
        if (p == null) continue;
        return Optional.of(Citation.of(article, p, naming(p, s), 1.0));
      }
    }
    return Optional.empty();
  }

  /**
   * For a question asking only what a quoted person said, their first substantial quotation (eight
   * words or more), with the sentences holding their quotations in that paragraph. Empty when they
   * have none: a lone "he said" line answers less well than the passages that name them. Asked by
   * title ("the Pentagon chief"), though, no passage matches the question by name, so their longest
   * quotation answers if its paragraph names them.
   */
  Optional<Citation> ownWords(Question q) {
    if (q.intent() != Question.Intent.WORDS_OF || q.person().isEmpty() || !q.personQuoted()) {
      return Optional.empty();
    }
    Speaker speaker = q.person().get();
    List<Quote> direct =
        quotes.quotesBy(speaker).stream().filter(x -> x.kind() == QuoteKind.DIRECT).toList();
    Optional<Quote> chosen =
        direct.stream().filter(x -> x.text().split("\\s+").length >= SUBSTANTIAL_WORDS).findFirst();
    if (chosen.isEmpty() && !namesThem(q.text(), speaker)) {
      chosen =
          direct.stream()
              .filter(x -> paragraphNames(x, speaker))
              .max(java.util.Comparator.comparingInt(x -> x.text().length()));
    }
    if (chosen.isEmpty()) return Optional.empty();
    Quote quote = chosen.get();
    Article article = articles.get(quote.articleId());
    Paragraph p = article == null ? null : article.paragraph(quote.paragraph()).orElse(null);
    if (p == null) return Optional.empty();
    List<Quote> there = direct.stream().filter(d -> d.paragraph() == p.number()).toList();
    return Optional.of(Citation.of(article, p, sentencesHolding(p, there), 1.0));
  }

  /** Whether the paragraph of the quotation names its speaker. */
  private boolean paragraphNames(Quote q, Speaker speaker) {
    Article article = articles.get(q.articleId());
    return article != null
        && article.paragraph(q.paragraph()).map(p -> namesThem(p.text(), speaker)).orElse(false);
  }

  /** Whether the text uses one of the person's names or a word of one ("Hegseth"). */
  private static boolean namesThem(String text, Speaker speaker) {
    String padded = " " + text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
    for (String name : speaker.allNames()) {
      for (String word : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
        if (word.length() > 1 && padded.contains(" " + word + " ")) return true;
      }
    }
    return false;
  }

  /** The run of sentences of {@code p} that the quotations (verbatim parts of it) go through. */
  private static String sentencesHolding(Paragraph p, List<Quote> quoted) {
    int from = -1;
    int to = -1;
    for (Quote q : quoted) {
      int start = p.text().indexOf(q.text());
      if (start < 0) continue;
      int end = start + q.text().length();
      for (Sentence s : p.sentences()) {
        if (s.end() <= start || s.start() >= end) continue;
        from = from < 0 ? s.start() : Math.min(from, s.start());
        to = Math.max(to, s.end());
      }
    }
    return from < 0 ? p.text() : p.text().substring(from, to);
  }

  /** The first sentence of the paragraph that names the person. */
  private static String naming(Paragraph p, Speaker s) {
    String last = s.name().substring(s.name().lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    String first = s.name().split("\\s+")[0].toLowerCase(Locale.ROOT);
    for (Sentence sentence : p.sentences()) {
      String t = sentence.text().toLowerCase(Locale.ROOT);
      if (t.contains(first) || t.contains(last)) return sentence.text();
    }
    return p.sentences().get(0).text();
  }

  /**
   * Answers "who is X?" with the paragraph introducing X and "what did X say?" with their own
   * words, then cites the best other passages.
   */
  static final class Answers implements DirectAnswer {
    private final PersonFacts facts;
    private final java.util.function.Function<Question, Ranking> rank;
    private final java.util.function.BiFunction<Question, Ranking.Item, Citation> cite;

    Answers(
        PersonFacts facts,
        java.util.function.Function<Question, Ranking> rank,
        java.util.function.BiFunction<Question, Ranking.Item, Citation> cite) {
      this.facts = facts;
      this.rank = rank;
      this.cite = cite;
    }

    @Override
    public String name() {
      return "person-facts";
    }

    @Override
    public Optional<Answer> answer(Question q) {
      Optional<Citation> lead = facts.introduction(q).or(() -> facts.ownWords(q));
      if (lead.isEmpty()) return Optional.empty();
      List<Citation> citations = new java.util.ArrayList<>(List.of(lead.get()));
      for (Ranking.Item item : rank.apply(q).items()) {
        if (citations.size() == Composer.CITATIONS) break;
        var p = item.candidate().passage();
        boolean same =
            p.article().id().equals(lead.get().articleId())
                && p.paragraph().number() == lead.get().paragraph();
        if (!same) citations.add(cite.apply(q, item));
      }
      return Optional.of(
          new Answer(
              q.text(),
              true,
              lead.get().quote(),
              citations,
              1.0,
              false,
              Answer.Refusal.NONE,
              name()
                  + (q.intent() == Question.Intent.WHO_IS ? ": who they are" : ": their words")));
    }
  }
}
