package dev.articlebot.bot.console;

import dev.articlebot.bot.command.Caller;
import dev.articlebot.bot.command.Dispatcher;
import dev.articlebot.bot.command.Messages;
import dev.articlebot.bot.platform.BotServices;
import dev.articlebot.bot.reply.Part;
import dev.articlebot.bot.reply.RatingControl;
import dev.articlebot.bot.reply.Reply;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chat in the terminal: each line is a message to the bot, as on any platform, except {@code show
 * 14} (also {@code ¶14}, {@code paragraph 14}), the console's "Show full paragraph": it prints
 * paragraph 14 of the article the last reply cited (else of {@code defaultArticleId}); and {@code
 * +} / {@code -}, the 👍 / 👎 of the last answer (after {@code -}, a number says what was wrong,
 * optionally followed by the paragraph that answers: {@code 1 14}).
 */
public final class ConsoleAdapter {
  private static final Set<String> EXIT = Set.of("exit", "quit", ":q", "bye");
  private static final Pattern SHOW =
      Pattern.compile("^(?:show(?:\\s+paragraph)?|paragraph|¶)\\s*¶?\\s*(\\d{1,5})\\s*$");

  private final Dispatcher dispatcher;
  private final ConsoleRenderer renderer;
  private final BotServices.ParagraphLookup paragraphs;
  private final String defaultArticleId;
  private static final Pattern CHOICE = Pattern.compile("^(\\d)(?:\\s+¶?\\s*(\\d{1,5}))?$");

  private List<Part.Source> cited = List.of();
  private String lastAnswerId = "";
  private Part.Choices pending;

  public ConsoleAdapter(
      Dispatcher dispatcher,
      ConsoleRenderer renderer,
      BotServices.ParagraphLookup paragraphs,
      String defaultArticleId) {
    this.dispatcher = dispatcher;
    this.renderer = renderer;
    this.paragraphs = paragraphs;
    this.defaultArticleId = defaultArticleId;
  }

  /** Reads lines until end of input or "exit". */
  public void run(InputStream in, PrintStream out, String greeting) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    out.println(greeting);
    out.print("> ");
    out.flush();
    String line;
    while ((line = reader.readLine()) != null) {
      String t = line.strip();
      if (EXIT.contains(t.toLowerCase(Locale.ROOT))) break;
      if (!t.isEmpty()) {
        out.println();
        out.print(renderer.render(reply(t)));
        out.println();
      }
      out.print("> ");
      out.flush();
    }
    out.println();
  }

  private Reply reply(String line) {
    Part.Choices asked = pending;
    pending = null;
    Matcher show = SHOW.matcher(line.toLowerCase(Locale.ROOT));
    if (show.matches()) return paragraph(Integer.parseInt(show.group(1)));
    if (line.equals("+") || line.equals("-")) {
      if (lastAnswerId.isEmpty()) return Reply.notice(Messages.nothingToRate());
      String control =
          line.equals("+") ? RatingControl.up(lastAnswerId) : RatingControl.down(lastAnswerId);
      return rate(control, OptionalInt.empty());
    }
    Matcher choice = CHOICE.matcher(line);
    if (asked != null && choice.matches()) {
      int n = Integer.parseInt(choice.group(1));
      if (n >= 1 && n <= asked.choices().size()) {
        OptionalInt paragraph =
            choice.group(2) == null
                ? OptionalInt.empty()
                : OptionalInt.of(Integer.parseInt(choice.group(2)));
        return rate(
            RatingControl.reason(asked.choices().get(n - 1).code(), asked.answerId()), paragraph);
      }
    }
    Reply reply = dispatcher.handleText(Caller.CONSOLE, line);
    List<Part.Source> sources = sources(reply);
    if (!sources.isEmpty()) cited = sources;
    if (reply.rateable()) lastAnswerId = reply.answerId();
    return reply;
  }

  /** A rating of the last answer; after a 👎, the question what was wrong is kept open. */
  private Reply rate(String control, OptionalInt paragraph) {
    Reply reply =
        dispatcher.handleRating(
            Caller.CONSOLE, RatingControl.parse(control).orElseThrow(), paragraph);
    for (Part p : reply.parts()) if (p instanceof Part.Choices c) pending = c;
    return reply;
  }

  /** Paragraph {@code n} of the article the last reply cited it from, else the default one. */
  private Reply paragraph(int n) {
    String article =
        cited.stream()
            .filter(s -> s.paragraph() == n)
            .map(Part.Source::articleId)
            .findFirst()
            .orElse(cited.isEmpty() ? defaultArticleId : cited.get(0).articleId());
    return paragraphs.paragraph(article, n).orElse(Reply.notice(Messages.noParagraph(n)));
  }

  private static List<Part.Source> sources(Reply reply) {
    List<Part.Source> out = new ArrayList<>();
    for (Part p : reply.parts()) {
      if (p instanceof Part.Answer a) out.addAll(a.sources());
      if (p instanceof Part.Passage passage) out.add(passage.source());
      if (p instanceof Part.Quotation q) out.add(q.source());
      if (p instanceof Part.Bullets b) {
        b.items().stream().filter(i -> i.source() != null).forEach(i -> out.add(i.source()));
      }
    }
    return out;
  }
}
