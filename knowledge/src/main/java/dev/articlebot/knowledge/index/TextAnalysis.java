package dev.articlebot.knowledge.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Turns text into search terms: Lucene's English analysis (possessives, lower case, Porter stems)
 * with a stop list that also drops the words every question has ("what", "did", "say", "about").
 * "US" and "U.S." become "usa" first, so the country is not lost as the pronoun "us".
 */
public final class TextAnalysis {

  private static final Pattern US = Pattern.compile("\\bU\\.S\\.(?=\\W|$)|\\bUS\\b|\\bUSA\\b");
  private static final Pattern UK = Pattern.compile("\\bU\\.K\\.(?=\\W|$)|\\bUK\\b");

  /** Words that carry no topic of their own in a question about an article. */
  static final List<String> QUESTION_WORDS =
      List.of(
          "what",
          "whats",
          "which",
          "who",
          "whom",
          "whose",
          "when",
          "where",
          "why",
          "how",
          "do",
          "does",
          "did",
          "done",
          "doing",
          "am",
          "been",
          "being",
          "have",
          "has",
          "had",
          "can",
          "could",
          "would",
          "should",
          "shall",
          "may",
          "might",
          "must",
          "i",
          "me",
          "my",
          "you",
          "your",
          "we",
          "our",
          "us",
          "he",
          "she",
          "him",
          "her",
          "his",
          "hers",
          "its",
          "it's",
          "them",
          "those",
          "about",
          "tell",
          "say",
          "said",
          "says",
          "saying",
          "think",
          "thinks",
          "according",
          "article",
          "articles",
          "story",
          "piece",
          "text",
          "mention",
          "mentioned",
          "mentions",
          "talk",
          "talked",
          "talking",
          "anything",
          "something",
          "also",
          "any",
          "some",
          "very",
          "really",
          "please",
          "bot",
          "hey",
          "hi",
          "hello",
          "so",
          "just",
          "get",
          "got",
          "know",
          "explain",
          "describe",
          "give",
          "happen",
          "happened",
          "happens",
          "kind",
          "sort",
          "thing",
          "things",
          "one",
          "ones",
          "other",
          "others",
          "lot",
          "lots",
          "way",
          "ways",
          "like",
          "than",
          "from",
          "up",
          "out",
          "over",
          "after",
          "before",
          "during",
          "all",
          "each",
          "both",
          "only",
          "own",
          "same",
          "too",
          "can't",
          "don't",
          "doesn't",
          "didn't",
          "isn't",
          "wasn't",
          "aren't",
          "weren't",
          "there's",
          "here",
          "now",
          "then",
          "exactly",
          "actually",
          "basically",
          "briefly",
          "quick",
          "quickly",
          "summary",
          "summarize",
          "mean",
          "means",
          "meant",
          "wat",
          "whos",
          "wut");

  private final Analyzer analyzer;

  public TextAnalysis() {
    CharArraySet stop = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
    stop.addAll(QUESTION_WORDS);
    this.analyzer = new EnglishAnalyzer(stop);
  }

  /** The analyzer used for the lexical index, so index and queries agree. */
  public Analyzer analyzer() {
    return analyzer;
  }

  /** Rewrites country abbreviations before analysis. */
  public static String prepare(String text) {
    // Both names begin with a capital U: a text without one has nothing to replace.
    if (text.indexOf('U') < 0) return text;
    return UK.matcher(US.matcher(text).replaceAll("usa")).replaceAll("uk");
  }

  /** Stemmed terms in order, repeats kept. */
  public List<String> terms(String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("text", prepare(text))) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) out.add(term.toString());
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Distinct stemmed terms, in order of first appearance. */
  public Set<String> termSet(String text) {
    return new LinkedHashSet<>(terms(text));
  }
}
