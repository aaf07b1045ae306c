package dev.articlebot.knowledge.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives "his US counterpart" the role it stands for: "Ruritania's Defense Minister Ana Lim met with
 * her US counterpart Ivo Grant" makes Grant the US Defense Minister, so a reader who asks for "the
 * US defense minister" finds him.
 */
final class Counterparts {
  private static final Pattern COUNTERPART =
      Pattern.compile("^(?:(?:his|her|their|its|the)\\s+)?(.+?)\\s+counterparts?$");

  /** A role made of a place ("China's", "US", "Chinese") and a title ("Defense Minister"). */
  private static final Pattern PLACED_ROLE =
      Pattern.compile(
          "^(?:\\p{Lu}[\\p{L}.]*(?:['’]s)?\\s+)(\\p{Lu}\\p{L}*(?:\\s+\\p{Lu}\\p{L}*){0,3})$");

  private Counterparts() {}

  /**
   * The speakers, with each "&lt;place&gt; counterpart" role replaced by the place and the title of
   * the one titled person first mentioned in the same paragraph.
   */
  static List<Speaker> resolve(List<Speaker> speakers) {
    List<Speaker> out = new ArrayList<>(speakers.size());
    for (Speaker s : speakers) {
      Matcher m = COUNTERPART.matcher(s.role().strip());
      String role = m.matches() ? counterpartRole(m.group(1), s, speakers) : "";
      if (role.isEmpty()) {
        out.add(s);
      } else {
        List<String> descriptions = new ArrayList<>(s.descriptions());
        descriptions.add(0, role);
        out.add(new Speaker(s.name(), s.aliases(), role, s.paragraphs(), descriptions));
      }
    }
    return out;
  }

  private static String counterpartRole(String place, Speaker who, List<Speaker> speakers) {
    if (who.paragraphs().isEmpty()) return "";
    int where = who.paragraphs().get(0);
    String title = "";
    for (Speaker other : speakers) {
      if (other == who || !other.paragraphs().contains(where)) continue;
      Matcher m = PLACED_ROLE.matcher(other.role().strip());
      if (!m.matches()) continue;
      if (!title.isEmpty()) return ""; // two titled people there: unclear whose counterpart
      title = m.group(1);
    }
    return title.isEmpty() ? "" : place + " " + title;
  }
}
