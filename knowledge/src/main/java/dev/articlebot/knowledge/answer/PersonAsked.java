package dev.articlebot.knowledge.answer;

import dev.articlebot.knowledge.lexicon.NewsLexicon;
import dev.articlebot.knowledge.quote.QuoteBook;
import dev.articlebot.knowledge.quote.QuoteLookup;
import dev.articlebot.knowledge.quote.Speaker;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the person a question asks about, by the shapes readers ask in, and looks them up in the
 * quote book once: "who is X?" and "what's X's job?" ({@link Question.Intent#WHO_IS}), "what did X
 * say?" and nothing more ({@link Question.Intent#WORDS_OF}), and questions about what X said,
 * thought or did about something ("what did X say about Y?", "according to X, …", "X's view on Y",
 * "did X mention Y?", "how did X react?"), which stay story questions with a person.
 */
final class PersonAsked implements QuestionReader.People {

  /**
   * Verbs of saying, thinking, reacting and discussing a question may ask about someone with, from
   * the lexicon, longest first, as one regular-expression alternation.
   */
  static final String SPEECH = speech();

  private static String speech() {
    java.util.Set<String> all = new java.util.HashSet<>(NewsLexicon.SPEECH_VERBS);
    all.addAll(NewsLexicon.OPINION_VERBS);
    all.addAll(NewsLexicon.REACTION_VERBS);
    all.addAll(NewsLexicon.DISCUSSION_VERBS);
    all.addAll(List.of("make of", "bring up", "brought up", "call for", "have to say"));
    return all.stream()
        .sorted(java.util.Comparator.comparingInt(String::length).reversed())
        .map(Pattern::quote)
        .collect(java.util.stream.Collectors.joining("|"));
  }

  private static final String AUX = "did|does|do|has|have|had|would|will|is|was|could|can";

  private static final Pattern WHO_IS =
      Pattern.compile(
          "^(?:who\\s+(?:is|was)|who's|whos|who’s)\\s+(.+?)(?:\\s+and\\s+.*)?\\s*[?.!]*$"
              + "|^(.+?)\\s*[-–—:,?]+\\s*(?:who\\s+(?:is|was)|who's|whos|who’s)\\s+"
              + "(?:that|this|he|she|they|them|him|her)\\s*[?.!]*$"
              + "|^what(?:\\s+is|\\s+was|'s|’s|s)\\s+(.+?)['’]s?\\s+(?:job|job title|role|title"
              + "|position|occupation|profession|background|affiliation)\\s*[?.!]*$"
              + "|^what\\s+(?:does|did)\\s+(.+?)\\s+do(?:\\s+for\\s+a\\s+living)?\\s*[?.!]*$",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern WORDS_OF =
      Pattern.compile(
          "^(?:so\\s+|and\\s+)?what\\s+(?:else\\s+)?(?:"
              + AUX
              + ")\\s+(.+?)\\s+(?:say|said|think|tell us|have to say|argue|write)\\s*[?.!]*$",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern ABOUT =
      Pattern.compile(
          "\\baccording to\\s+([^,;:?!]+)"
              + "|\\b(?:what|how|why|when|where)\\s+(?:"
              + AUX
              + ")\\s+(.+?)\\s+(?:"
              + SPEECH
              + ")\\b"
              + "|\\b(?:did|does|has|have|had)\\s+(.+?)\\s+(?:"
              + SPEECH
              + ")\\b"
              + "|(?:^|\\bwhat(?:'s|’s| is| was| are| were)\\s+)(?:the\\s+)?([\\p{L}\\p{N} .-]{2,40}?)"
              + "['’]s?\\s+(?:take|view|views|position|stance|opinion|thoughts|reaction|response"
              + "|argument|point|message|warning|prediction)\\b",
          Pattern.CASE_INSENSITIVE);

  /** Words a name may end with that are not part of it ("Wu Xinbo himself"). */
  private static final Pattern TRAILING =
      Pattern.compile("(?i)\\s+(?:himself|herself|themselves|personally|really|actually|exactly)$");

  private final QuoteBook quotes;

  PersonAsked(QuoteBook quotes) {
    this.quotes = quotes;
  }

  @Override
  public Optional<Named> personIn(String question) {
    String q = question.strip();
    Matcher who = WHO_IS.matcher(q);
    if (who.matches()) {
      // "who's paying for all this?" asks who, not about someone: only a name the quote book
      // knows makes it a question about a person.
      return named(first(who), Question.Intent.WHO_IS, false).filter(n -> n.speaker().isPresent());
    }
    Matcher words = WORDS_OF.matcher(q);
    if (words.matches()) return named(words.group(1), Question.Intent.WORDS_OF, true);
    Matcher about = ABOUT.matcher(q);
    if (about.find()) {
      boolean theirWords =
          about.group(2) != null || about.group(3) != null || about.group(4) != null;
      return named(first(about), Question.Intent.STORY, theirWords && asksWords(about.group()));
    }
    return Optional.empty();
  }

  private static String first(Matcher m) {
    for (int g = 1; g <= m.groupCount(); g++) if (m.group(g) != null) return m.group(g);
    return "";
  }

  /**
   * The person {@code words} name, looked up: found among the quoted or the only-named; or, for
   * words that name nobody the articles know, a person left empty with the words kept.
   */
  /** Whether the matched words ask what someone said or thought, not what they did or how. */
  private static boolean asksWords(String matched) {
    String m = matched.toLowerCase(java.util.Locale.ROOT);
    for (String w : m.split("[^\\p{L}]+")) {
      if (NewsLexicon.REACTION_VERBS.contains(w)) return false;
    }
    return true;
  }

  private Optional<Named> named(String words, Question.Intent intent, boolean theirWords) {
    String w = TRAILING.matcher(words.strip()).replaceAll("").strip();
    if (w.isEmpty() || w.split("\\s+").length > 6 || PRONOUN.matcher(w).matches()) {
      return Optional.empty();
    }
    QuoteLookup found = quotes.lookup(w);
    if (found instanceof QuoteLookup.Found f && !qualifiersFit(w, f.speaker())) {
      return Optional.of(new Named(Optional.empty(), w, false, intent, theirWords));
    }
    if (found instanceof QuoteLookup.Found f) {
      return Optional.of(new Named(Optional.of(f.speaker()), w, true, intent, theirWords));
    }
    if (found instanceof QuoteLookup.Ambiguous a) {
      return Optional.of(
          new Named(Optional.of(a.candidates().get(0)), w, true, intent, theirWords));
    }
    Optional<Speaker> named = quotes.namedButNotQuoted(w);
    if (named.isPresent()) return Optional.of(new Named(named, w, false, intent, theirWords));
    return Optional.of(new Named(Optional.empty(), w, false, intent, theirWords));
  }

  /**
   * Whether every name the words give beside a title fits the person the quote book found: "South
   * Korea's president" is not the Chinese president the article quotes, though both are presidents.
   * A name fits when a word of the person's names, role or descriptions begins the same way
   * ("China" and "Chinese").
   */
  private static boolean qualifiersFit(String words, Speaker s) {
    java.util.Set<String> theirs = new java.util.HashSet<>();
    List<String> about = new java.util.ArrayList<>(s.allNames());
    about.add(s.role());
    about.addAll(s.descriptions());
    for (String a : about) {
      for (String w : a.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
        if (!w.isEmpty()) theirs.add(w);
      }
    }
    Matcher m = CAPITALISED.matcher(words);
    while (m.find()) {
      String w = m.group().toLowerCase(java.util.Locale.ROOT);
      if (NewsLexicon.isTitle(m.group()) || NewsLexicon.FUNCTION_WORDS.contains(w)) continue;
      if (theirs.stream().noneMatch(t -> t.equals(w) || sharedStart(t, w) >= 4)) return false;
    }
    return true;
  }

  private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}\\p{N}]*");

  private static int sharedStart(String a, String b) {
    int n = Math.min(a.length(), b.length());
    int i = 0;
    while (i < n && a.charAt(i) == b.charAt(i)) i++;
    return i;
  }

  /** Words that stand for someone without naming them: the question asks about no one known. */
  private static final Pattern PRONOUN =
      Pattern.compile(
          "(?i)(?:he|she|they|it|this|that|these|those|you|i|we|people|anyone|someone|everyone"
              + "|the article|this article|the story|the author|the writer|it all|they all)");

  /** Every name and alias of the people the quote book knows, for matching. */
  static List<String> names(Speaker s) {
    return s.allNames();
  }
}
