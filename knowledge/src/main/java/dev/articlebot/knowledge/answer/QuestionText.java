package dev.articlebot.knowledge.answer;

import java.util.regex.Pattern;

/**
 * Cleans a question typed in a chat: drops mentions, links, Markdown symbols, invisible and control
 * characters, collapses whitespace, and caps the length so a flood of text costs no more than a
 * normal question, keeping the end, where the question is.
 */
public final class QuestionText {
  /** Questions are cut to this many characters before any expensive work. */
  public static final int DEFAULT_MAX_CHARS = 500;

  private static final Pattern MENTIONS = Pattern.compile("<[@#!][^>\\s]{0,64}>");

  /** A handle typed as plain text ("@articlebot", "@here"), not an e-mail address. */
  private static final Pattern HANDLES = Pattern.compile("(?<![\\w.])@[\\p{L}\\p{N}_.-]+");

  private static final Pattern LINKS = Pattern.compile("https?://\\S+");
  private static final Pattern MARKUP = Pattern.compile("[*_~`>|#]+|\\[|\\]\\([^)]*\\)|\\]");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  /** Zero-width spaces and joiners, byte-order marks, soft hyphens, direction marks. */
  private static final Pattern INVISIBLE = Pattern.compile("\\p{Cf}+");

  private static final Pattern CONTROL = Pattern.compile("\\p{Cc}+");

  private final int maxChars;

  public QuestionText(int maxChars) {
    if (maxChars < 10) throw new IllegalArgumentException("maxChars must be at least 10");
    this.maxChars = maxChars;
  }

  /** The cleaned question and whether it had to be cut. */
  public record Cleaned(String text, boolean truncated) {}

  public Cleaned clean(String raw) {
    if (raw == null) return new Cleaned("", false);
    String t = INVISIBLE.matcher(raw).replaceAll("");
    t = CONTROL.matcher(t).replaceAll(" ");
    t = MENTIONS.matcher(t).replaceAll(" ");
    t = LINKS.matcher(t).replaceAll(" ");
    t = MARKUP.matcher(t).replaceAll(" ");
    t = HANDLES.matcher(t).replaceAll(" "); // "hey @articlebot, what is …" typed as plain text
    t = SPACE.matcher(t).replaceAll(" ").strip();
    if (t.length() <= maxChars) return new Cleaned(t, false);
    // A long message asks its question at the end: keep the part ending with the last question
    // mark (or the end), starting at a word.
    int end = t.lastIndexOf('?') + 1;
    if (end == 0) end = t.length();
    int start = Math.max(0, end - maxChars);
    int word = t.indexOf(' ', start);
    if (start > 0 && t.charAt(start - 1) != ' ' && word >= 0 && word < start + maxChars / 2) {
      start = word + 1;
    }
    if (Character.isLowSurrogate(t.charAt(start))) start++;
    return new Cleaned(t.substring(start, end).strip(), true);
  }
}
