package dev.articlebot.knowledge.article;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the emphasis a messaging app or a chat types around a whole line: "*Northfork Paper to
 * close Lebanon mill*" is bold, "_Union says workers got less than a day's notice_" italic, as
 * WhatsApp, Slack and Telegram print them.
 *
 * <p>Guarantee: only a line that opens and closes with the same mark, and holds it nowhere else,
 * changes, and only by losing those two marks; a footnote's asterisk ("*On approved credit") or a
 * word in emphasis inside a sentence stays as it is.
 */
final class ChatMarks {

  private static final Pattern WRAPPED =
      Pattern.compile("^([*_])([^*_\\s](?:[^*_]*[^*_\\s])?)\\1$");

  private ChatMarks() {}

  /** {@code lines}, each without the emphasis marks around the whole of it. */
  static List<String> unwrap(List<String> lines) {
    return lines.stream().map(ChatMarks::unwrap).toList();
  }

  static String unwrap(String line) {
    Matcher m = WRAPPED.matcher(line.strip());
    return m.matches() ? m.group(2) : line;
  }
}
