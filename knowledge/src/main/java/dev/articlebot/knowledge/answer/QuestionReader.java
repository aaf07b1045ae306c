package dev.articlebot.knowledge.answer;

import dev.articlebot.knowledge.index.Embedder;
import dev.articlebot.knowledge.index.TextAnalysis;
import dev.articlebot.knowledge.quote.Speaker;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a question once into a {@link Question}: see there for what it holds. */
public final class QuestionReader {

  private static final Pattern QUOTED =
      Pattern.compile(
          "[“\"]([^“”\"]{3,120})[”\"]"
              + "|(?<![\\p{L}\\p{N}])['‘]([^'‘’]{3,120})['’](?![\\p{L}\\p{N}])");

  /** A word written with a capital: a name when it does not open the sentence. */
  private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}\\p{N}'’.-]*");

  private static final Pattern FIGURE = Pattern.compile("\\d[\\d,.]*\\d|\\d");

  /** A word of the lexicon's negations, or "n't". */
  private static final Pattern NEGATION =
      Pattern.compile(
          "\\b(?:"
              + String.join("|", dev.articlebot.knowledge.lexicon.NewsLexicon.NEGATIONS)
              + ")\\b|n['’]t\\b",
          Pattern.CASE_INSENSITIVE);

  /** Whether {@code text} negates something ("not", "never", "n't"). */
  static boolean negates(String text) {
    return NEGATION.matcher(text).find();
  }

  private final QuestionText cleaner;
  private final Acronyms acronyms;
  private final TextAnalysis analysis;
  private final Embedder embedder;
  private final Set<String> personNames;
  private final People people;

  /** Finds the person a question asks about, and the words that named them. */
  @FunctionalInterface
  interface People {
    People NONE = q -> Optional.empty();

    Optional<Named> personIn(String question);

    /**
     * The person a question asks about.
     *
     * @param speaker who they are, when the articles name them
     * @param words the words of the question that named them
     * @param quoted whether the articles quote them
     * @param intent what the question asks of them
     * @param theirWords whether it asks what they said or thought (not what they did)
     */
    record Named(
        Optional<Speaker> speaker,
        String words,
        boolean quoted,
        Question.Intent intent,
        boolean theirWords) {}
  }

  QuestionReader(
      QuestionText cleaner,
      Acronyms acronyms,
      TextAnalysis analysis,
      Embedder embedder,
      Set<String> personNames,
      People people) {
    this.cleaner = cleaner;
    this.acronyms = acronyms;
    this.analysis = analysis;
    this.embedder = embedder;
    this.personNames = Set.copyOf(personNames);
    this.people = people;
  }

  public Question read(String raw) {
    QuestionText.Cleaned cleaned = cleaner.clean(raw);
    String text = cleaned.text();
    String searched = acronyms.spelledOut(text);
    String lower = searched.toLowerCase(Locale.ROOT).replace('’', '\'');
    Optional<People.Named> named = text.isEmpty() ? Optional.empty() : people.personIn(text);
    return new Question(
        text,
        text,
        searched,
        cleaned.truncated(),
        wh(lower),
        AnswerType.of(searched, personNames),
        List.copyOf(analysis.termSet(searched)),
        names(searched),
        numbers(searched),
        negates(lower),
        quoted(searched),
        named.flatMap(People.Named::speaker),
        named.map(People.Named::words).orElse(""),
        named.map(People.Named::quoted).orElse(false),
        named.map(People.Named::theirWords).orElse(false),
        named.map(People.Named::intent).orElse(Question.Intent.STORY),
        once(() -> text.isEmpty() ? EMPTY : embedder.encode(searched)));
  }

  private static final Embedder.Encoded EMPTY =
      new Embedder.Encoded(new float[0], dev.articlebot.knowledge.index.TokenVectors.NONE);

  /** {@code supplier}'s value, computed once, on first use, by whichever thread asks first. */
  private static <T> java.util.function.Supplier<T> once(java.util.function.Supplier<T> supplier) {
    return new java.util.function.Supplier<>() {
      private volatile T value;

      @Override
      public T get() {
        T v = value;
        if (v == null) {
          synchronized (this) {
            v = value;
            if (v == null) value = v = supplier.get();
          }
        }
        return v;
      }
    };
  }

  /** The question word that sets the kind of answer, by the first one the question uses. */
  static Question.Wh wh(String lower) {
    Matcher m =
        Pattern.compile("\\b(how many|how much|who|whom|whose|when|where|why|how|which|what)\\b")
            .matcher(lower);
    if (!m.find()) return Question.Wh.OTHER;
    return switch (m.group(1)) {
      case "how many" -> Question.Wh.HOW_MANY;
      case "how much" -> Question.Wh.HOW_MUCH;
      case "who", "whom", "whose" -> Question.Wh.WHO;
      case "when" -> Question.Wh.WHEN;
      case "where" -> Question.Wh.WHERE;
      case "why" -> Question.Wh.WHY;
      case "how" -> Question.Wh.HOW;
      case "which" -> Question.Wh.WHICH;
      default -> Question.Wh.WHAT;
    };
  }

  /** Words capitalised after the first word of the question, or written in capitals. */
  static Set<String> names(String text) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = CAPITALISED.matcher(text);
    boolean first = true;
    while (m.find()) {
      String w = m.group().replaceAll("['’]s?$|\\.$", "");
      boolean opens = first && text.substring(0, m.start()).isBlank();
      first = false;
      boolean capitals = w.length() >= 2 && w.equals(w.toUpperCase(Locale.ROOT));
      if ((!opens || capitals) && w.length() > 1 && !w.equals("I")) {
        out.add(w.toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  /**
   * The figures {@code text} uses, digits only ("1,200" is "1200"), numbers written as words
   * included ("two-year" holds 2).
   */
  static Set<String> numbers(String text) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = FIGURE.matcher(text);
    while (m.find()) out.add(m.group().replace(",", ""));
    Matcher w = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (w.find()) {
      String figure = dev.articlebot.knowledge.lexicon.NewsLexicon.NUMBER_WORDS.get(w.group());
      if (figure != null) out.add(figure);
    }
    return out;
  }

  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  /** Phrases in quotation marks, at least two words long, lower case. */
  static List<String> quoted(String question) {
    List<String> out = new ArrayList<>();
    Matcher m = QUOTED.matcher(question);
    while (m.find()) {
      String phrase = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
      if (phrase.split("\\s+").length >= 2) out.add(phrase.toLowerCase(Locale.ROOT));
    }
    return out;
  }
}
