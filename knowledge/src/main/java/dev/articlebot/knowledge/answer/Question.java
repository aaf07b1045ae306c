package dev.articlebot.knowledge.answer;

import dev.articlebot.knowledge.index.Embedder;
import dev.articlebot.knowledge.quote.Speaker;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A question, read once by {@link QuestionReader} and handed to every stage of the answer pipeline:
 * retrieval, ranking, the decision to answer and the composing of the reply all read the same facts
 * about it.
 *
 * @param asked what was typed, after the length cap
 * @param text {@code asked} cleaned of chat markup, mentions and links
 * @param searched {@code text} with the acronyms the articles spell out spelled out ("MAGA"): what
 *     retrieval reads
 * @param truncated whether the question was cut to the length cap
 * @param wh the kind of question by its question word
 * @param detail the kind of detail it asks for ("how long…?" asks for a duration)
 * @param terms its search terms (stemmed, question words left out), each once
 * @param names the words it capitalises inside a sentence or writes in capitals, lower case: names
 * @param numbers the figures it uses, digits only ("1,200" is "1200")
 * @param negated whether it asks about something not done or not so ("never", "not", "n't")
 * @param quoted phrases it puts in quotation marks, at least two words long, lower case
 * @param person the person it asks about, resolved against the quote book, if any
 * @param personWords the words that named the person asked about ("the union boss"), or "" when it
 *     asks about no one; set even when the articles know no one by those words
 * @param personQuoted whether the articles quote that person
 * @param asksTheirWords whether it asks what that person said or thought, not what they did
 * @param intent what it asks for: the article itself, a person, or a fact of the story
 * @param encoding its embedding and word pieces, from one pass of the model, made on first use (a
 *     question routed elsewhere is never embedded)
 */
public record Question(
    String asked,
    String text,
    String searched,
    boolean truncated,
    Wh wh,
    AnswerType detail,
    List<String> terms,
    Set<String> names,
    Set<String> numbers,
    boolean negated,
    List<String> quoted,
    Optional<Speaker> person,
    String personWords,
    boolean personQuoted,
    boolean asksTheirWords,
    Intent intent,
    java.util.function.Supplier<Embedder.Encoded> encoding) {

  public Question {
    terms = List.copyOf(terms);
    names = Set.copyOf(names);
    numbers = Set.copyOf(numbers);
    quoted = List.copyOf(quoted);
  }

  /** Its embedding and word pieces. */
  public Embedder.Encoded encoded() {
    return encoding.get();
  }

  /** Whether it asks about a person ("what did X say about…"), known to the articles or not. */
  public boolean asksSomeone() {
    return !personWords.isEmpty();
  }

  /** Whether it holds no letter or digit at all ("😂😂", "?!"). */
  public boolean isEmpty() {
    return text.codePoints().noneMatch(Character::isLetterOrDigit);
  }

  /** The question word that sets what kind of answer is wanted. */
  public enum Wh {
    WHO,
    WHEN,
    WHERE,
    WHY,
    HOW_MANY,
    HOW_MUCH,
    HOW,
    WHICH,
    WHAT,
    /** A yes/no question or a request without a question word. */
    OTHER
  }

  /** What a question asks for. */
  public enum Intent {
    /** A fact of the story: answered from the passages. */
    STORY,
    /** The article itself: who wrote it, when, its title, what it is about. */
    ARTICLE,
    /** Who a person is ("who is Wu Xinbo?", "what's Shen Yi's job?"). */
    WHO_IS,
    /** What a person said, and nothing more ("what did Wu Xinbo say?"). */
    WORDS_OF
  }
}
