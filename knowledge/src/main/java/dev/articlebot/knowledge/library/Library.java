package dev.articlebot.knowledge.library;

import dev.articlebot.knowledge.KnowledgeBase;
import dev.articlebot.knowledge.KnowledgeException;
import dev.articlebot.knowledge.answer.Answer;
import dev.articlebot.knowledge.answer.AnswerModel;
import dev.articlebot.knowledge.answer.QuestionText;
import dev.articlebot.knowledge.article.Article;
import dev.articlebot.knowledge.article.ArticleLoader;
import dev.articlebot.knowledge.article.ArticleParser;
import dev.articlebot.knowledge.conversation.Exchange;
import dev.articlebot.knowledge.conversation.Reading;
import dev.articlebot.knowledge.conversation.Turn;
import dev.articlebot.knowledge.index.Embedder;
import dev.articlebot.knowledge.index.PassageIndex;
import dev.articlebot.knowledge.index.TextAnalysis;
import dev.articlebot.knowledge.quote.ArticleQuotes;
import dev.articlebot.knowledge.quote.ClosestDescription;
import dev.articlebot.knowledge.quote.QuoteBook;
import dev.articlebot.knowledge.quote.QuoteExtractor;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The articles the bot knows, on disk, changing while it runs: added from the articles folder, a
 * chat or a URL, removed, and asked about one at a time or all together.
 *
 * <p>Each article is kept whole in a {@link LibraryIndex}: parsed, with its quotes and its
 * embeddings, so that opening the library reads only its catalog, and an article is read in full
 * only when a question reaches it. A question about all of them is first routed over the whole
 * library ({@link ArticleRouter}: nearest paragraphs and sentences, BM25, headlines, weighed by a
 * model learned across the corpus); the leading article answers as it would alone (its {@link
 * KnowledgeBase}, built from what the library kept and cached), and, while the router is less than
 * {@link #ROUTE_SURE} sure of the articles answered so far, the next one too, at most {@link
 * #ARTICLES_WEIGHED}; an answer wins over a refusal, and between answers the surer one. The answer
 * models were learned on articles indexed alone, so each article is read the way they were learned.
 *
 * <p>Changes (adding, replacing, removing) are applied one at a time, each committed whole; a
 * question is answered from the articles committed when it is asked, so the bot answers from what
 * is indexed while the rest is still being read.
 */
public final class Library implements AutoCloseable, dev.articlebot.knowledge.ArticleShelf {
  private static final Logger log = LoggerFactory.getLogger(Library.class);

  /** At most how many articles answer a question asked of all of them. */
  static final int ARTICLES_WEIGHED = 3;

  /**
   * The router's share of a question the articles answering it must reach before no further article
   * answers.
   */
  static final double ROUTE_SURE = 0.6;

  /** The direct answer about an article itself: its author, title, date, gist. */
  private static final String ARTICLE_FACTS = "article-facts";

  /**
   * What a library is opened with.
   *
   * @param dir the folder it lives in; null for a library in memory only
   * @param maxQuestionChars questions are cut to this length
   * @param maxArticleBytes a larger article is refused before it is read
   * @param model the answer model
   * @param cachedParagraphs articles read in full are kept for the next question while their
   *     paragraphs together stay under this
   */
  public record Settings(
      Path dir,
      int maxQuestionChars,
      long maxArticleBytes,
      AnswerModel model,
      int cachedParagraphs) {
    public Settings {
      if (maxQuestionChars < 1) throw new IllegalArgumentException("maxQuestionChars");
      if (maxArticleBytes < 1) throw new IllegalArgumentException("maxArticleBytes");
      if (model == null) throw new IllegalArgumentException("model");
      if (cachedParagraphs < 0) throw new IllegalArgumentException("cachedParagraphs");
    }

    /** In {@code dir}, with the bundled answer model and the default cache. */
    public static Settings in(Path dir, int maxQuestionChars, long maxArticleBytes) {
      return new Settings(
          dir, maxQuestionChars, maxArticleBytes, AnswerModel.bundled(), DEFAULT_CACHED_PARAGRAPHS);
    }
  }

  /** Paragraphs of fully read articles kept between questions unless configured otherwise. */
  public static final int DEFAULT_CACHED_PARAGRAPHS = 4_000;

  private final Settings settings;

  /**
   * Which reading of articles this build gives: of pages ({@link ArticleParser#READER_VERSION}) and
   * of their quotes ({@link dev.articlebot.knowledge.quote.QuoteExtractor#VERSION}). An article a
   * library stored with another is read again when the library opens.
   */
  static final int READING = ArticleParser.READER_VERSION * 1000 + QuoteExtractor.VERSION;

  /** The reading this library's articles should have: others are read again. */
  private final int readerVersion;

  private final LibraryIndex index;
  private final Embedder passageModel;
  private final Embedder questions;
  private final ClosestDescription meaning;
  private final TextAnalysis analysis = new TextAnalysis();
  private final QuestionText cleaner;
  private final ArticleLoader loader;
  private final QuoteExtractor extractor = new QuoteExtractor();
  private final Clock clock;
  private final ArticleCache cache;
  private final ArticleRouter router;
  private final Object catalogLock = new Object();
  private final Progress progress = new Progress();
  private volatile Catalog catalog;
  private volatile QuoteBook quoteBook;

  private Library(
      Settings settings,
      LibraryIndex index,
      Embedder passageModel,
      Embedder questionModel,
      Clock clock,
      int readerVersion)
      throws IOException {
    this.settings = settings;
    this.readerVersion = readerVersion;
    this.index = index;
    this.passageModel = passageModel;
    this.questions = new RecentEmbeddings(questionModel, 256);
    this.meaning = new ClosestDescription(questions::embed);
    this.cleaner = new QuestionText(settings.maxQuestionChars());
    this.loader = new ArticleLoader(new ArticleParser(), settings.maxArticleBytes());
    this.clock = clock;
    this.cache = new ArticleCache(settings.cachedParagraphs());
    this.router = new ArticleRouter(index, ArticleRouter.Model.bundled());
    this.catalog = new Catalog(index.entries());
  }

  /** Whether folder {@code dir} holds a library an earlier run indexed (opening makes one). */
  public static boolean existsIn(Path dir) {
    try {
      return LibraryIndex.existsIn(dir);
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Opens the library (creating it if needed). {@code passageModel} embeds what new articles are
   * indexed with; {@code questionModel} embeds questions.
   *
   * @throws UncheckedIOException when the folder cannot be opened
   */
  public static Library open(
      Settings settings, Embedder passageModel, Embedder questionModel, Clock clock) {
    return open(settings, passageModel, questionModel, clock, READING);
  }

  /** {@link #open}, as a build whose reader is at {@code readerVersion} opens it. */
  static Library open(
      Settings settings,
      Embedder passageModel,
      Embedder questionModel,
      Clock clock,
      int readerVersion) {
    try {
      LibraryIndex index =
          settings.dir() == null
              ? LibraryIndex.inMemory(new TextAnalysis(), null)
              : LibraryIndex.open(settings.dir(), new TextAnalysis(), true);
      if (index.readOnly()) {
        log.warn(
            "The library in {} is being written by another article-bot process: answering from"
                + " what it has saved, without adding or removing articles",
            settings.dir());
      }
      return new Library(settings, index, passageModel, questionModel, clock, readerVersion);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the library in " + settings.dir(), e);
    }
  }

  /**
   * A library in memory with its vectors in {@code vectors}: any langchain4j embedding store (for
   * tests of the port, or a server store).
   */
  static Library withStore(
      Settings settings,
      EmbeddingStore<TextSegment> vectors,
      Embedder passageModel,
      Embedder questionModel,
      Clock clock)
      throws IOException {
    return new Library(
        settings,
        LibraryIndex.inMemory(new TextAnalysis(), vectors),
        passageModel,
        questionModel,
        clock,
        READING);
  }

  /** Whether another process writes this library, so this one only reads it. */
  public boolean readOnly() {
    return index.readOnly();
  }

  // ---- the catalog

  /** The articles, newest first. */
  public List<LibraryEntry> entries() {
    return catalog.newestFirst;
  }

  /** The article with this id. */
  public Optional<LibraryEntry> entry(String id) {
    return Optional.ofNullable(catalog.byId.get(id));
  }

  /** How many articles the library holds. */
  public int size() {
    return catalog.byId.size();
  }

  /** How many body paragraphs its articles hold together. */
  public int paragraphs() {
    return catalog.paragraphs;
  }

  /** How far the current indexing has come. */
  public IndexingProgress progress() {
    return progress.now();
  }

  /** Told of each article read while indexing, and of each change. */
  public void onProgress(Consumer<IndexingProgress> listener) {
    progress.listen(listener);
  }

  // ---- reading one article

  /**
   * The article with this id, answering alone, read from the library (and kept for the next
   * question while the cache has room).
   */
  public Optional<KnowledgeBase> knowledge(String id) {
    return Optional.ofNullable(catalog.byId.get(id)).map(e -> loaded(e).knowledge);
  }

  @Override
  public int articleCount() {
    return size();
  }

  @Override
  public List<Article> recentArticles(int max) {
    List<Article> out = new ArrayList<>();
    for (LibraryEntry e : catalog.newestFirst) {
      if (out.size() >= max) break;
      article(e.id()).ifPresent(out::add);
    }
    return out;
  }

  @Override
  public Optional<dev.articlebot.knowledge.summary.Summary> summary(String id) {
    return knowledge(id).flatMap(kb -> kb.summaries().stream().findFirst());
  }

  /**
   * For a question that asks only what a quoted person said ("what did Mara Quist say?"), the words
   * that named them, read as the answer pipeline reads questions, when someone in the library's
   * articles is quoted under them; empty for any other question.
   */
  public Optional<String> wordsAskedOf(String question) {
    Catalog c = catalog;
    if (c.byId.isEmpty()) return Optional.empty();
    var q = loaded(c.newestFirst.get(0)).knowledge.answerer().read(question);
    if (q.intent() != dev.articlebot.knowledge.answer.Question.Intent.WORDS_OF)
      return Optional.empty();
    String who = q.personWords();
    if (who.isBlank()) return Optional.empty();
    return lookupQuotes(who) instanceof dev.articlebot.knowledge.quote.QuoteLookup.Found
        ? Optional.of(who)
        : Optional.empty();
  }

  /**
   * What {@code who} said, as {@link QuoteBook#lookup} finds it, and else the speaker whose
   * description is closest in meaning ({@link ClosestDescription}: "the rancher").
   */
  @Override
  public dev.articlebot.knowledge.quote.QuoteLookup lookupQuotes(String who) {
    return quotes().lookup(who, meaning);
  }

  /** The parsed article with this id. */
  @Override
  public Optional<Article> article(String id) {
    return knowledge(id).map(kb -> kb.articles().get(0));
  }

  private Loaded loaded(LibraryEntry e) {
    return cache.get(e, () -> read(e));
  }

  private Loaded read(LibraryEntry e) {
    LibraryIndex.Stored s;
    try {
      s = index.load(e.id(), e);
    } catch (IOException x) {
      throw new UncheckedIOException("cannot read article " + e.id() + " from the library", x);
    }
    if (s == null) throw new IllegalStateException("article " + e.id() + " left the library");
    StoredVectors.Builder unused = new StoredVectors.Builder();
    KnowledgeBase kb =
        KnowledgeBase.build(
            List.of(s.article()),
            QuoteBook.ofExtracted(List.of(s.quotes())),
            s.vectors().over(passageModel, unused),
            questions,
            settings.maxQuestionChars(),
            settings.model());
    return new Loaded(e, kb);
  }

  /** One article read in full, with its two ways of answering. */
  static final class Loaded {
    final LibraryEntry entry;
    final KnowledgeBase knowledge;
    private volatile dev.articlebot.knowledge.answer.Answerer amongOthers;

    Loaded(LibraryEntry entry, KnowledgeBase knowledge) {
      this.entry = entry;
      this.knowledge = knowledge;
    }

    /**
     * The answerer without the direct answers about "the article" itself, which cannot tell which
     * article a question means when there are several.
     */
    dev.articlebot.knowledge.answer.Answerer amongOthers() {
      var a = amongOthers;
      if (a == null) amongOthers = a = knowledge.answerer().without(ARTICLE_FACTS);
      return a;
    }

    int paragraphs() {
      return entry.paragraphs();
    }
  }

  // ---- the quotes of all articles

  /** What everyone in the library's articles said, newest article first. */
  @Override
  public QuoteBook quotes() {
    QuoteBook q = quoteBook;
    if (q != null) return q;
    synchronized (catalogLock) {
      if (quoteBook == null) {
        Map<String, ArticleQuotes> byId;
        try {
          byId = index.quotes();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        List<ArticleQuotes> ordered = new ArrayList<>();
        for (LibraryEntry e : catalog.newestFirst) {
          ArticleQuotes a = byId.get(e.id());
          if (a != null) ordered.add(a);
        }
        quoteBook = QuoteBook.ofExtracted(ordered);
      }
      return quoteBook;
    }
  }

  // ---- asking

  /** Which articles a question is asked of. */
  public sealed interface Scope {
    /** Every article. */
    Scope ALL = new All();

    /** Only the article with this id (a channel pinned to it). */
    static Scope article(String id) {
      return new One(id);
    }

    /** Every article. */
    record All() implements Scope {}

    /** One article. */
    record One(String id) implements Scope {}
  }

  /**
   * Answers {@code question} from the articles of {@code scope}. A question that names an article
   * ("in the article about the summit, …", "what does the second article say…") is answered from
   * that one.
   */
  public LibraryAnswer answer(String question, Scope scope) {
    Catalog c = catalog;
    if (c.byId.isEmpty()) {
      return new LibraryAnswer(emptyLibrary(question), Optional.empty(), List.of(), 0, false);
    }
    if (scope instanceof Scope.One one) {
      LibraryEntry e = c.byId.get(one.id());
      if (e != null) return alone(e, question, c);
    }
    if (c.byId.size() == 1) return alone(c.newestFirst.get(0), question, c);
    Optional<ArticleReference.Resolved> named =
        ArticleReference.resolve(question, c.newestFirst, this::findByTopic);
    if (named.isPresent()) return alone(named.get().entry(), named.get().question(), c);
    return amongAll(question, c);
  }

  /** A message of a conversation answered from the library, and the turn it leaves. */
  public record Conversed(LibraryAnswer answer, Exchange exchange) {}

  /**
   * Answers {@code text} as the next message of a conversation whose earlier turns are {@code
   * previous} (oldest first). A message after a turn about an article still in the library (and
   * within {@code scope}) is read with those turns and answered from that article ({@link
   * KnowledgeBase#answerInConversation}); any other is answered as {@link #answer} answers it.
   */
  public Conversed answerInConversation(List<Turn> previous, String text, Scope scope) {
    Catalog c = catalog;
    Turn last = previous.isEmpty() ? null : previous.get(previous.size() - 1);
    LibraryEntry about = last == null ? null : c.byId.get(last.articleId());
    if (about != null && (!(scope instanceof Scope.One one) || one.id().equals(about.id()))) {
      Exchange x = loaded(about).knowledge.answerInConversation(previous, text);
      return new Conversed(
          new LibraryAnswer(x.answer(), Optional.of(about), List.of(about), c.byId.size(), false),
          x);
    }
    LibraryAnswer a = answer(text, scope);
    String asked = text == null ? "" : text.strip();
    Exchange x =
        a.article().isPresent()
            ? loaded(a.article().get()).knowledge.standalone(asked, a.answer())
            : new Exchange(
                Reading.asAsked(asked),
                a.answer(),
                new Turn(asked, "", List.of(), "", List.of(), false));
    return new Conversed(a, x);
  }

  private LibraryAnswer alone(LibraryEntry e, String question, Catalog c) {
    Answer a = loaded(e).knowledge.answer(question);
    return new LibraryAnswer(a, Optional.of(e), List.of(e), c.byId.size(), false);
  }

  private LibraryAnswer amongAll(String question, Catalog c) {
    List<LibraryEntry> weighed = new ArrayList<>();
    double share = 0;
    for (ArticleRouter.Route r : routes(question, Set.of())) {
      LibraryEntry e = c.byId.get(r.article());
      if (e == null) continue;
      weighed.add(e);
      share += r.probability();
      if (share >= ROUTE_SURE || weighed.size() == ARTICLES_WEIGHED) break;
    }
    if (weighed.isEmpty()) weighed = c.newestFirst.subList(0, 1);
    Answer best = null;
    LibraryEntry from = null;
    for (int i = 0; i < weighed.size(); i++) {
      LibraryEntry e = weighed.get(i);
      Loaded l = loaded(e);
      Answer a;
      if (i == 0) {
        a = l.knowledge.answer(question);
        if (ARTICLE_FACTS.equals(a.decidedBy())) {
          return new LibraryAnswer(a, Optional.empty(), weighed, c.byId.size(), true);
        }
      } else {
        a = l.amongOthers().answer(question);
      }
      if (best == null || better(a, best)) {
        best = a;
        from = e;
      }
    }
    return new LibraryAnswer(best, Optional.of(from), weighed, c.byId.size(), false);
  }

  /** An answer over a refusal; between two answers or two refusals, the surer one. */
  private static boolean better(Answer a, Answer than) {
    if (a.answered() != than.answered()) return a.answered();
    return a.answered() && a.confidence() > than.confidence();
  }

  private static Answer emptyLibrary(String question) {
    return new Answer(
        question, false, "", List.of(), 0, false, Answer.Refusal.NOT_IN_ARTICLE, "no articles");
  }

  /**
   * The articles {@code text} may be about, among {@code within} (all when empty), best first, each
   * with its share of the question ({@link ArticleRouter}).
   */
  List<ArticleRouter.Route> routes(String text, Collection<String> within) {
    return router.rank(routeCandidates(text, within));
  }

  /** The router's candidates for {@code text} among {@code within} (all when empty). */
  List<ArticleRouter.Candidate> routeCandidates(String text, Collection<String> within) {
    String cleaned = cleaner.clean(text).text();
    if (cleaned.isBlank()) return List.of();
    return router.candidates(questions.embed(cleaned), analysis.termSet(cleaned), within);
  }

  /** The article a phrase describes: its headline first, else its passages. */
  private Optional<LibraryEntry> findByTopic(String topic) {
    Catalog c = catalog;
    try {
      List<LibraryIndex.TitleHit> byTitle = index.titles(analysis.termSet(topic), 2);
      if (!byTitle.isEmpty()) {
        LibraryEntry e = c.byId.get(byTitle.get(0).article());
        if (e != null) return Optional.of(e);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (ArticleRouter.Route r : routes(topic, Set.of())) {
      LibraryEntry e = c.byId.get(r.article());
      if (e != null) return Optional.of(e);
    }
    return Optional.empty();
  }

  // ---- changes

  /**
   * Reads {@code source} and adds it as a new article (an article with the same content already in
   * the library is returned as it is).
   *
   * @throws KnowledgeException when it cannot be read (not text, no body, too large)
   */
  public LibraryEntry add(ArticleSource source) {
    String hash = source.hash();
    for (LibraryEntry e : catalog.newestFirst) {
      if (e.hash().equals(hash)) return e;
    }
    return write(List.of(prepare(source, null, hash)), List.of()).get(0);
  }

  /**
   * Removes the article with this id. A file of the articles folder stays where it is and is not
   * read again until its content changes.
   *
   * @return the entry removed, or empty when no article has this id
   */
  public Optional<LibraryEntry> remove(String id) {
    LibraryEntry e = catalog.byId.get(id);
    if (e == null) return Optional.empty();
    change(
        w -> {
          w.delete(id);
          if (e.origin() == LibraryEntry.Origin.FOLDER) w.exclude(e.source(), e.hash());
        },
        List.of(),
        List.of(id));
    return Optional.of(e);
  }

  /**
   * Brings the library in line with {@code location}, a folder of article files or one file: new
   * files are read and added, changed ones read again, and articles whose file is gone removed;
   * unchanged files are not read again. A file that cannot be read is reported by name and left
   * out, the rest go on. Articles added from a chat stay. When {@code location} cannot be listed,
   * nothing changes.
   *
   * @throws dev.articlebot.knowledge.ArticleNotFoundException when nothing is at {@code location}
   */
  public SyncReport sync(Path location) {
    if (!java.nio.file.Files.exists(location)) {
      throw new dev.articlebot.knowledge.ArticleNotFoundException(location);
    }
    List<FolderFiles.File> files = FolderFiles.list(location, settings.maxArticleBytes());
    return sync(files, LibraryEntry.Origin.FOLDER);
  }

  /**
   * Brings the library in line with exactly {@code files}, as if they were the articles folder
   * (their names must differ): for a set of articles kept in several folders, such as the
   * development corpus.
   */
  public SyncReport syncFiles(Collection<Path> files) {
    List<FolderFiles.File> listed = new ArrayList<>();
    for (Path f : files) listed.addAll(FolderFiles.list(f, settings.maxArticleBytes()));
    return sync(listed, LibraryEntry.Origin.FOLDER);
  }

  /** Makes the bundled article the library's one article from a folder (chat additions stay). */
  public SyncReport syncBundled() {
    byte[] bytes = ArticleLoader.bundledBytes();
    String name = ArticleLoader.BUNDLED.substring(ArticleLoader.BUNDLED.lastIndexOf('/') + 1);
    return sync(List.of(FolderFiles.File.of(name, bytes)), LibraryEntry.Origin.BUNDLED);
  }

  private SyncReport sync(List<FolderFiles.File> files, LibraryEntry.Origin kind) {
    if (readOnly()) {
      return new SyncReport(List.of(), List.of(), List.of(), files.size(), List.of());
    }
    synchronized (syncLock) {
      Catalog c = catalog;
      Map<String, String> excluded;
      try {
        excluded = index.excluded();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Map<String, LibraryEntry> bySource = new HashMap<>();
      Set<String> hashes = new HashSet<>();
      List<String> removed = new ArrayList<>();
      List<LibraryEntry> removedEntries = new ArrayList<>();
      for (LibraryEntry e : c.newestFirst) {
        hashes.add(e.hash());
        boolean fromFiles =
            e.origin() == LibraryEntry.Origin.FOLDER || e.origin() == LibraryEntry.Origin.BUNDLED;
        if (!fromFiles) continue;
        if (e.origin() == kind) bySource.put(e.source(), e);
        else {
          removed.add(e.id()); // the bundled article gives way to a folder, and back
          removedEntries.add(e);
        }
      }
      List<SyncReport.Skipped> skipped = new ArrayList<>();
      List<Job> jobs = new ArrayList<>();
      Set<String> present = new HashSet<>();
      int unchanged = 0;
      for (FolderFiles.File f : files) {
        present.add(f.name());
        if (f.problem() != null) {
          skipped.add(new SyncReport.Skipped(f.name(), f.problem()));
          continue;
        }
        LibraryEntry had = bySource.get(f.name());
        if (had != null && had.hash().equals(f.hash()) && had.reader() == readerVersion) {
          unchanged++;
        } else if (f.hash().equals(excluded.get(f.name()))) {
          unchanged++; // removed in a chat; stays out until it changes
        } else if (had == null && hashes.contains(f.hash())) {
          unchanged++; // the same article is in the library already (added in a chat)
        } else {
          jobs.add(new Job(f, had, kind));
        }
      }
      for (LibraryEntry e : bySource.values()) {
        if (!present.contains(e.source())) {
          removed.add(e.id());
          removedEntries.add(e);
        }
      }
      if (!removed.isEmpty()) change(w -> removed.forEach(w::delete), List.of(), removed);
      List<LibraryEntry> added = new ArrayList<>();
      List<LibraryEntry> replaced = new ArrayList<>();
      indexAll(jobs, added, replaced, skipped);
      SyncReport report = new SyncReport(added, replaced, removedEntries, unchanged, skipped);
      compact();
      for (SyncReport.Skipped s : skipped) {
        log.warn("Skipped article file {}: {}", s.file(), s.reason().getMessage());
      }
      if (report.changed()) {
        log.info(
            "Library: {} added, {} read again, {} removed, {} unchanged; {}",
            added.size(),
            replaced.size(),
            removedEntries.size(),
            unchanged,
            describe());
      }
      return report;
    }
  }

  /** Merges the index's segments when it has grown many, or many deleted documents. */
  private void compact() {
    long start = System.nanoTime();
    int merged;
    try {
      merged = index.compact();
    } catch (IOException | RuntimeException e) {
      // Nothing is lost: the index stays as it was, in more segments, and is merged next time.
      log.warn("Library: could not merge the index's segments: {}", e.toString());
      return;
    }
    if (merged > 0) {
      log.info(
          "Library: {} segments merged into one in {} s",
          merged,
          String.format(Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9));
    }
  }

  /** One file to read into the library. */
  private record Job(FolderFiles.File file, LibraryEntry replaces, LibraryEntry.Origin kind) {}

  /** Reads the files {@link #INDEXERS} at a time, committing every few, reporting progress. */
  private void indexAll(
      List<Job> jobs,
      List<LibraryEntry> added,
      List<LibraryEntry> replaced,
      List<SyncReport.Skipped> skipped) {
    if (jobs.isEmpty()) return;
    progress.start(jobs.size());
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(
            Math.min(INDEXERS, jobs.size()),
            r -> {
              Thread t = new Thread(r, "library-indexer");
              t.setDaemon(true);
              return t;
            });
    try {
      java.util.concurrent.CompletionService<Object> done =
          new java.util.concurrent.ExecutorCompletionService<>(pool);
      for (Job j : jobs) done.submit(() -> prepareJob(j));
      List<Prepared> batch = new ArrayList<>();
      long lastCommit = System.nanoTime();
      for (int i = 0; i < jobs.size(); i++) {
        Object result;
        try {
          result = done.take().get();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while indexing", e);
        } catch (java.util.concurrent.ExecutionException e) {
          if (e.getCause() instanceof RuntimeException r) throw r;
          throw new IllegalStateException(e.getCause());
        }
        if (result instanceof SyncReport.Skipped s) {
          skipped.add(s);
          progress.advance(1);
        } else {
          batch.add((Prepared) result);
        }
        boolean last = i == jobs.size() - 1;
        if (!batch.isEmpty()
            && (last || batch.size() >= BATCH || System.nanoTime() - lastCommit > BATCH_NANOS)) {
          for (LibraryEntry e : write(batch, List.of())) {
            (batch.stream().anyMatch(p -> e.id().equals(p.replaces())) ? replaced : added).add(e);
          }
          progress.advance(batch.size());
          batch.clear();
          lastCommit = System.nanoTime();
        }
      }
    } finally {
      pool.shutdownNow();
      progress.finish();
    }
  }

  private Object prepareJob(Job j) {
    byte[] bytes;
    try {
      bytes = j.file().read();
    } catch (IOException e) {
      return new SyncReport.Skipped(
          j.file().name(),
          new dev.articlebot.knowledge.ArticleUnreadableException(
              j.file().path(),
              dev.articlebot.knowledge.ArticleUnreadableException.Reason.NOT_OPENED,
              e));
    }
    ArticleSource source = new ArticleSource(j.file().name(), bytes, j.kind(), j.file().name(), "");
    try {
      return prepare(source, j.replaces(), j.file().hash());
    } catch (KnowledgeException e) {
      return new SyncReport.Skipped(j.file().name(), e);
    }
  }

  /** Articles read at once while indexing: each embeds on the model's threads. */
  static final int INDEXERS = 2;

  /**
   * Articles committed together while indexing many (unless {@link #BATCH_NANOS} passes first).
   * Every commit writes a segment, and Lucene merges segments by inserting their vectors into
   * another segment's graph again: fewer, larger commits keep a first indexing bound by embedding.
   */
  static final int BATCH = 128;

  private static final long BATCH_NANOS = 10_000_000_000L;

  private final Object syncLock = new Object();

  /** An article read and embedded, ready to be written. */
  record Prepared(
      LibraryIndex.Stored stored,
      List<float[]> paragraphVectors,
      List<float[][]> sentenceVectors,
      List<String> indexedTexts,
      String replaces) {}

  /**
   * Reads, finds the quotes of and embeds one article; embeds only the texts {@code replaces}'
   * stored vectors lack (its paragraphs unchanged are not embedded again).
   */
  Prepared prepare(ArticleSource source, LibraryEntry replaces, String hash) {
    String id = replaces != null ? replaces.id() : freeId(source);
    Article article = loader.read(source.name(), id, source.bytes());
    ArticleQuotes quotes = extractor.extract(article);
    StoredVectors before = StoredVectors.NONE;
    if (replaces != null) {
      try {
        LibraryIndex.Stored old = index.load(replaces.id(), replaces);
        if (old != null) before = old.vectors();
      } catch (IOException | IllegalArgumentException e) {
        log.warn("The stored vectors of {} are unreadable; embedding it anew", replaces.id());
      }
    }
    StoredVectors.Builder served = new StoredVectors.Builder();
    KnowledgeBase kb =
        KnowledgeBase.build(
            List.of(article),
            QuoteBook.ofExtracted(List.of(quotes)),
            before.over(passageModel, served),
            questions,
            settings.maxQuestionChars(),
            settings.model());
    PassageIndex p = kb.passages();
    List<float[]> paragraphVectors = new ArrayList<>();
    List<float[][]> sentenceVectors = new ArrayList<>();
    List<String> indexed = new ArrayList<>();
    for (int i = 0; i < p.size(); i++) {
      paragraphVectors.add(p.paragraphVector(i));
      int n = p.passages().get(i).paragraph().sentences().size();
      float[][] sv = new float[n][];
      for (int k = 0; k < n; k++) sv[k] = p.sentenceVector(i, k);
      sentenceVectors.add(sv);
      indexed.add(p.indexedText(i));
    }
    String url = source.url().isEmpty() ? article.url() : source.url();
    LibraryEntry entry =
        new LibraryEntry(
            id,
            article.displayTitle(),
            url,
            source.origin(),
            source.source(),
            hash,
            replaces != null ? replaces.added() : clock.instant(),
            article.published(),
            article.paragraphs().size(),
            readerVersion);
    return new Prepared(
        new LibraryIndex.Stored(entry, article, quotes, served.build(), source.bytes()),
        paragraphVectors,
        sentenceVectors,
        indexed,
        replaces == null ? null : replaces.id());
  }

  /** Writes {@code prepared} and removes {@code removed} in one commit. */
  List<LibraryEntry> write(List<Prepared> prepared, List<String> removed) {
    change(
        w -> {
          for (String id : removed) w.delete(id);
          for (Prepared p : prepared) {
            w.put(p.stored(), p.paragraphVectors(), p.sentenceVectors(), p.indexedTexts());
            if (p.stored().entry().origin() == LibraryEntry.Origin.FOLDER) {
              w.unexclude(p.stored().entry().source());
            }
          }
        },
        prepared.stream().map(p -> p.stored().entry()).toList(),
        removed);
    return prepared.stream().map(p -> p.stored().entry()).toList();
  }

  void change(LibraryIndex.Change change, List<LibraryEntry> added, List<String> removed) {
    synchronized (catalogLock) {
      try {
        index.change(change);
      } catch (IOException e) {
        throw new UncheckedIOException("the library could not save the change", e);
      }
      Map<String, LibraryEntry> next = new HashMap<>(catalog.byId);
      for (String id : removed) next.remove(id);
      for (LibraryEntry e : added) next.put(e.id(), e);
      catalog = new Catalog(next.values());
      quoteBook = null;
      for (String id : removed) cache.evict(id);
      for (LibraryEntry e : added) cache.evict(e.id());
    }
  }

  /** An id for a new article: from its file name, made unique. */
  private String freeId(ArticleSource source) {
    String base = ArticleLoader.idFor(source.name());
    Set<String> taken = catalog.byId.keySet();
    if (!taken.contains(base)) return base;
    for (int n = 2; ; n++) {
      String id = base + "-" + n;
      if (!taken.contains(id)) return id;
    }
  }

  @Override
  public void close() {
    try {
      index.close();
    } catch (IOException e) {
      log.warn("Closing the library: {}", e.toString());
    }
  }

  // ---- parts

  /** The catalog at one moment: immutable. */
  static final class Catalog {
    final Map<String, LibraryEntry> byId;
    final List<LibraryEntry> newestFirst;
    final int paragraphs;

    Catalog(Collection<LibraryEntry> entries) {
      Map<String, LibraryEntry> m = new HashMap<>();
      for (LibraryEntry e : entries) m.put(e.id(), e);
      this.byId = Map.copyOf(m);
      List<LibraryEntry> sorted = new ArrayList<>(entries);
      sorted.sort(
          Comparator.comparing(LibraryEntry::added)
              .reversed()
              .thenComparing(LibraryEntry::id, Comparator.reverseOrder()));
      this.newestFirst = List.copyOf(sorted);
      this.paragraphs = entries.stream().mapToInt(LibraryEntry::paragraphs).sum();
    }
  }

  /** How far indexing has come, for the progress bar, the logs and /readyz. */
  final class Progress {
    private final List<Consumer<IndexingProgress>> listeners =
        new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile int done;
    private volatile int total;
    private volatile long startedNanos;
    private volatile boolean running;

    void listen(Consumer<IndexingProgress> l) {
      listeners.add(l);
    }

    synchronized void start(int articles) {
      done = 0;
      total = articles;
      startedNanos = System.nanoTime();
      running = articles > 0;
      tell();
    }

    synchronized void advance(int articles) {
      done += articles;
      tell();
    }

    synchronized void finish() {
      running = false;
      tell();
    }

    IndexingProgress now() {
      if (total == 0 && !running) return IndexingProgress.IDLE;
      return new IndexingProgress(
          done, total, java.time.Duration.ofNanos(System.nanoTime() - startedNanos), running);
    }

    private void tell() {
      IndexingProgress p = now();
      for (Consumer<IndexingProgress> l : listeners) {
        try {
          l.accept(p);
        } catch (RuntimeException e) {
          log.debug("A progress listener failed: {}", e.toString());
        }
      }
    }
  }

  String describe() {
    return String.format(Locale.ROOT, "%d articles, %d paragraphs", size(), paragraphs());
  }
}
