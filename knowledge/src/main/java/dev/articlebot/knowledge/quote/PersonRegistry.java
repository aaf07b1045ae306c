package dev.articlebot.knowledge.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * The people of one article. A run of two or more capitalised words is a person when the text
 * treats it as one: a title or role noun before it ("President", "spokesperson"), an appositive or
 * relative clause after it (", a professor", ", who"), a parenthesised other name ("(Victor Gao)"),
 * or a speech verb or attribution around it ("Da Wei, ..., argued", "According to Shen Yi", "“…,”
 * said Wang Tao"). A single word with a title ("Mayor Whitfield") is a person when no full name
 * accounts for it. Places, organisations and dates are ruled out by their words.
 */
final class PersonRegistry {

  private final List<Person> people = new ArrayList<>();

  /** Finds the people in an article's paragraphs. */
  static PersonRegistry discover(List<ParagraphTokens> paragraphs, NameSpotter spotter) {
    PersonRegistry registry = new PersonRegistry();
    for (ParagraphTokens p : paragraphs) {
      for (NameSequence seq : spotter.find(p)) {
        if (seq.words().size() >= 2 && seq.couldBePerson() && isTreatedAsPerson(p, seq)) {
          registry.register(p, seq);
        }
      }
    }
    for (ParagraphTokens p : paragraphs) {
      for (NameSequence seq : spotter.find(p)) {
        if (seq.words().size() == 1
            && !seq.title().isEmpty()
            && seq.couldBePerson()
            && registry.answering(seq.name()).isEmpty()) {
          registry.register(p, seq);
        }
      }
    }
    return registry;
  }

  List<Person> people() {
    return List.copyOf(people);
  }

  /** The person with this full name or alias, or null. */
  Person named(String full) {
    for (Person person : people) {
      if (person.hasName(full)) return person;
    }
    return null;
  }

  /** Everyone a single word ("Wu", "Trump", "Li") can refer to. */
  List<Person> answering(String word) {
    List<Person> out = new ArrayList<>();
    for (Person person : people) {
      if (person.answersTo(word) || person.hasName(word)) out.add(person);
    }
    return out;
  }

  private void register(ParagraphTokens p, NameSequence seq) {
    Person person = named(seq.name());
    if (person == null) {
      person = new Person(seq.name());
      people.add(person);
    }
    int after = seq.end();
    if (p.punctAt(after, '(')) {
      StringBuilder alias = new StringBuilder();
      int k = after + 1;
      while (p.at(k) != null && p.at(k).capitalized()) {
        if (alias.length() > 0) alias.append(' ');
        alias.append(p.at(k).text());
        k++;
      }
      if (p.punctAt(k, ')') && alias.length() > 0 && named(alias.toString()) == null) {
        person.addAlias(alias.toString());
        after = k + 1;
      }
    }
    String before = Phrases.roleBefore(p, seq);
    Phrases.Appositive appositive = Phrases.appositive(p, after);
    String role = before;
    if (appositive != null)
      role = role.isEmpty() ? appositive.text() : role + ", " + appositive.text();
    person.describe(role);
    person.learnGenderFrom(String.join(" ", seq.titles()));
  }

  private static boolean isTreatedAsPerson(ParagraphTokens p, NameSequence seq) {
    if (!seq.title().isEmpty()) return true;
    int b = seq.first() - 1;
    Token before = p.at(b);
    if (before != null && before.isWord() && NewsLexicon.isRoleNoun(before.text())) return true;
    if (p.punctAt(b, ',')
        && p.at(b - 1) != null
        && p.at(b - 1).isWord()
        && NewsLexicon.isRoleNoun(p.at(b - 1).text())) {
      return true;
    }
    int after = seq.end();
    if (p.punctAt(after, '(') && p.at(after + 1) != null && p.at(after + 1).capitalized()) {
      return true;
    }
    if (p.punctAt(after, ',') && p.wordAt(after + 1, "who")) return true;
    if (Phrases.appositive(p, after) != null) return true;
    if (p.wordAt(b, "to") && p.wordAt(b - 1, "according")) return true;
    if (before != null && before.isQuote()) return true;
    if (p.punctAt(b, ',') && p.at(b - 1) != null && p.at(b - 1).isQuote()) return true;
    if (Phrases.isSpeechVerb(p, b)
        && p.at(b - 1) != null
        && (p.at(b - 1).isQuote() || p.punctAt(b - 1, ','))) {
      return true;
    }
    return speechVerbFollows(p, after);
  }

  /** "NAME said", "NAME has repeatedly said", "NAME, a professor at ..., argued". */
  private static boolean speechVerbFollows(ParagraphTokens p, int after) {
    if (!p.punctAt(after, ',')) return Phrases.isSpeechVerb(p, Phrases.skipAdverbs(p, after));
    int sentence = p.get(after).sentence();
    for (int k = after; k < p.size() && k < after + 45; k++) {
      Token t = p.get(k);
      if (t.isQuote() || t.sentence() != sentence) return false;
      if (t.isPunct(',') && Phrases.isSpeechVerb(p, Phrases.skipAdverbs(p, k + 1))) return true;
    }
    return false;
  }
}
