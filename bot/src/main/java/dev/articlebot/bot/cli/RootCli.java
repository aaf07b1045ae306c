package dev.articlebot.bot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "article-bot",
    mixinStandardHelpOptions = true,
    version = "article-bot 0.1.0",
    description = "Answers questions about a news article on Discord, Slack or the console.",
    subcommands = {
      RunCli.class,
      AskCli.class,
      QuoteCli.class,
      SpeakersCli.class,
      SummaryCli.class,
      EvalCli.class,
      FeedbackCli.class,
      ReportCli.class,
      TrainCli.class,
      BenchCli.class,
      ConfigCli.class,
      HelpCommand.class
    })
public final class RootCli implements Callable<Integer> {
  private final CliContext context;
  private final ObjectMapper mapper = new ObjectMapper();

  @Spec private CommandLine.Model.CommandSpec spec;

  @Option(
      names = {"-c", "--config"},
      paramLabel = "FILE",
      description =
          "Configuration file (HOCON). Default: $ARTICLEBOT_CONFIG, else built-in defaults.",
      scope = CommandLine.ScopeType.INHERIT)
  private Path configFile;

  @Option(
      names = "--set",
      paramLabel = "KEY=VALUE",
      description = "Override a configuration key, e.g. --set knowledge.articles=my.txt",
      scope = CommandLine.ScopeType.INHERIT)
  private Map<String, String> overrides = new LinkedHashMap<>();

  public RootCli(CliContext context) {
    this.context = context;
  }

  CliContext context() {
    context.configure(configFile, overrides);
    return context;
  }

  ObjectMapper mapper() {
    return mapper;
  }

  /** With no subcommand: run. */
  @Override
  public Integer call() throws Exception {
    return spec.commandLine().getSubcommands().get("run").execute(rawArgs());
  }

  private String[] rawArgs() {
    var list = new java.util.ArrayList<String>();
    if (configFile != null) {
      list.add("--config");
      list.add(configFile.toString());
    }
    overrides.forEach((k, v) -> list.add("--set=" + k + "=" + v));
    return list.toArray(String[]::new);
  }
}
