package dev.articlebot.bot.cli;

import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigRenderOptions;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import dev.articlebot.bot.Main;
import dev.articlebot.bot.command.Messages;
import dev.articlebot.bot.config.AppConfig;
import dev.articlebot.bot.config.ConfigLoader;
import dev.articlebot.bot.config.ConfigProblemsException;
import dev.articlebot.bot.config.Secrets;
import dev.articlebot.bot.llm.LlmProvider;
import dev.articlebot.knowledge.KnowledgeException;
import dev.articlebot.knowledge.article.ArticleLoader;
import dev.articlebot.knowledge.article.ArticleParser;
import dev.articlebot.knowledge.phrase.LanguageModel;
import dev.articlebot.knowledge.phrase.ModelFailure;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "config",
    header = "Work with the configuration.",
    description = "config check validates it as start-up does and shows every effective value.",
    subcommands = {ConfigCli.Check.class, HelpCommand.class})
final class ConfigCli implements Callable<Integer> {
  @ParentCommand private RootCli root;
  @Mixin private HelpOption help;
  @Spec private CommandSpec spec;

  /** {@code config} alone: what it can do. */
  @Override
  public Integer call() {
    spec.commandLine().usage(root.context().err());
    return Main.EXIT_CONFIG;
  }

  @Command(
      name = "check",
      header = "Validate the configuration as start-up does.",
      description =
          "Reads the defaults, --config or $ARTICLEBOT_CONFIG, the ARTICLEBOT_* variables "
              + "and the --set flags, and checks what start-up checks, including that "
              + "knowledge.articles names an existing file or folder and that channel settings "
              + "hold ids. Prints every problem, one a line, naming the key and the fix, and "
              + "exits 2; or prints each key's effective value and where it came from, and "
              + "whether each secret is set (never its value), and exits 0.")
  static final class Check implements Callable<Integer> {
    private static final List<String> SECRETS =
        List.of(
            Secrets.DISCORD_TOKEN,
            Secrets.SLACK_BOT_TOKEN,
            Secrets.SLACK_APP_TOKEN,
            Secrets.SLACK_SIGNING_SECRET,
            Secrets.LLM_API_KEY);

    @ParentCommand private ConfigCli parent;
    @Mixin private HelpOption help;

    @Option(
        names = "--probe",
        description =
            "With llm.enabled: also make one short call to the language model and say how it"
                + " went (exit 1 when it fails).")
    private boolean probe;

    @Override
    public Integer call() {
      CliContext ctx = parent.root.context();
      ConfigLoader loader = ctx.loader();
      List<String> problems = new ArrayList<>();
      AppConfig config = null;
      try {
        config = loader.load(ctx.configFile(), ctx.overrides());
      } catch (ConfigProblemsException e) {
        problems.addAll(e.problems());
      }
      ConfigLoader.Layers layers =
          loader.layers(ctx.configFile(), ctx.overrides(), new ArrayList<>());
      articles(layers, config).ifPresent(problems::add);
      if (!problems.isEmpty()) {
        for (String problem : problems) ctx.err().println("config: " + problem);
        return Main.EXIT_CONFIG;
      }
      print(ctx.out(), layers, config, loader, ctx.secrets());
      return probe ? probe(ctx, config.llm()) : 0;
    }

    /** One short call to the configured model: 0 when it replied, 1 when not. */
    private static int probe(CliContext ctx, AppConfig.Llm llm) {
      if (!llm.enabled()) {
        ctx.out().println("Language model: off (llm.enabled = false), nothing to probe.");
        return 0;
      }
      LanguageModel model = LlmProvider.create(llm, ctx.secrets().get(Secrets.LLM_API_KEY));
      long start = System.nanoTime();
      try {
        LanguageModel.Reply r =
            model.chat(
                new LanguageModel.Request(
                    "Reply with the single word: ready", "Are you there? Reply with: ready"));
        long ms = (System.nanoTime() - start) / 1_000_000;
        String said = r.text().strip().replaceAll("\\s+", " ");
        ctx.out()
            .printf(
                "Language model: %s replied in %d ms (%d tokens in, %d out): \"%s\"%n",
                llm.model(),
                ms,
                r.inputTokens(),
                r.outputTokens(),
                said.length() > 60 ? said.substring(0, 60) + "…" : said);
        return 0;
      } catch (ModelFailure e) {
        ctx.err()
            .println(
                "config: llm: the test call to "
                    + llm.baseUrl()
                    + " failed ("
                    + e.fallback().label()
                    + "): check llm.base-url, llm.model"
                    + (llm.hostedByOpenAi() ? " and LLM_API_KEY" : "")
                    + ", and that the server is running");
        return Main.EXIT_FAILURE;
      }
    }

    /**
     * What start-up would say about knowledge.articles: it is read as start-up reads it (without
     * indexing), so a path to nothing, a folder without articles, an unreadable, empty or oversized
     * file is found here.
     */
    private static Optional<String> articles(ConfigLoader.Layers layers, AppConfig config) {
      String articles;
      long maxBytes;
      if (config != null) {
        articles = config.knowledge().articles();
        maxBytes = config.knowledge().maxArticleBytes();
      } else {
        try {
          articles = layers.merged().getString("knowledge.articles").strip();
        } catch (ConfigException e) {
          return Optional.empty(); // reported by the loader
        }
        maxBytes = ArticleLoader.DEFAULT_MAX_BYTES;
      }
      if (articles.isEmpty()) return Optional.empty();
      try {
        new ArticleLoader(new ArticleParser(), maxBytes).load(Path.of(articles));
        return Optional.empty();
      } catch (InvalidPathException e) {
        return Optional.of(
            "knowledge.articles = \""
                + articles
                + "\" is not a path: name an article file or a folder of them");
      } catch (KnowledgeException e) {
        return Optional.of("knowledge.articles: " + Messages.of(e));
      }
    }

    private static void print(
        PrintStream out,
        ConfigLoader.Layers layers,
        AppConfig config,
        ConfigLoader loader,
        Secrets secrets) {
      out.println("Configuration is valid.");
      out.println();
      int keyWidth =
          layers.origins().keySet().stream().mapToInt(String::length).max().orElse(10) + 2;
      List<String[]> rows = new ArrayList<>();
      for (Map.Entry<String, String> e : layers.origins().entrySet()) {
        rows.add(new String[] {e.getKey(), render(layers, e.getKey()), e.getValue()});
      }
      int valueWidth = rows.stream().mapToInt(r -> r[1].length()).max().orElse(10) + 2;
      String format = "%-" + keyWidth + "s%-" + valueWidth + "s%s%n";
      out.printf(format, "key", "value", "from");
      for (String[] r : rows) out.printf(format, r[0], r[1], r[2]);
      out.println();
      out.println("Secrets (environment or /run/secrets):");
      for (String name : SECRETS) {
        String shown =
            secrets.get(name).map(s -> "set (masked " + Secrets.mask(s) + ")").orElse("not set");
        out.printf("%-" + keyWidth + "s%s%n", name, shown);
      }
      out.println();
      out.println(
          "Platforms: discord "
              + onOff(loader.discordEnabled(config), config.discord().enabled())
              + ", slack "
              + onOff(loader.slackEnabled(config), config.slack().enabled())
              + (loader.slackEnabled(config)
                  ? " (" + config.slack().mode().name().toLowerCase(java.util.Locale.ROOT) + ")"
                  : "")
              + ".");
      AppConfig.Llm llm = config.llm();
      out.println(
          llm.enabled()
              ? "Language model: on, "
                  + llm.provider().name().toLowerCase(java.util.Locale.ROOT)
                  + " "
                  + llm.model()
                  + " at "
                  + llm.baseUrl()
                  + " (config check --probe makes a test call)."
              : "Language model: off (answers are the article's own sentences).");
    }

    /** HOCON, but a number or boolean given as text (environment, --set) shown as such. */
    private static String render(ConfigLoader.Layers layers, String key) {
      ConfigValue value = layers.merged().getValue(key);
      if (ConfigLoader.inMap(key)) return value.render(ConfigRenderOptions.concise());
      ConfigValueType shipped = ConfigLoader.defaults().getValue(key).valueType();
      if (value.valueType() == ConfigValueType.STRING
          && (shipped == ConfigValueType.NUMBER || shipped == ConfigValueType.BOOLEAN)) {
        return String.valueOf(value.unwrapped());
      }
      return value.render(ConfigRenderOptions.concise());
    }

    private static String onOff(boolean on, AppConfig.Toggle toggle) {
      String how = toggle == AppConfig.Toggle.AUTO ? (on ? " (token set)" : " (no token)") : "";
      return (on ? "on" : "off") + how;
    }
  }
}
