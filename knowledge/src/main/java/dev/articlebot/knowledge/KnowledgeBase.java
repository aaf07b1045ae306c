package dev.articlebot.knowledge;

import dev.articlebot.knowledge.answer.Answer;
import dev.articlebot.knowledge.answer.AnswerModel;
import dev.articlebot.knowledge.answer.Answerer;
import dev.articlebot.knowledge.answer.Answerers;
import dev.articlebot.knowledge.answer.QuestionText;
import dev.articlebot.knowledge.article.Article;
import dev.articlebot.knowledge.index.Embedder;
import dev.articlebot.knowledge.index.PassageIndex;
import dev.articlebot.knowledge.index.TextAnalysis;
import dev.articlebot.knowledge.quote.Quote;
import dev.articlebot.knowledge.quote.QuoteBook;
import dev.articlebot.knowledge.quote.QuoteKind;
import dev.articlebot.knowledge.quote.QuoteLookup;
import dev.articlebot.knowledge.quote.Speaker;
import dev.articlebot.knowledge.summary.Summarizer;
import dev.articlebot.knowledge.summary.Summary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** The articles, indexed and ready to answer questions. */
public final class KnowledgeBase implements ArticleShelf {
  private final List<Article> articles;
  private final Answerer answerer;
  private final Embedder queryEmbedder;
  private final Summarizer summarizer;
  private final QuoteBook quotes;
  private final PassageIndex index;
  private volatile List<Summary> summaries;

  private KnowledgeBase(
      List<Article> articles,
      Answerer answerer,
      Embedder queryEmbedder,
      Summarizer summarizer,
      QuoteBook quotes,
      PassageIndex index) {
    this.articles = List.copyOf(articles);
    this.answerer = answerer;
    this.queryEmbedder = queryEmbedder;
    this.summarizer = summarizer;
    this.quotes = quotes;
    this.index = index;
  }

  /** The passages as indexed: their texts and vectors. */
  public PassageIndex passages() {
    return index;
  }

  /** Who said what in the articles. */
  @Override
  public QuoteBook quotes() {
    return quotes;
  }

  /** The article with this id, if loaded. */
  @Override
  public java.util.Optional<Article> article(String id) {
    return articles.stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /**
   * Indexes {@code articles}. {@code passageEmbedder} embeds the passages (usually through a disk
   * cache); {@code queryEmbedder} embeds questions. Answers are decided by the model shipped in the
   * jar.
   */
  public static KnowledgeBase build(
      List<Article> articles,
      Embedder passageEmbedder,
      Embedder queryEmbedder,
      int maxQuestionChars) {
    return build(articles, passageEmbedder, queryEmbedder, maxQuestionChars, AnswerModel.bundled());
  }

  /** {@link #build}, deciding with {@code model}. */
  public static KnowledgeBase build(
      List<Article> articles,
      Embedder passageEmbedder,
      Embedder queryEmbedder,
      int maxQuestionChars,
      AnswerModel model) {
    if (articles.isEmpty()) throw new IllegalArgumentException("no articles");
    return build(
        articles, QuoteBook.of(articles), passageEmbedder, queryEmbedder, maxQuestionChars, model);
  }

  /**
   * {@link #build}, with the articles' quotes already found ({@link QuoteBook#ofExtracted}, from
   * what the library keeps beside each article).
   */
  public static KnowledgeBase build(
      List<Article> articles,
      QuoteBook quotes,
      Embedder passageEmbedder,
      Embedder queryEmbedder,
      int maxQuestionChars,
      AnswerModel model) {
    if (articles.isEmpty()) throw new IllegalArgumentException("no articles");
    TextAnalysis analysis = new TextAnalysis();
    Map<String, Map<Speaker, Set<Integer>>> people = new HashMap<>();
    for (Article a : articles) people.put(a.id(), ArticlePeople.of(a, quotes.speakersIn(a.id())));
    PassageIndex index =
        new PassageIndex(articles, passageEmbedder, analysis, speakerContext(people));
    Function<String, Set<Integer>> named = namedPeople(people, index);
    Answerer answerer =
        Answerers.of(
            articles,
            index,
            quotes,
            queryEmbedder,
            new QuestionText(maxQuestionChars),
            model,
            q -> named.apply(q.searched()));
    return new KnowledgeBase(
        articles, answerer, queryEmbedder, new Summarizer(index), quotes, index);
  }

  /** Passages about the people whose name or alias the question uses, as whole words. */
  private static Function<String, Set<Integer>> namedPeople(
      Map<String, Map<Speaker, Set<Integer>>> people, PassageIndex index) {
    // Worked out once: each person's names as " word word " forms, and the passages about them.
    Map<List<String>, Set<Integer>> passagesByNames = new HashMap<>();
    for (var p : index.passages()) {
      for (var e : people.getOrDefault(p.article().id(), Map.of()).entrySet()) {
        if (!e.getValue().contains(p.paragraph().number())) continue;
        List<String> names = new ArrayList<>();
        for (String name : e.getKey().allNames()) names.add(" " + words(name) + " ");
        passagesByNames.computeIfAbsent(names, k -> new HashSet<>()).add(p.id());
      }
    }
    return question -> {
      String q = " " + words(question) + " ";
      Set<Integer> out = new HashSet<>();
      passagesByNames.forEach(
          (names, passages) -> {
            if (names.stream().anyMatch(q::contains)) out.addAll(passages);
          });
      return out;
    };
  }

  private static String words(String text) {
    return text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  /** For each paragraph, the people it quotes or mentions: "Wu Xinbo, a professor and dean …". */
  private static PassageIndex.Context speakerContext(
      Map<String, Map<Speaker, Set<Integer>>> people) {
    return (article, paragraph) -> {
      List<String> about = new ArrayList<>();
      for (var e : people.getOrDefault(article.id(), Map.of()).entrySet()) {
        if (!e.getValue().contains(paragraph.number())) continue;
        Speaker s = e.getKey();
        about.add(s.role().isEmpty() ? s.name() : s.name() + ", " + s.role());
      }
      return String.join("; ", about);
    };
  }

  public List<Article> articles() {
    return articles;
  }

  @Override
  public int articleCount() {
    return articles.size();
  }

  @Override
  public List<Article> recentArticles(int max) {
    return articles.subList(0, Math.min(max, articles.size()));
  }

  @Override
  public java.util.Optional<Summary> summary(String id) {
    return summaries().stream().filter(s -> s.articleId().equals(id)).findFirst();
  }

  public Answer answer(String question) {
    return answerer.answer(question);
  }

  /**
   * For a question that asks only what a quoted person said ("what did Wu Xinbo say?"), the words
   * that named them, read as the answer pipeline reads the question; empty for any other question.
   */
  public java.util.Optional<String> wordsAskedOf(String question) {
    var q = answerer.read(question);
    return q.intent() == dev.articlebot.knowledge.answer.Question.Intent.WORDS_OF
            && q.personQuoted()
        ? java.util.Optional.of(q.personWords())
        : java.util.Optional.empty();
  }

  /** The answer pipeline: to read questions as it does, or to train and cross-validate it. */
  public Answerer answerer() {
    return answerer;
  }

  /**
   * What {@code who} said, as {@link QuoteBook#lookup} finds it, reading an acronym the articles
   * spell out as the name ("the CCG vice president" is Gao Zhikai).
   */
  @Override
  public QuoteLookup lookupQuotes(String who) {
    QuoteLookup asked = quotes.lookup(who);
    if (!(asked instanceof QuoteLookup.NotFound)) return asked;
    String spelled = answerer.read(who).searched();
    if (spelled.equals(who)) return asked;
    QuoteLookup again = quotes.lookup(spelled);
    return again instanceof QuoteLookup.Found ? again : asked;
  }

  /** One summary per article, in the order the articles were loaded. Computed once. */
  public List<Summary> summaries() {
    List<Summary> s = summaries;
    if (s == null) {
      List<Summary> out = new ArrayList<>();
      for (Article a : articles) out.add(summarizer.summarize(a, keyQuoteCandidates(a)));
      summaries = s = List.copyOf(out);
    }
    return s;
  }

  private List<Summary.KeyQuote> keyQuoteCandidates(Article a) {
    List<Summary.KeyQuote> out = new ArrayList<>();
    for (Quote q : quotes.all()) {
      if (q.articleId().equals(a.id()) && q.kind() == QuoteKind.DIRECT) {
        out.add(new Summary.KeyQuote(q.speakerName(), q.text(), q.paragraph()));
      }
    }
    return out;
  }

  /** Embeds a text the way questions are embedded; for benchmarks that compare against it. */
  public float[] embedQuestion(String text) {
    return queryEmbedder.embed(text);
  }
}
