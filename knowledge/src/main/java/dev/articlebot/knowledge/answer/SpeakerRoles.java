package dev.articlebot.knowledge.answer;

import dev.articlebot.knowledge.quote.PlaceNames;
import dev.articlebot.knowledge.quote.Speaker;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The titles the articles' people hold and where they hold them, to tell "South Korea's president"
 * from the article's presidents: when the question names a title ("president", "defense minister")
 * with a country or body ("South Korea's", "the French") and everyone in the articles holding that
 * title belongs somewhere else, the question is about somebody the articles do not quote.
 */
final class SpeakerRoles {
  private static final Pattern TITLED =
      Pattern.compile(
          "^(?:the\\s+)?(.+?)(?:['’]s)?\\s+(prime minister|president|premier|chancellor|minister"
              + "|secretary|spokesman|spokeswoman|spokesperson|ambassador|king|queen|chairman"
              + "|chairwoman|governor|mayor)$");

  /** Words before a title that name no place: "the former president". */
  private static final java.util.Set<String> NOT_PLACES =
      java.util.Set.of(
          "the", "a", "an", "his", "her", "its", "their", "our", "that", "this", "both", "two",
          "other", "former", "new", "then", "current", "top", "vice", "deputy", "acting");

  private record Holder(String title, String description) {}

  private final List<Holder> holders;
  private final java.util.Set<String> properNames;

  private SpeakerRoles(List<Holder> holders, java.util.Set<String> properNames) {
    this.holders = List.copyOf(holders);
    this.properNames = java.util.Set.copyOf(properNames);
  }

  /**
   * The titles of {@code speakers}; {@code properNames} are the words the articles capitalise
   * inside sentences (lower case), which tell a place ("Korean", "Malaysia") from a plain word
   * ("the diplomats' spokesman").
   */
  static SpeakerRoles of(List<Speaker> speakers, java.util.Set<String> properNames) {
    List<Holder> holders = new ArrayList<>();
    for (Speaker s : speakers) {
      String role = s.role().toLowerCase(Locale.ROOT);
      Matcher m = TITLED.matcher(role.strip());
      if (m.matches()) holders.add(new Holder(title(m.group(2)), places(role + " " + names(s))));
    }
    return new SpeakerRoles(holders, properNames);
  }

  /**
   * Whether {@code who} ("South Korea's president") names a title with a place and nobody in the
   * articles holding that title is from there. False when the phrase names no place ("the
   * president", "the diplomats' spokesman").
   */
  boolean namesSomeoneElse(String who) {
    Matcher m = TITLED.matcher(who.strip().toLowerCase(Locale.ROOT));
    if (!m.matches()) return false;
    String title = title(m.group(2));
    String qualifier = who.strip().substring(m.start(1), m.end(1));
    List<String> place = new ArrayList<>();
    for (String w : places(qualifier).split(" ")) {
      if (!w.isEmpty() && (capitalised(qualifier, w) || isProperName(w))) place.add(w);
    }
    if (place.isEmpty()) return false;
    String where = String.join(" ", place);
    return holders.stream()
        .filter(h -> h.title().equals(title))
        .noneMatch(h -> samePlace(where, h.description()));
  }

  private static String title(String word) {
    return word.startsWith("spokes") ? "spokesperson" : word;
  }

  /** Whether {@code word} starts with a capital where {@code text} spells it. */
  private static boolean capitalised(String text, String word) {
    Matcher m =
        Pattern.compile("\\b" + Pattern.quote(word) + "\\b", Pattern.CASE_INSENSITIVE)
            .matcher(text);
    return m.find() && Character.isUpperCase(text.charAt(m.start()));
  }

  /** A place-like word: one the articles capitalise, or a near form of one ("Malaysian"). */
  private boolean isProperName(String word) {
    if (PlaceNames.isPlace(word)) return true;
    String stem = word.length() > 3 ? word.substring(0, 3) : word;
    return properNames.stream().anyMatch(p -> p.startsWith(stem));
  }

  /**
   * Whether every word of {@code place} shares its first three letters with a word of the other.
   */
  private static boolean samePlace(String place, String description) {
    List<String> words = List.of(description.split(" "));
    for (String p : place.split(" ")) {
      if (p.isEmpty()) continue;
      String stem = p.length() > 3 ? p.substring(0, 3) : p;
      if (words.stream().noneMatch(w -> w.startsWith(stem))) return false;
    }
    return true;
  }

  private static String places(String text) {
    String t =
        PlaceNames.joinMultiWordNames(
            text.toLowerCase(Locale.ROOT).replaceAll("['’]s\\b", " ").replace("u.s.", "us"));
    StringBuilder out = new StringBuilder();
    for (String w : t.replaceAll("[^\\p{L}\\p{N} ]+", " ").strip().split("\\s+")) {
      if (!w.isEmpty() && !NOT_PLACES.contains(w)) {
        out.append(out.length() > 0 ? " " : "").append(PlaceNames.canonical(w));
      }
    }
    return out.toString();
  }

  private static String names(Speaker s) {
    return String.join(" ", s.allNames());
  }
}
