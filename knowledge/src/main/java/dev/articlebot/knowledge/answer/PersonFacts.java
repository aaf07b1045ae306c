package dev.articlebot.knowledge.answer;

import dev.articlebot.knowledge.article.Article;
import dev.articlebot.knowledge.article.Paragraph;
import dev.articlebot.knowledge.article.Sentence;
import dev.articlebot.knowledge.quote.Quote;
import dev.articlebot.knowledge.quote.QuoteBook;
import dev.articlebot.knowledge.quote.QuoteKind;
import dev.articlebot.knowledge.quote.QuoteLookup;
import dev.articlebot.knowledge.quote.Speaker;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Who is Wu Xinbo?", "who's the spokesperson": people the article quotes are introduced where they
 * first appear, with their role. That paragraph answers, through the speaker directory (names,
 * aliases, roles, near misses). "What did Xi say?" and nothing more is answered with their own
 * words.
 */
final class PersonFacts {
  private static final Pattern WHO =
      Pattern.compile(
          "^(?:who\\s+(?:is|was)|who's|whos|who’s)\\s+(.+?)(?:\\s+and\\s+.*)?\\s*[?.!]*$"
              + "|^(.+?)\\s*[-–—:,?]+\\s*(?:who\\s+(?:is|was)|who's|whos|who’s)\\s+"
              + "(?:that|this|he|she|they|them|him|her)\\s*[?.!]*$",
          Pattern.CASE_INSENSITIVE);

  /** "What is Shen Yi's job?", "what does Gao do?": who they are, by another name. */
  private static final Pattern WHAT_THEY_DO =
      Pattern.compile(
          "^what(?:\\s+is|\\s+was|'s|’s|s)\\s+(.+?)['’]s?\\s+(?:job|job title|role|title|position"
              + "|occupation|profession|background|affiliation)\\s*[?.!]*$"
              + "|^what\\s+(?:does|did)\\s+(.+?)\\s+do(?:\\s+for\\s+a\\s+living)?\\s*[?.!]*$",
          Pattern.CASE_INSENSITIVE);

  /** "What did Xi say?" and nothing more: the person's own words are the answer. */
  private static final Pattern SAID =
      Pattern.compile(
          "^(?:so\\s+|and\\s+)?what\\s+(?:else\\s+)?(?:did|does|do|has|had)\\s+(.+?)\\s+"
              + "(?:say|said|think|tell us|have to say|argue|write)\\s*[?.!]*$",
          Pattern.CASE_INSENSITIVE);

  /** Verbs of putting words out: "where did Shen Yi <b>publish</b> his take?" */
  private static final String SAYING =
      "say|said|publish|published|write|wrote|post|posted|make|made|give|gave|air|aired|share"
          + "|shared|speak|spoke|argue|argued|put|lay|tell|told|express|voice|raise|float|comment";

  /**
   * "Where did Shen Yi publish his take?", "on which show did Gao make those comments?": asks where
   * someone said something.
   */
  private static final Pattern WHERE_SAID =
      Pattern.compile(
          "\\bwhere\\s+(?:did|does|do|has|had|was|were|is)\\s+(.+?)\\s+(?:"
              + SAYING
              + ")\\b"
              + "|\\b(?:what|which)\\s+(?:show|program|programme|podcast|channel|outlet"
              + "|publication|magazine|newspaper|paper|website|site|platform|column|interview)"
              + "\\s+(?:did|does|do|has|had|was|were|is)\\s+(.+?)\\s+(?:"
              + SAYING
              + "|on|in|appear|appeared)\\b",
          Pattern.CASE_INSENSITIVE);

  /** Narration naming where words appeared: a column, an interview, "told NewsChina". */
  private static final Pattern VENUE =
      Pattern.compile(
          "\\b(?:column|commentary|interview|article|op-ed|essay|editorial|magazine|newspaper"
              + "|journal|program|programme|show|podcast|broadcast|blog|press conference"
              + "|news conference|briefing|speech|website|told)\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern QUOTATION = Pattern.compile("“[^”]*”|\"[^\"]*\"");

  /** A quotation this long says something; shorter ones are often a phrase inside narration. */
  private static final int SUBSTANTIAL_WORDS = 8;

  private final QuoteBook quotes;
  private final Map<String, Article> articles;

  PersonFacts(QuoteBook quotes, List<Article> articles) {
    this.quotes = quotes;
    this.articles =
        articles.stream()
            .collect(java.util.stream.Collectors.toMap(Article::id, a -> a, (a, b) -> a));
  }

  /**
   * For "who is X?" or "what is X's job?", the paragraph introducing X, with the sentence that
   * names them.
   */
  Optional<Citation> introduction(String question) {
    Matcher m = WHO.matcher(question.strip());
    Matcher what = WHAT_THEY_DO.matcher(question.strip());
    String who;
    if (m.matches()) who = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
    else if (what.matches()) who = (what.group(1) != null ? what.group(1) : what.group(2)).strip();
    else return Optional.empty();
    if (who.isEmpty() || who.split("\\s+").length > 6) return Optional.empty();
    if (!(quotes.lookup(who) instanceof QuoteLookup.Found found)) return Optional.empty();
    Speaker speaker = found.speaker();
    for (var q : found.quotes()) {
      Article article = articles.get(q.articleId());
      if (article == null) continue;
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
  Optional<Citation> ownWords(String question) {
    Matcher m = SAID.matcher(question.strip());
    if (!m.matches() || m.group(1).split("\\s+").length > 6) return Optional.empty();
    if (!(quotes.lookup(m.group(1)) instanceof QuoteLookup.Found found)) return Optional.empty();
    List<Quote> direct = found.quotes().stream().filter(q -> q.kind() == QuoteKind.DIRECT).toList();
    Optional<Quote> chosen =
        direct.stream().filter(q -> q.text().split("\\s+").length >= SUBSTANTIAL_WORDS).findFirst();
    if (chosen.isEmpty() && !namesThem(question, found.speaker())) {
      // Asked by title ("the Pentagon chief"), retrieval cannot find them by name: their longest
      // words, from a paragraph that names them (not a lone "he said" line).
      chosen =
          direct.stream()
              .filter(q -> paragraphNames(q, found.speaker()))
              .max(java.util.Comparator.comparingInt(q -> q.text().length()));
    }
    if (chosen.isEmpty()) return Optional.empty();
    Quote q = chosen.get();
    Article article = articles.get(q.articleId());
    Paragraph p = article == null ? null : article.paragraph(q.paragraph()).orElse(null);
    if (p == null) return Optional.empty();
    List<Quote> there = direct.stream().filter(d -> d.paragraph() == p.number()).toList();
    return Optional.of(Citation.of(article, p, sentencesHolding(p, there), 1.0));
  }

  /**
   * For "where did Shen Yi publish his take?", the first ranked passage quoting that person whose
   * narration says where (a column, an interview); -1 when the question asks no such thing or none
   * does, or when it points at particular words of theirs: "where did Zhao say China must be
   * prepared for unexpected changes?" is answered where he says that, which {@code shares} (a rare
   * word of the question's rest with a passage) tells.
   */
  int whereSaid(
      String question,
      List<HybridRetriever.Candidate> ranked,
      BiPredicate<String, HybridRetriever.Candidate> shares) {
    Matcher m = WHERE_SAID.matcher(question);
    if (!m.find()) return -1;
    String who = m.group(1) != null ? m.group(1) : m.group(2);
    if (who.split("\\s+").length > 6) return -1;
    if (!(quotes.lookup(who) instanceof QuoteLookup.Found found)) return -1;
    String rest = question.substring(m.end());
    int venue = -1;
    for (int i = 0; i < ranked.size(); i++) {
      var c = ranked.get(i);
      String id = c.passage().article().id();
      int number = c.passage().paragraph().number();
      if (found.quotes().stream()
          .noneMatch(q -> q.articleId().equals(id) && q.paragraph() == number)) {
        continue;
      }
      if (shares.test(rest, c)) return -1;
      String narration = QUOTATION.matcher(c.passage().text()).replaceAll(" ");
      if (venue < 0 && VENUE.matcher(narration).find()) venue = i;
    }
    return venue;
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
}
