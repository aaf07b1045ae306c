package dev.articlebot.knowledge.answer;

import dev.articlebot.knowledge.article.Article;
import dev.articlebot.knowledge.article.Sentence;
import dev.articlebot.knowledge.index.Embedder;
import dev.articlebot.knowledge.quote.QuoteBook;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Question in, {@link Answer} out: ranks passages, decides whether they hold the answer, and picks
 * the sentence(s) that answer it. Every text it returns is verbatim from an article.
 */
public final class Answerer {
  /** How many passages an answer cites. */
  public static final int CITATIONS = 3;

  /** How far down the ranking a passage giving the detail a question asks for may come from. */
  private static final int DETAIL_REACH = 5;

  /**
   * How much less similar than the best passage such a passage may read and still count as near.
   */
  private static final double DETAIL_SLACK = 0.02;

  private static final Pattern QUOTED =
      Pattern.compile(
          "[“\"]([^“”\"]{3,120})[”\"]"
              + "|(?<![\\p{L}\\p{N}])['‘]([^'‘’]{3,120})['’](?![\\p{L}\\p{N}])");

  private final List<Article> articles;
  private final Embedder embedder;
  private final HybridRetriever retriever;
  private final AnswerCheck check;
  private final QuestionText questionText;
  private final PersonFacts people;
  private final java.util.Set<String> personNames;
  private final Acronyms acronyms;
  private final Responders responders;

  public Answerer(
      List<Article> articles,
      Embedder embedder,
      HybridRetriever retriever,
      AnswerCheck check,
      QuestionText questionText,
      QuoteBook quotes) {
    this.articles = List.copyOf(articles);
    this.embedder = embedder;
    this.retriever = retriever;
    this.check = check;
    this.questionText = questionText;
    this.people = new PersonFacts(quotes, articles);
    this.personNames = personNames(quotes);
    this.acronyms = Acronyms.of(articles, WordRarity.english());
    this.responders = Responders.of(articles, retriever.analysis());
  }

  public Answer answer(String rawQuestion) {
    QuestionText.Cleaned cleaned = questionText.clean(rawQuestion);
    Answer answer = answerCleaned(cleaned.text());
    return cleaned.truncated() ? answer.truncatedQuestion() : answer;
  }

  private Answer answerCleaned(String question) {
    if (question.isEmpty()) return new Answer("", false, "", List.of(), 0, false);
    if (articles.size() == 1) {
      var fact = ArticleFacts.answer(question, articles.get(0));
      if (fact.isPresent()) return fact.get();
    }
    // What is searched: the question with the names its acronyms stand for ("MAGA").
    String searched = acronyms.spelledOut(question);
    List<HybridRetriever.Candidate> ranked =
        new ArrayList<>(retriever.rank(searched, embedder.encode(searched)));
    // A passage holding a phrase the reader put in quotation marks goes first: they point at it.
    int quoted = passageQuoting(quotedPhrases(searched), ranked);
    if (quoted > 0) ranked.add(0, ranked.remove(quoted));
    // "How did China hit back?" is answered where China acts, not where what it answered is told;
    // "where did Shen Yi publish his take?" where the article says in what; "the second signal"
    // where the writer counts it off.
    if (quoted < 0) {
      int responding = responders.passageWhereAsked(searched, ranked, DETAIL_REACH);
      if (responding > 0) ranked.add(0, ranked.remove(responding));
      int venue = people.whereSaid(searched, ranked, retriever::sharesRareTerm);
      if (venue > 0) ranked.add(0, ranked.remove(venue));
      int point = Enumeration.pointAsked(searched, ranked, CITATIONS);
      if (point > 0) ranked.add(0, ranked.remove(point));
    }
    // A question asking for a detail ("how long…?") is best answered by a passage that gives one.
    AnswerType type = AnswerType.of(searched, personNames);
    if (quoted < 0) {
      int detailed = runnerUpWithDetail(searched, type, ranked);
      if (detailed > 0) ranked.add(0, ranked.remove(detailed));
    }
    Optional<Citation> lead = people.introduction(searched).or(() -> people.ownWords(searched));
    if (lead.isPresent()) return withLead(question, lead.get(), ranked);
    AnswerCheck.Verdict verdict = check.judge(searched, type, ranked);
    if (verdict.reason() == AnswerCheck.Reason.NO_CONTENT && quoted < 0) {
      // Nothing to search for ("😂😂", "?!"): no passage is nearer than another.
      return new Answer(question, false, "", List.of(), 0, false);
    }
    List<Citation> citations = new ArrayList<>();
    for (int i = 0; i < Math.min(CITATIONS, ranked.size()); i++) {
      citations.add(citation(ranked.get(i), verdict.relevance(i), type));
    }
    if (!verdict.answered() && quoted < 0) {
      return new Answer(
          question, false, "", citations, verdict.confidence(), false, verdict.refusal());
    }
    return new Answer(
        question, true, citations.get(0).quote(), citations, verdict.confidence(), false);
  }

  /** {@code text} with the acronyms the articles spell out replaced by the names ("MAGA"). */
  public String spelledOut(String text) {
    return acronyms.spelledOut(text);
  }

  /** The names and aliases of everyone the articles name, lower case, as whole words. */
  private static java.util.Set<String> personNames(QuoteBook quotes) {
    java.util.Set<String> names = new java.util.HashSet<>();
    for (var s : quotes.everyone()) {
      for (String f : s.allNames()) {
        String w = f.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        if (!w.isEmpty()) names.add(w);
      }
    }
    return java.util.Set.copyOf(names);
  }

  /** An answer led by {@code lead}, then the best other passages. */
  private static Answer withLead(
      String question, Citation lead, List<HybridRetriever.Candidate> ranked) {
    List<Citation> citations = new ArrayList<>(List.of(lead));
    for (HybridRetriever.Candidate c : ranked) {
      if (citations.size() == CITATIONS) break;
      boolean same =
          c.passage().article().id().equals(lead.articleId())
              && c.passage().paragraph().number() == lead.paragraph();
      if (!same) citations.add(citation(c, Math.max(0, Math.min(1, c.dense()))));
    }
    return new Answer(question, true, lead.quote(), citations, 1.0, false);
  }

  /** Phrases the reader put in quotation marks, at least two words long. */
  private static List<String> quotedPhrases(String question) {
    List<String> out = new ArrayList<>();
    Matcher m = QUOTED.matcher(question);
    while (m.find()) {
      String phrase = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
      if (phrase.split("\\s+").length >= 2) out.add(normalise(phrase));
    }
    return out;
  }

  /** The first passage holding one of {@code phrases}, or -1. */
  private static int passageQuoting(List<String> phrases, List<HybridRetriever.Candidate> ranked) {
    if (phrases.isEmpty()) return -1;
    for (int i = 0; i < ranked.size(); i++) {
      String text = normalise(ranked.get(i).passage().text());
      if (phrases.stream().anyMatch(text::contains)) return i;
    }
    return -1;
  }

  /**
   * For a question asking for a detail the best passage lacks ("how long…?"), a runner-up that
   * gives one and is about the question's subject: it uses each of the question's rarest terms that
   * the best passage uses, or, when the best passage uses none, it uses one or reads about as close
   * to the question as the best passage does. "Which month will Trump visit China in 2026?" is best
   * matched by the paragraph on the visits "in 2026", which names no month; the paragraph on
   * delegations that visited "in early November" is not about 2026. -1 when there is none.
   */
  private int runnerUpWithDetail(
      String question, AnswerType type, List<HybridRetriever.Candidate> ranked) {
    if (ranked.isEmpty() || type.satisfiedBy(ranked.get(0).passage().text())) return -1;
    java.util.Set<String> rarest = retriever.rarestTerms(AnswerType.subjectOf(question));
    java.util.Set<String> matchedByBest = retriever.usedOf(ranked.get(0), rarest);
    for (int i = 1; i < Math.min(DETAIL_REACH, ranked.size()); i++) {
      HybridRetriever.Candidate c = ranked.get(i);
      if (!type.satisfiedBy(c.passage().text())) continue;
      boolean about =
          matchedByBest.isEmpty()
              ? c.dense() >= ranked.get(0).dense() - DETAIL_SLACK || retriever.uses(c, rarest)
              : retriever.usedOf(c, matchedByBest).equals(matchedByBest);
      if (about) return i;
    }
    return -1;
  }

  private static String normalise(String s) {
    return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[“”\"‘’']", "").replaceAll("\\s+", " ");
  }

  private static Citation citation(HybridRetriever.Candidate c, double score) {
    return citation(c, score, AnswerType.NONE);
  }

  private static Citation citation(HybridRetriever.Candidate c, double score, AnswerType type) {
    return Citation.of(
        c.passage().article(), c.passage().paragraph(), answeringText(c, type), score);
  }

  /**
   * The best sentence; with its neighbour when it is too short to stand alone or it continues a
   * quotation the neighbour opens.
   */
  private static String answeringText(HybridRetriever.Candidate c, AnswerType type) {
    List<Sentence> sentences = c.passage().paragraph().sentences();
    int best = c.bestSentence();
    if (!type.satisfiedBy(sentences.get(best).text())) {
      // The closest sentence that gives the detail asked for ("how long…?"), if any does.
      double bestScore = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < sentences.size(); i++) {
        if (type.satisfiedBy(sentences.get(i).text()) && c.sentenceCosines()[i] > bestScore) {
          bestScore = c.sentenceCosines()[i];
          best = i;
        }
      }
    }
    Sentence s = sentences.get(best);
    String text = c.passage().text();
    int start = s.start();
    int end = s.end();
    boolean shortSentence = s.text().split("\\s+").length < 8;
    if (shortSentence && best > 0) start = sentences.get(best - 1).start();
    else if (shortSentence && best + 1 < sentences.size()) end = sentences.get(best + 1).end();
    return text.substring(start, end);
  }
}
