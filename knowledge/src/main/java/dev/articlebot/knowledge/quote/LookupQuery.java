package dev.articlebot.knowledge.quote;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reader's query reduced to the person, title or role it asks about: "What did Ana Lim say?" ->
 * "ana lim", "quote Ivo Grant" -> "ivo grant", "what did the foreign ministry spokesperson say" ->
 * "the foreign ministry spokesperson". Lower case, accents and punctuation removed.
 *
 * @param typed the query as typed, trimmed and cut to {@link #MAX_LENGTH} characters
 * @param subject the normalised name, title or role, possibly empty
 */
record LookupQuery(String typed, String subject) {

  /** Longer queries are cut: no name is this long, and lookup stays fast. */
  static final int MAX_LENGTH = 200;

  private static final List<Pattern> WRAPPERS =
      List.of(
          Pattern.compile(
              "^(?:please )?(?:(?:can|could) you )?(?:tell me )?(?:what|wat|whats|what's) "
                  + "(?:did|does|do|has|have|had|is|was) (.+?) "
                  + "(?:say|said|saying|tell|told|write|wrote|think|argue|argued|mean|claim"
                  + "|have to say|had to say)(?: (?:about|on|regarding) .*)?$"),
          Pattern.compile("^(?:what|how) (.+?) (?:said|says|wrote|writes|thinks|argued)(?: .*)?$"),
          Pattern.compile(
              "^(?:please )?(?:quote|quotes|quotes? (?:by|from|of)"
                  + "|show(?: me)?(?: the)? quotes? (?:by|from|of)"
                  + "|give me(?: a)? quotes? (?:by|from|of)|find quotes? (?:by|from|of)"
                  + "|who is|who's|whos|tell me about|look ?up|search(?: for)?|find) (.+)$"),
          Pattern.compile("^(.+?)(?:'s)? (?:quotes?|statements?|remarks?|comments?|words)$"));

  LookupQuery {
    typed = typed == null ? "" : typed;
    subject = subject == null ? "" : subject;
  }

  static LookupQuery of(String raw) {
    String typed = raw == null ? "" : raw.strip();
    if (typed.length() > MAX_LENGTH) typed = typed.substring(0, MAX_LENGTH);
    String subject = normalize(typed);
    for (int round = 0; round < 3; round++) {
      String before = subject;
      for (Pattern p : WRAPPERS) {
        Matcher m = p.matcher(subject);
        if (m.matches()) subject = m.group(1).strip();
      }
      if (subject.equals(before)) break;
    }
    if (subject.endsWith("'s")) subject = subject.substring(0, subject.length() - 2);
    return new LookupQuery(typed, subject);
  }

  /** Letters each followed by a full stop: "u.s.", "u.k.". */
  private static final java.util.regex.Pattern INITIALISM =
      java.util.regex.Pattern.compile("(?<![\\p{L}.])(?:\\p{L}\\.){2,}");

  /**
   * Lower case, no accents, curly apostrophes made straight, initialisms closed up ("us"), other
   * punctuation removed.
   */
  static String normalize(String text) {
    String t = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    t = t.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
    t = INITIALISM.matcher(t).replaceAll(m -> m.group().replace(".", "")); // "u.s." is "us"
    t = t.replaceAll("[^\\p{L}\\p{N}'\\- ]+", " ").replaceAll("\\s+", " ").strip();
    return t.replaceAll("(^|\\s)['-]+|['-]+(\\s|$)", "$1$2").strip();
  }

  /** The subject's words. */
  List<String> words() {
    List<String> out = new ArrayList<>();
    for (String w : subject.split(" ")) {
      if (!w.isEmpty()) out.add(w);
    }
    return out;
  }
}
