package dev.articlebot.bot;

import dev.articlebot.bot.command.AskCommand;
import dev.articlebot.bot.command.BotCommand;
import dev.articlebot.bot.command.CommandCatalog;
import dev.articlebot.bot.command.Dispatcher;
import dev.articlebot.bot.command.ExampleQuestions;
import dev.articlebot.bot.command.HelpCommand;
import dev.articlebot.bot.command.QuoteCommand;
import dev.articlebot.bot.command.RateLimiter;
import dev.articlebot.bot.command.Ratings;
import dev.articlebot.bot.command.SpeakersCommand;
import dev.articlebot.bot.command.SummaryCommand;
import dev.articlebot.bot.command.Surface;
import dev.articlebot.bot.command.TextRouter;
import dev.articlebot.bot.config.AppConfig;
import dev.articlebot.bot.config.Secrets;
import dev.articlebot.bot.conversation.ConversationStore;
import dev.articlebot.bot.conversation.Conversations;
import dev.articlebot.bot.feedback.Feedback;
import dev.articlebot.bot.feedback.FeedbackReport;
import dev.articlebot.bot.feedback.FeedbackStore;
import dev.articlebot.bot.feedback.WeeklyReport;
import dev.articlebot.bot.library.ArticleCommand;
import dev.articlebot.bot.library.ChannelPins;
import dev.articlebot.bot.library.PageFetcher;
import dev.articlebot.bot.platform.BotServices;
import dev.articlebot.bot.platform.Workers;
import dev.articlebot.bot.reply.Part;
import dev.articlebot.bot.reply.Reply;
import dev.articlebot.bot.schedule.ChannelPoster;
import dev.articlebot.bot.schedule.ChannelTarget;
import dev.articlebot.bot.schedule.DailySummaryScheduler;
import dev.articlebot.bot.schedule.DailySummarySettings;
import dev.articlebot.bot.schedule.RoutineRunner;
import dev.articlebot.bot.summary.Summaries;
import dev.articlebot.knowledge.ArticleShelf;
import dev.articlebot.knowledge.KnowledgeBase;
import dev.articlebot.knowledge.KnowledgeLoader;
import dev.articlebot.knowledge.StateFolder;
import dev.articlebot.knowledge.article.Article;
import dev.articlebot.knowledge.library.FolderWatch;
import dev.articlebot.knowledge.library.Library;
import dev.articlebot.knowledge.library.SyncReport;
import dev.articlebot.knowledge.phrase.Phraser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Wires the application by hand, in one place, from the configuration. */
public final class App {
  private final AppConfig config;
  private final Clock clock;
  private final Secrets secrets;
  private volatile Phraser.Observer llmObserver = Phraser.Observer.NONE;
  private Phraser phraser;

  /** Reports to whatever {@link #reportLanguageModelTo} set last. */
  private final Phraser.Observer forwarding =
      new Phraser.Observer() {
        @Override
        public void called(String kind, java.time.Duration took, boolean replied, int in, int out) {
          llmObserver.called(kind, took, replied, in, out);
        }

        @Override
        public void fellBack(dev.articlebot.knowledge.phrase.Fallback why) {
          llmObserver.fellBack(why);
        }

        @Override
        public void judged(boolean answers) {
          llmObserver.judged(answers);
        }
      };

  private KnowledgeBase knowledge;
  private Library library;
  private ChannelPins pins;
  private FolderWatch watch;
  private Summaries summaries;
  private Dispatcher dispatcher;
  private ExampleQuestions examples;
  private Workers workers;
  private Conversations conversations;
  private Feedback feedback;

  /** Secrets (the language model's key) from the environment and /run/secrets. */
  public App(AppConfig config, Clock clock) {
    this(config, clock, Secrets.fromSystem());
  }

  public App(AppConfig config, Clock clock, Secrets secrets) {
    this.config = config;
    this.clock = clock;
    this.secrets = secrets;
  }

  public AppConfig config() {
    return config;
  }

  public Clock clock() {
    return clock;
  }

  /** The knowledge base, loaded on first use. */
  public synchronized KnowledgeBase knowledge() {
    if (knowledge == null) {
      String articles = config.knowledge().articles();
      knowledge =
          KnowledgeLoader.load(
              new KnowledgeLoader.Settings(
                  articles.isEmpty() ? null : Path.of(articles),
                  config.stateDir(),
                  config.knowledge().maxQuestionChars(),
                  config.knowledge().maxArticleBytes()));
    }
    return knowledge;
  }

  /**
   * The library in the state folder, opened (which reads its catalog only; nothing is embedded). It
   * holds what earlier runs indexed; {@link #syncLibrary()} or {@link #startLibrary} bring it in
   * line with knowledge.articles.
   */
  public synchronized Library library() {
    if (library == null) {
      StateFolder.check(config.stateDir());
      // The library keeps every article's vectors itself: the model's own file cache, which is
      // read whole into the heap and rewritten whole as it grows, is not opened.
      var model = KnowledgeLoader.Embedders.model(config.stateDir());
      library =
          Library.open(
              Library.Settings.in(
                  libraryDir(),
                  config.knowledge().maxQuestionChars(),
                  config.knowledge().maxArticleBytes()),
              model,
              model,
              clock);
      pins = new ChannelPins(config.stateDir().resolve("library-pins.properties"));
      String articles = config.knowledge().articles();
      if (articles.isEmpty() || !Files.isDirectory(Path.of(articles))) {
        // One article (bundled or a file): read at once; a folder is read by startLibrary, in the
        // background, or syncLibrary.
        syncLibrary();
      }
    }
    return library;
  }

  /**
   * Where the library of the configured articles lives: one per knowledge.articles location
   * (library/bundled, library/articles-1a2b3c4d), so that pointing the bot at other articles starts
   * another library instead of emptying this one.
   */
  private Path libraryDir() {
    String articles = config.knowledge().articles();
    if (articles.isEmpty()) return config.stateDir().resolve("library").resolve("bundled");
    Path p = Path.of(articles).toAbsolutePath().normalize();
    String name = p.getFileName() == null ? "root" : p.getFileName().toString();
    String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
    return config
        .stateDir()
        .resolve("library")
        .resolve(safe + "-" + String.format("%08x", p.toString().hashCode()));
  }

  /**
   * Brings the library in line with knowledge.articles (the bundled article when empty), waiting
   * until done: new and changed files are read and embedded, gone ones removed.
   *
   * @throws dev.articlebot.knowledge.ArticleNotFoundException when knowledge.articles names nothing
   */
  public SyncReport syncLibrary() {
    Library lib = library();
    String articles = config.knowledge().articles();
    return articles.isEmpty() ? lib.syncBundled() : lib.sync(Path.of(articles));
  }

  /**
   * Readies the articles for a one-shot command. When knowledge.articles names a folder, brings the
   * library in line with it, waiting until done, and returns true: the command then answers from
   * the library, which reads in full only the articles a question reaches, as the bot does. A file
   * or the bundled article is read at once, to be answered in memory ({@link #knowledge()}), and
   * false is returned; a file that cannot be read stops the command here, with its reason.
   */
  public boolean readyArticles() {
    String articles = config.knowledge().articles();
    if (articles.isEmpty() || !Files.isDirectory(Path.of(articles))) {
      knowledge();
      return false;
    }
    syncLibrary();
    return true;
  }

  /**
   * Brings the library in line with knowledge.articles on a background thread, answering meanwhile
   * from what is indexed, then keeps a folder watched: files added to or removed from it are read
   * within seconds. {@code onSync} hears of each reading that changed something.
   *
   * @throws dev.articlebot.knowledge.ArticleNotFoundException when knowledge.articles names nothing
   */
  public synchronized void startLibrary(java.util.function.Consumer<SyncReport> onSync) {
    Library lib = library();
    String articles = config.knowledge().articles();
    Path folder = articles.isEmpty() ? null : Path.of(articles);
    if (folder != null && !Files.exists(folder)) {
      throw new dev.articlebot.knowledge.ArticleNotFoundException(folder);
    }
    Thread t =
        new Thread(
            () -> {
              try {
                onSync.accept(syncLibrary());
                if (folder != null && Files.isDirectory(folder)) {
                  synchronized (App.this) {
                    watch = FolderWatch.start(lib, folder, onSync);
                  }
                }
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            },
            "library-sync");
    t.setDaemon(true);
    t.setUncaughtExceptionHandler(
        (th, e) ->
            org.slf4j.LoggerFactory.getLogger(App.class)
                .error("Reading the articles failed: {}", e.getMessage(), e));
    t.start();
  }

  /** Stops watching the articles folder and closes the library. */
  public synchronized void closeLibrary() {
    if (watch != null) watch.close();
    watch = null;
    if (library != null) library.close();
    library = null;
  }

  /** What the commands beyond asking read: the library. */
  public ArticleShelf shelf() {
    return library();
  }

  /**
   * Where the language model's calls, fallbacks and tokens are reported from now on (the run
   * command sets its metrics); before, they are not counted.
   */
  public void reportLanguageModelTo(Phraser.Observer observer) {
    this.llmObserver = observer;
  }

  /**
   * How answers are worded: {@link Phraser#off()} unless {@code llm.enabled}, and only then is the
   * model adapter (and the chat model library with it) loaded.
   */
  public synchronized Phraser phraser() {
    if (phraser == null) {
      AppConfig.Llm llm = config.llm();
      phraser =
          llm.enabled()
              ? new Phraser(
                  dev.articlebot.bot.llm.LlmProvider.create(llm, secrets.get(Secrets.LLM_API_KEY)),
                  new Phraser.Settings(llm.judgeFrom(), llm.judgeTo(), llm.requestsPerMinute()),
                  forwarding,
                  System::nanoTime)
              : Phraser.off();
    }
    return phraser;
  }

  /** Summaries on request and for the daily post. */
  public synchronized Summaries summaries() {
    if (summaries == null) {
      summaries =
          new Summaries(
              shelf(),
              config.summary().articles() == AppConfig.SummaryArticles.NEW,
              config.stateDir());
    }
    return summaries;
  }

  /** Example questions made from the loaded articles, for help and hints. */
  public synchronized ExampleQuestions examples() {
    if (examples == null) examples = ExampleQuestions.of(shelf());
    return examples;
  }

  /**
   * Every command, routed, and rate-limited in chats; what every platform adapter, the console and
   * the command line talk to.
   */
  public synchronized Dispatcher dispatcher() {
    if (dispatcher == null) {
      Library lib = library();
      int maxChars = config.knowledge().maxQuestionChars();
      ExampleQuestions ex = examples();
      List<BotCommand> commands = new ArrayList<>();
      Conversations threads = conversations();
      Ratings ratings = ratings();
      commands.add(
          new AskCommand(
              (earlier, q, caller) -> lib.answerInConversation(earlier, q, scope(caller)),
              phraser(),
              maxChars,
              ex.all().stream().findFirst(),
              threads,
              ratings));
      commands.add(new QuoteCommand(lib, ex.speakerName(), threads));
      commands.add(new SpeakersCommand(lib));
      commands.add(new SummaryCommand(where -> summaries().reply(where)));
      AppConfig.Library lc = config.library();
      long maxBytes = config.knowledge().maxArticleBytes();
      commands.add(
          new ArticleCommand(
              lib,
              new PageFetcher(
                  new PageFetcher.Limits(
                      maxBytes,
                      lc.fetchTimeout(),
                      lc.fetchMaxRedirects(),
                      lc.fetchPrivateAddresses())),
              pins,
              maxBytes));
      commands.add(new HelpCommand(List.copyOf(commands), title(lib), ex.all()));
      CommandCatalog catalog = new CommandCatalog(commands);
      TextRouter router = new TextRouter(catalog, lib::wordsAskedOf);
      RateLimiter limiter =
          new RateLimiter(
              config.limits().perUserQuestions(), config.limits().perUserWindow(), clock);
      dispatcher = new Dispatcher(catalog, router, limiter, maxChars, ratings);
    }
    return dispatcher;
  }

  /** The articles a question from {@code caller} is asked of: its channel's pin, else all. */
  private Library.Scope scope(dev.articlebot.bot.command.Caller caller) {
    library();
    return pins.pinned(caller.platform(), caller.channelId())
        .map(Library.Scope::article)
        .orElse(Library.Scope.ALL);
  }

  /**
   * Where follow-ups find the turns before them: {@code conversations.json} in the state folder, or
   * nothing when {@code conversations.enabled} is off.
   */
  public synchronized Conversations conversations() {
    if (conversations == null) {
      AppConfig.Conversations c = config.conversations();
      conversations =
          c.enabled()
              ? new Conversations(
                  ConversationStore.open(
                      config.stateDir().resolve(ConversationStore.FILE),
                      c.turns(),
                      c.idle(),
                      clock))
              : Conversations.OFF;
    }
    return conversations;
  }

  /** The 👍 / 👎 of answers: {@link #feedback()} when {@code feedback.enabled}, else off. */
  public Ratings ratings() {
    return config.feedback().enabled() ? feedback() : Ratings.OFF;
  }

  /** Ratings of answers, kept in {@code <stateDir>/feedback/}; opened on first use. */
  public synchronized Feedback feedback() {
    if (feedback == null) {
      feedback = new Feedback(FeedbackStore.open(config.stateDir()), config.feedback(), clock);
    }
    return feedback;
  }

  /** The feedback report on answers given in [{@code from}, {@code to}). */
  public Reply feedbackReport(java.time.Instant from, java.time.Instant to) {
    KnowledgeBase kb = knowledge();
    FeedbackStore.Snapshot snapshot = FeedbackStore.open(config.stateDir()).snapshot();
    return FeedbackReport.of(snapshot, from, to, kb::embedQuestion)
        .reply(id -> shelf().article(id).map(Article::displayTitle).orElse(id));
  }

  /**
   * The weekly feedback report ({@link WeeklyReport}), posted through {@code posters}; not started.
   */
  public DailySummaryScheduler weeklyReport(Collection<? extends ChannelPoster> posters) {
    return WeeklyReport.scheduler(
        config.feedback(),
        config.stateDir(),
        posters,
        end -> feedbackReport(WeeklyReport.weekBefore(end), end),
        clock,
        RoutineRunner.newExecutor("weekly-report"),
        true);
  }

  /** The pool that answers off the platforms' event threads. */
  public synchronized Workers workers() {
    if (workers == null) {
      int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
      workers = new Workers(threads, 64);
    }
    return workers;
  }

  /** What platform adapters get from the application. */
  public BotServices services() {
    ArticleShelf kb = shelf();
    return new BotServices(
        dispatcher(),
        (prefix, max) -> kb.quotes().suggest(prefix, max),
        paragraphs(),
        workers(),
        clock);
  }

  /** Whole paragraphs, for "Show full paragraph" and the console's show. */
  public BotServices.ParagraphLookup paragraphs() {
    ArticleShelf kb = shelf();
    return (articleId, number) -> paragraph(kb, articleId, number);
  }

  /** The title to ask about: the article's, or "3 articles". */
  public String title() {
    return title(shelf());
  }

  /** The daily summary scheduler posting through {@code posters} (not started). */
  public DailySummaryScheduler dailySummary(Collection<? extends ChannelPoster> posters) {
    AppConfig.Daily d = config.summary().daily();
    List<ChannelTarget> targets = new ArrayList<>();
    List<String> platforms = posters.stream().map(ChannelPoster::platform).toList();
    if (platforms.contains("discord")) {
      d.discordChannels().forEach(c -> targets.add(new ChannelTarget("discord", c)));
    }
    if (platforms.contains("slack")) {
      d.slackChannels().forEach(c -> targets.add(new ChannelTarget("slack", c)));
    }
    if (platforms.contains("console")) targets.add(new ChannelTarget("console", "console"));
    DailySummarySettings settings =
        new DailySummarySettings(
            d.enabled() && !targets.isEmpty(), d.time(), d.zone(), d.days(), d.grace(), targets);
    Surface where = platforms.contains("console") ? Surface.CONSOLE : Surface.CHAT;
    return DailySummaryScheduler.create(
        settings, config.stateDir(), posters, date -> summaries().summaryFor(date, where), clock);
  }

  private static Optional<Reply> paragraph(ArticleShelf kb, String articleId, int number) {
    return kb.article(articleId).flatMap(a -> a.paragraph(number).map(p -> passageReply(a, p)));
  }

  private static Reply passageReply(Article a, dev.articlebot.knowledge.article.Paragraph p) {
    Part.Source source = new Part.Source(a.id(), a.displayTitle(), p.number(), p.section());
    return new Reply(List.of(new Part.Passage(source, p.text(), p.text())), true);
  }

  private static String title(ArticleShelf kb) {
    return kb.articleCount() == 1
        ? kb.recentArticles(1).get(0).displayTitle()
        : kb.articleCount() + " articles";
  }
}
