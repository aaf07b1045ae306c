package dev.articlebot.knowledge.quote;

import dev.articlebot.knowledge.lexicon.NewsLexicon;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A person named in one article, as attribution learns about them: full name, other names, role,
 * gender (from titles, role nouns and pronouns that refer to them) and where they are mentioned.
 * Mutable while one article is read; turned into a {@link Speaker} at the end.
 */
final class Person {

  enum Gender {
    UNKNOWN,
    MALE,
    FEMALE
  }

  private final String name;
  private final Set<String> aliases = new LinkedHashSet<>();
  private final Set<Integer> paragraphs = new TreeSet<>();
  private final Set<String> descriptions = new LinkedHashSet<>();
  private String role = "";
  private Gender gender = Gender.UNKNOWN;
  private boolean genderGuessed;

  Person(String name) {
    if (name == null || name.isBlank()) throw new IllegalArgumentException("name is blank");
    this.name = name;
  }

  String name() {
    return name;
  }

  List<String> aliases() {
    return List.copyOf(aliases);
  }

  void addAlias(String alias) {
    if (!alias.isBlank() && !alias.equalsIgnoreCase(name)) aliases.add(alias);
  }

  String role() {
    return role;
  }

  void describe(String role) {
    if (role == null) return;
    String r = Phrases.withoutRelation(role.strip());
    if (this.role.isEmpty()) this.role = r;
    addDescription(r);
    learnGenderFrom(this.role);
  }

  /** Anything else the article says about who they are ("chairs the flood group", "biologist"). */
  void addDescription(String text) {
    if (text != null && !text.isBlank()) descriptions.add(Phrases.withoutRelation(text.strip()));
  }

  /** Everything the article says about who they are, role first, in reading order. */
  List<String> descriptions() {
    List<String> out = new ArrayList<>();
    for (String d : descriptions) {
      if (!d.isEmpty()) out.add(d);
    }
    return out;
  }

  Gender gender() {
    return gender;
  }

  void learnGender(Gender g) {
    if (g == Gender.UNKNOWN || gender != Gender.UNKNOWN && !genderGuessed) return;
    gender = g;
    genderGuessed = false;
  }

  /**
   * Takes the gender of a pronoun that was read as this person ("Whitlock said he was not hurt"): a
   * guess, since the pronoun may mean someone else the clause is about; a title or role word
   * overrides it.
   */
  void guessGender(Gender g) {
    if (gender == Gender.UNKNOWN && g != Gender.UNKNOWN) {
      gender = g;
      genderGuessed = true;
    }
  }

  /** Whether the gender was only guessed from a pronoun. */
  boolean genderGuessed() {
    return genderGuessed;
  }

  /** Learns gender from gendered words in a title or role ("spokeswoman", "Mr.", "wife"). */
  void learnGenderFrom(String words) {
    Gender g = genderOf(words);
    if (g != Gender.UNKNOWN) learnGender(g);
  }

  /**
   * The gender the first gendered word of a title or role tells, or UNKNOWN. A word in a clause
   * after "whose" or "who", or after a possessive inside the role, is someone else's ("whose son is
   * a sophomore", "runs the shop her father opened"); "her brother-in-law", opening the role, is
   * the person's own. A possessor's noun is someone else's too ("the chairman's sister" is a
   * woman).
   */
  static Gender genderOf(String words) {
    boolean someoneElse = false;
    boolean first = true;
    String own = POSSESSOR.matcher(words.toLowerCase(Locale.ROOT)).replaceAll(" ");
    for (String w : own.split("[^\\p{L}]+")) {
      if (w.isEmpty()) continue;
      // "her brother-in-law" is the person; "runs the shop her father opened" is someone else
      if (OTHERS.contains(w) || !first && POSSESSIVES.contains(w)) someoneElse = true;
      first = false;
      if (someoneElse) continue;
      if (NewsLexicon.FEMALE_NOUNS.contains(w)) return Gender.FEMALE;
      if (NewsLexicon.MALE_NOUNS.contains(w)) return Gender.MALE;
    }
    return Gender.UNKNOWN;
  }

  private static final java.util.Set<String> OTHERS = java.util.Set.of("whose", "who");

  /** A noun with a possessive ending: "chairman's", "mayor’s". */
  private static final java.util.regex.Pattern POSSESSOR =
      java.util.regex.Pattern.compile("\\p{L}+['’]s\\b");

  private static final java.util.Set<String> POSSESSIVES = java.util.Set.of("his", "her", "their");

  boolean compatibleWith(Gender g) {
    return gender == Gender.UNKNOWN || gender == g;
  }

  void mentionedIn(int paragraph) {
    paragraphs.add(paragraph);
  }

  List<Integer> paragraphs() {
    return List.copyOf(paragraphs);
  }

  /** True for the full name or an alias, ignoring case. */
  boolean hasName(String full) {
    if (name.equalsIgnoreCase(full)) return true;
    for (String a : aliases) {
      if (a.equalsIgnoreCase(full)) return true;
    }
    return false;
  }

  /**
   * True when a single word can refer to this person: the first or last word of the full name or of
   * a full alias. Covers family-name-first ("Han" for Han Jie) and given-name-first ("Lim" for Ana
   * Lim) names alike.
   */
  boolean answersTo(String word) {
    for (String full : fullNames()) {
      String[] parts = full.split(" ");
      if (parts[0].equalsIgnoreCase(word) || parts[parts.length - 1].equalsIgnoreCase(word)) {
        return true;
      }
    }
    return false;
  }

  /** The full name and every alias of two or more words. */
  List<String> fullNames() {
    List<String> out = new ArrayList<>();
    out.add(name);
    for (String a : aliases) {
      if (a.contains(" ") && !startsWithTitle(a)) out.add(a);
    }
    return out;
  }

  private static boolean startsWithTitle(String alias) {
    return NewsLexicon.isTitle(alias.split(" ")[0]);
  }

  @Override
  public String toString() {
    return name;
  }
}
