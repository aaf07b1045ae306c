package dev.articlebot.bot;

import dev.articlebot.bot.cli.CliContext;
import dev.articlebot.bot.cli.RootCli;
import dev.articlebot.bot.command.Messages;
import dev.articlebot.bot.config.ConfigProblemsException;
import dev.articlebot.bot.config.Secrets;
import dev.articlebot.bot.ops.StartupException;
import dev.articlebot.knowledge.KnowledgeException;
import dev.articlebot.knowledge.eval.QuestionSetException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;
import java.util.Set;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** The entry point: article-bot [run|ask|quote|speakers|summary|eval|bench|config]. */
public final class Main {
  /** Exit code for bad configuration or usage. */
  public static final int EXIT_CONFIG = 2;

  /** Exit code for a failure at run time (missing article, ...). */
  public static final int EXIT_FAILURE = 1;

  private static final Set<String> ONE_SHOT =
      Set.of("ask", "quote", "speakers", "summary", "eval", "bench", "config");

  private Main() {}

  public static void main(String[] args) {
    System.exit(
        run(args, System.in, System.out, System.err, System.getenv(), Secrets.fromSystem()));
  }

  /** Runs the command line and returns the exit code; never throws. */
  public static int run(
      String[] args,
      InputStream in,
      PrintStream out,
      PrintStream err,
      Map<String, String> env,
      Secrets secrets) {
    quietLogsFor(args, env);
    CliContext context = new CliContext(in, out, err, env, secrets);
    CommandLine cli = new CommandLine(new RootCli(context));
    cli.setOut(new java.io.PrintWriter(out, true));
    cli.setErr(new java.io.PrintWriter(err, true));
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof ConfigProblemsException p) {
            for (String problem : p.problems()) err.println("config: " + problem);
            return EXIT_CONFIG;
          }
          if (e instanceof KnowledgeException k) {
            err.println(Messages.of(k));
            return EXIT_FAILURE;
          }
          if (e instanceof QuestionSetException q) {
            err.println(q.getMessage());
            return EXIT_FAILURE;
          }
          if (e instanceof StartupException s) {
            err.println(s.problem());
            return EXIT_FAILURE;
          }
          LoggerFactory.getLogger(Main.class).error("Unexpected failure", e);
          err.println(
              "article-bot failed unexpectedly: "
                  + e.getClass().getSimpleName()
                  + ". See the log above.");
          return EXIT_FAILURE;
        });
    return cli.execute(args);
  }

  /**
   * One-shot commands keep standard output clean: logs go to standard error, warnings only. The
   * format (text or json) follows log.format from the environment.
   */
  private static void quietLogsFor(String[] args, Map<String, String> env) {
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--set") || a.equals("--config") || a.equals("-c")) i++;
      if (a.startsWith("-")) continue;
      if (ONE_SHOT.contains(a) && System.getProperty("articlebot.log.level") == null) {
        System.setProperty("articlebot.log.level", "WARN");
      }
      break;
    }
    String format = env.get("ARTICLEBOT_LOG_FORMAT");
    if (format != null && format.strip().equalsIgnoreCase("json")) {
      System.setProperty("articlebot.log.appender", "JSON");
    }
  }
}
