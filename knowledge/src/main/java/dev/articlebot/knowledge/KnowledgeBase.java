package dev.articlebot.knowledge;

import dev.articlebot.knowledge.answer.Answer;
import dev.articlebot.knowledge.answer.AnswerModel;
import dev.articlebot.knowledge.answer.Answerer;
import dev.articlebot.knowledge.answer.Answerers;
import dev.articlebot.knowledge.answer.QuestionText;
import dev.articlebot.knowledge.article.Article;
import dev.articlebot.knowledge.conversation.ConversationReader;
import dev.articlebot.knowledge.conversation.Exchange;
import dev.articlebot.knowledge.conversation.Reading;
import dev.articlebot.knowledge.conversation.Turn;
import dev.articlebot.knowledge.index.Embedder;
import dev.articlebot.knowledge.index.PassageIndex;
import dev.articlebot.knowledge.index.TextAnalysis;
import dev.articlebot.knowledge.quote.ClosestDescription;
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
  private final Map<String, Map<Speaker, Set<Integer>>> people;
  private final ConversationReader conversations;
  private final ClosestDescription meaning;
  private volatile List<Summary> summaries;

  private KnowledgeBase(
      List<Article> articles,
      Answerer answerer,
      Embedder queryEmbedder,
      Summarizer summarizer,
      QuoteBook quotes,
      PassageIndex index,
      Map<String, Map<Speaker, Set<Integer>>> people) {
    this.articles = List.copyOf(articles);
    this.answerer = answerer;
    this.queryEmbedder = queryEmbedder;
    this.summarizer = summarizer;
    this.quotes = quotes;
    this.index = index;
    this.people = Map.copyOf(people);
    this.meaning = new ClosestDescription(queryEmbedder::embed);
    this.conversations =
        new ConversationReader(
            quotes.everyone().stream()
                .map(s -> new ConversationReader.Person(s.name(), s.allNames()))
                .toList());
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
        articles, answerer, queryEmbedder, new Summarizer(index), quotes, index, people);
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
   * Answers {@code text} as the next message of a conversation whose earlier turns are {@code
   * previous} (oldest first; empty for a new conversation): read by the {@link ConversationReader},
   * answered, and the turn to keep for the messages after it.
   */
  public Exchange answerInConversation(List<Turn> previous, String text) {
    Reading reading;
    try {
      // A question a direct answer takes as typed ("who wrote this?", "who is X?") is about the
      // article or a person by itself: its "this" is the article, not the last turn's subject.
      reading =
          answerer.answeredDirectly(answerer.read(text == null ? "" : text))
              ? Reading.asAsked(text.strip())
              : conversations.read(previous, text);
    } catch (RuntimeException e) {
      // A message the reader cannot place is answered as typed rather than not at all.
      reading = Reading.asAsked(text == null ? "" : text.strip());
    }
    var q = answerer.read(reading.question());
    Answer a;
    Turn last = previous.isEmpty() ? null : previous.get(previous.size() - 1);
    if (last == null
        || reading.kind() == Reading.Kind.AS_ASKED
            && reading.skip().isEmpty()
            && !last.answered()) {
      a = answerer.answer(q);
    } else {
      var context =
          last.question().isBlank() || reading.kind() == Reading.Kind.MORE
              ? null
              : answerer.read(last.question() + " " + reading.question());
      a =
          answerer.answer(
              q,
              new Answerer.Thread(
                  last.articleId(),
                  last.answered() ? last.shown() : List.of(),
                  reading.skip(),
                  reading.kind() == Reading.Kind.MORE,
                  context));
    }
    return new Exchange(reading, a, turnOf(reading, q, a));
  }

  /**
   * {@code text} asked on its own and answered {@code a} (by this or by a wider search over the
   * same article): the exchange, with the turn it leaves for the messages after it.
   */
  public Exchange standalone(String text, Answer a) {
    Reading reading = Reading.asAsked(text == null ? "" : text.strip());
    return new Exchange(reading, a, turnOf(reading, answerer.read(reading.question()), a));
  }

  private Turn turnOf(Reading reading, dev.articlebot.knowledge.answer.Question q, Answer a) {
    List<String> who = new ArrayList<>();
    q.person().ifPresent(s -> who.add(s.name()));
    for (String p : conversations.peopleIn(reading.question())) if (!who.contains(p)) who.add(p);
    String article = "";
    List<Integer> shown = new ArrayList<>();
    if (!a.citations().isEmpty()) {
      var lead = a.citations().get(0);
      article = lead.articleId();
      if (a.answered()) {
        if (reading.articleId().equals(article)) shown.addAll(reading.skip());
        shown.add(lead.paragraph());
      }
      for (String p : peopleOf(article, lead.paragraph(), lead.text())) {
        if (!who.contains(p)) who.add(p);
      }
    }
    return new Turn(
        reading.question(),
        article,
        who,
        conversations.subjectOf(reading.question()),
        shown,
        a.answered());
  }

  /** The people a paragraph quotes, then those it only names, in the order it names them. */
  private List<String> peopleOf(String articleId, int paragraph, String text) {
    List<String> quoted = new ArrayList<>();
    for (Quote q : quotes.all()) {
      if (q.articleId().equals(articleId)
          && q.paragraph() == paragraph
          && !quoted.contains(q.speakerName())) {
        quoted.add(q.speakerName());
      }
    }
    List<Speaker> named = new ArrayList<>();
    for (var e : people.getOrDefault(articleId, Map.of()).entrySet()) {
      if (e.getValue().contains(paragraph)) named.add(e.getKey());
    }
    named.sort(java.util.Comparator.comparingInt(s -> firstMention(text, s)));
    List<String> out = new ArrayList<>(quoted);
    for (Speaker s : named) if (!out.contains(s.name())) out.add(s.name());
    return out;
  }

  private static int firstMention(String text, Speaker s) {
    int best = Integer.MAX_VALUE;
    for (String n : s.allNames()) {
      String last = n.replaceAll(".*\\s", "");
      int i = text.indexOf(last);
      if (i >= 0) best = Math.min(best, i);
    }
    return best;
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
   * spell out as the name ("the CCG vice president" is Gao Zhikai), and else the speaker whose
   * description is closest in meaning ({@link ClosestDescription}: "the rancher").
   */
  @Override
  public QuoteLookup lookupQuotes(String who) {
    QuoteLookup asked = quotes.lookup(who);
    if (!(asked instanceof QuoteLookup.NotFound)) return asked;
    String spelled = answerer.read(who).searched();
    if (!spelled.equals(who)) {
      QuoteLookup again = quotes.lookup(spelled);
      if (again instanceof QuoteLookup.Found) return again;
    }
    return quotes.closestInMeaning(who, meaning).orElse(asked);
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
