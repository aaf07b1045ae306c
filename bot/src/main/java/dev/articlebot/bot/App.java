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
import dev.articlebot.knowledge.KnowledgeBase;
import dev.articlebot.knowledge.KnowledgeLoader;
import dev.articlebot.knowledge.article.Article;
import dev.articlebot.knowledge.phrase.Phraser;
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
              knowledge(),
              config.summary().articles() == AppConfig.SummaryArticles.NEW,
              config.stateDir());
    }
    return summaries;
  }

  /** Example questions made from the loaded articles, for help and hints. */
  public synchronized ExampleQuestions examples() {
    if (examples == null) examples = ExampleQuestions.of(knowledge());
    return examples;
  }

  /**
   * Every command, routed, and rate-limited in chats; what every platform adapter, the console and
   * the command line talk to.
   */
  public synchronized Dispatcher dispatcher() {
    if (dispatcher == null) {
      KnowledgeBase kb = knowledge();
      int maxChars = config.knowledge().maxQuestionChars();
      ExampleQuestions ex = examples();
      List<BotCommand> commands = new ArrayList<>();
      Conversations threads = conversations();
      Ratings ratings = ratings();
      commands.add(
          new AskCommand(kb, phraser(), maxChars, ex.all().stream().findFirst(), threads, ratings));
      commands.add(new QuoteCommand(kb, ex.speakerName(), threads));
      commands.add(new SpeakersCommand(kb));
      commands.add(new SummaryCommand(where -> summaries().reply(where)));
      commands.add(new HelpCommand(List.copyOf(commands), title(kb), ex.all()));
      CommandCatalog catalog = new CommandCatalog(commands);
      TextRouter router = new TextRouter(catalog, kb::wordsAskedOf);
      RateLimiter limiter =
          new RateLimiter(
              config.limits().perUserQuestions(), config.limits().perUserWindow(), clock);
      dispatcher = new Dispatcher(catalog, router, limiter, maxChars, ratings);
    }
    return dispatcher;
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
        .reply(id -> kb.article(id).map(Article::displayTitle).orElse(id));
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
    KnowledgeBase kb = knowledge();
    return new BotServices(
        dispatcher(),
        (prefix, max) -> kb.quotes().suggest(prefix, max),
        paragraphs(),
        workers(),
        clock);
  }

  /** Whole paragraphs, for "Show full paragraph" and the console's show. */
  public BotServices.ParagraphLookup paragraphs() {
    KnowledgeBase kb = knowledge();
    return (articleId, number) -> paragraph(kb, articleId, number);
  }

  /** The title to ask about: the article's, or "3 articles". */
  public String title() {
    return title(knowledge());
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

  private static Optional<Reply> paragraph(KnowledgeBase kb, String articleId, int number) {
    return kb.article(articleId).flatMap(a -> a.paragraph(number).map(p -> passageReply(a, p)));
  }

  private static Reply passageReply(Article a, dev.articlebot.knowledge.article.Paragraph p) {
    Part.Source source = new Part.Source(a.id(), a.displayTitle(), p.number(), p.section());
    return new Reply(List.of(new Part.Passage(source, p.text(), p.text())), true);
  }

  private static String title(KnowledgeBase kb) {
    return kb.articles().size() == 1
        ? kb.articles().get(0).displayTitle()
        : kb.articles().size() + " articles";
  }
}
