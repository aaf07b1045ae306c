package dev.articlebot.knowledge.answer;

import dev.articlebot.knowledge.index.PassageIndex;
import dev.articlebot.knowledge.index.TextAnalysis;
import dev.articlebot.knowledge.quote.QuoteBook;
import dev.articlebot.knowledge.quote.QuoteLookup;
import dev.articlebot.knowledge.quote.Speaker;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a question asks of someone the articles write about, for {@link AnswerCheck}: whether the
 * article could say it at all. It reports what people said and did in the story ("what did Wu Xinbo
 * say about the G2?"), not their lives ("how tall is Trump?"), and not their views on what they are
 * never near ("Wu Xinbo's view on Taiwan").
 */
final class PersonQuestions {
  /** An auxiliary asking what someone did, or a word for what they said. */
  private static final Pattern DEEDS_OR_WORDS =
      Pattern.compile(
          "\\b(?:did|does|do|has|have|had|say|says|said|saying|tell|told|comment|comments"
              + "|remark|remarks|words|quote|quotes|quoted|statement|statements)\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private final TextAnalysis analysis;
  private final ArticleVocabulary vocabulary;
  private final PassageIndex index;
  private final HybridRetriever.NamedPeople people;
  private final Set<String> nameHeads;
  private final QuoteBook quotes;

  /** The terms of the names of everyone the articles name. */
  private final Set<String> nameTerms;

  /**
   * @param people finds the passages about the people a text names
   * @param nameHeads words that begin a name in the articles ("Taiwan", "South"), in lower case
   */
  PersonQuestions(
      TextAnalysis analysis,
      ArticleVocabulary vocabulary,
      PassageIndex index,
      QuoteBook quotes,
      HybridRetriever.NamedPeople people,
      Set<String> nameHeads) {
    this.analysis = analysis;
    this.vocabulary = vocabulary;
    this.index = index;
    this.people = people;
    this.nameHeads = Set.copyOf(nameHeads);
    this.quotes = quotes;
    Set<String> names = new HashSet<>();
    for (Speaker person : quotes.everyone()) {
      for (String name : person.allNames()) names.addAll(analysis.terms(name));
    }
    this.nameTerms = Set.copyOf(names);
  }

  /** Whether the question names someone the articles write about. */
  boolean namesSomeone(String question) {
    return !people.passagesAboutPeopleNamedIn(question).isEmpty();
  }

  /**
   * Whether a question naming someone asks about them rather than about the story: "how tall is
   * Trump?", "is Shen Yi married?", "what's Hegseth's favorite movie?". It asks nothing they did
   * ("what did Hegseth promise?") or said ("what show was Gao on when he said that?"), and none of
   * its words ({@code terms}) but the names and the {@code known} ones are the articles'.
   */
  boolean asksAboutTheirLife(String question, List<String> terms, Set<String> known) {
    if (DEEDS_OR_WORDS.matcher(question).find()) return false;
    List<String> rest =
        terms.stream()
            .distinct()
            .filter(t -> !nameTerms.contains(t) && !known.contains(t))
            .toList();
    return !rest.isEmpty() && rest.stream().noneMatch(vocabulary::knows);
  }

  /**
   * Whether the passages about {@code who} use every name in {@code topic} ("Taiwan", "the South
   * China Sea") other than their own. Names, not other words: the article may put a subject in
   * other words than the reader ("a vicious cycle" for "a tit-for-tat spiral"), but not a place.
   * True when no passage is about anyone {@code who} names or the quote book finds by it.
   */
  boolean namesAllAmongTheirs(String topic, String who) {
    Set<Integer> theirs = people.passagesAboutPeopleNamedIn(who);
    if (theirs.isEmpty() && quotes.lookup(who) instanceof QuoteLookup.Found found) {
      theirs = people.passagesAboutPeopleNamedIn(found.speaker().name()); // "Thornton": Thorton
    }
    if (theirs.isEmpty()) return true;
    Set<String> own = new HashSet<>(analysis.termSet(who));
    for (int id : theirs) own.addAll(index.terms(id));
    Matcher m = WORD.matcher(topic);
    while (m.find()) {
      if (!nameHeads.contains(m.group().toLowerCase(Locale.ROOT))) continue;
      List<String> term = analysis.terms(m.group());
      if (!term.isEmpty() && !own.contains(term.get(0))) return false;
    }
    return true;
  }
}
