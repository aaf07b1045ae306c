package dev.articlebot.knowledge.article;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises a story that reached its reader by email: the header block a mail program prints
 * ("From: The Morning Beacon &lt;news@…&gt;", "Date:", "Subject:", "To:") and, in a forwarded
 * message, what the sender wrote above the forwarding mark ("---------- Forwarded message
 * ---------", "Begin forwarded message:").
 *
 * <p>Guarantee: only a block of header fields of which one gives an email address, or that follows
 * a forwarding mark, is furniture, but for its "Subject:" line, which the header reads as a
 * headline where the story prints none; the lines above a forwarding mark are furniture only when
 * such a block follows it. A "Date:" line or a "From:" line elsewhere keeps its kind.
 */
final class EmailHeaders {

  private static final Pattern FIELD =
      Pattern.compile("^(?:From|Date|Sent|Subject|To|Cc|Bcc|Reply-To)\\s*:\\s*\\S.*$");

  private static final Pattern ADDRESS = Pattern.compile("<?[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+>?");

  private static final Pattern FORWARD_MARK =
      Pattern.compile(
          "^-*\\s*(?:Forwarded message|Begin forwarded message:?|Original Message)\\s*-*$",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern SUBJECT = Pattern.compile("^Subject\\s*:\\s*\\S.*$");

  private EmailHeaders() {}

  /** Turns the kinds of an email's header block (and a forwarder's note) into furniture. */
  static void mark(List<Line> lines, List<LineKind> kinds) {
    for (int i = 0; i < lines.size(); i++) {
      if (!isField(lines, i) || i > 0 && isField(lines, i - 1)) continue;
      int end = i;
      boolean address = false;
      while (end < lines.size() && isField(lines, end)) {
        address |= ADDRESS.matcher(lines.get(end).text()).find();
        end++;
      }
      boolean forwarded = i > 0 && FORWARD_MARK.matcher(lines.get(i - 1).text()).matches();
      if (end - i < 2 || !address && !forwarded) continue;
      int from = forwarded ? 0 : i;
      for (int j = from; j < end; j++) {
        // the subject stays: a story mailed without a headline of its own goes by it
        if (!SUBJECT.matcher(lines.get(j).text()).matches()) kinds.set(j, LineKind.FURNITURE);
      }
    }
  }

  private static boolean isField(List<Line> lines, int i) {
    return FIELD.matcher(lines.get(i).text()).matches();
  }
}
