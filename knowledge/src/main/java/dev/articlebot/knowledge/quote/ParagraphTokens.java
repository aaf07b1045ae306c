package dev.articlebot.knowledge.quote;

import dev.articlebot.knowledge.article.Paragraph;
import dev.articlebot.knowledge.article.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * A paragraph as a list of tokens in which each quoted passage is one {@link Token.Kind#QUOTE}
 * token, so that rules over the narrative never look inside quotations. Sentences are the
 * paragraph's sentences with the breaks that fall inside a quotation removed.
 */
final class ParagraphTokens {

  private final Paragraph paragraph;
  private final List<QuotedSpan> spans;
  private final List<Token> tokens;

  ParagraphTokens(Paragraph paragraph, List<QuotedSpan> spans) {
    this.paragraph = paragraph;
    this.spans = List.copyOf(spans);
    this.tokens = tokenize(paragraph, this.spans);
  }

  int number() {
    return paragraph.number();
  }

  String text() {
    return paragraph.text();
  }

  List<QuotedSpan> spans() {
    return spans;
  }

  List<Token> tokens() {
    return tokens;
  }

  int size() {
    return tokens.size();
  }

  Token get(int i) {
    return tokens.get(i);
  }

  /** The token at {@code i}, or null past either end. */
  Token at(int i) {
    return i >= 0 && i < tokens.size() ? tokens.get(i) : null;
  }

  boolean wordAt(int i, String word) {
    Token t = at(i);
    return t != null && t.is(word);
  }

  boolean punctAt(int i, char c) {
    Token t = at(i);
    return t != null && t.isPunct(c);
  }

  /** Index of the token for quoted passage {@code span}. */
  int tokenOfSpan(int span) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).span() == span) return i;
    }
    throw new IllegalArgumentException("no token for span " + span);
  }

  /** Index of the first token of the sentence that token {@code i} belongs to. */
  int sentenceStart(int i) {
    int s = tokens.get(i).sentence();
    int j = i;
    while (j > 0 && tokens.get(j - 1).sentence() == s) j--;
    return j;
  }

  /** Index after the last token of the sentence that token {@code i} belongs to. */
  int sentenceEnd(int i) {
    int s = tokens.get(i).sentence();
    int j = i;
    while (j < tokens.size() && tokens.get(j).sentence() == s) j++;
    return j;
  }

  /** Verbatim text from the start of token {@code from} to the end of token {@code to - 1}. */
  String text(int from, int to) {
    if (to <= from) return "";
    return paragraph.text().substring(tokens.get(from).start(), tokens.get(to - 1).end());
  }

  /** True when only white space separates token {@code i} from token {@code i + 1}. */
  boolean spacedFromNext(int i) {
    if (i + 1 >= tokens.size()) return false;
    int a = tokens.get(i).end();
    int b = tokens.get(i + 1).start();
    if (b <= a) return false;
    for (int k = a; k < b; k++) {
      if (!Character.isWhitespace(paragraph.text().charAt(k))) return false;
    }
    return true;
  }

  /** True when token {@code i + 1} follows token {@code i} with nothing in between. */
  boolean gluedToNext(int i) {
    return i + 1 < tokens.size() && tokens.get(i).end() == tokens.get(i + 1).start();
  }

  private static List<Token> tokenize(Paragraph paragraph, List<QuotedSpan> spans) {
    String text = paragraph.text();
    List<Integer> breaks = sentenceBreaks(paragraph, spans);
    List<Token> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    int span = 0;
    while (i < n) {
      if (span < spans.size() && i >= spans.get(span).open()) {
        QuotedSpan s = spans.get(span);
        out.add(token(Token.Kind.QUOTE, text, s.open(), s.end(), breaks, span));
        i = s.end();
        span++;
        continue;
      }
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i++;
        continue;
      }
      int limit = span < spans.size() ? spans.get(span).open() : n;
      if (Character.isLetterOrDigit(c)) {
        int j = i + 1;
        while (j < limit) {
          char d = text.charAt(j);
          if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
            j++;
          } else if ("’'-.&".indexOf(d) >= 0
              && j + 1 < limit
              && Character.isLetterOrDigit(text.charAt(j + 1))) {
            j += 2;
          } else {
            break;
          }
        }
        out.add(token(Token.Kind.WORD, text, i, j, breaks, -1));
        i = j;
      } else {
        out.add(token(Token.Kind.PUNCT, text, i, i + 1, breaks, -1));
        i++;
      }
    }
    return List.copyOf(out);
  }

  private static Token token(
      Token.Kind kind, String text, int start, int end, List<Integer> breaks, int span) {
    int sentence = 0;
    while (sentence < breaks.size() && breaks.get(sentence) <= start) sentence++;
    return new Token(kind, text.substring(start, end), start, end, sentence, span);
  }

  /** Offsets where a new sentence starts, leaving out those inside a quotation. */
  private static List<Integer> sentenceBreaks(Paragraph paragraph, List<QuotedSpan> spans) {
    List<Integer> breaks = new ArrayList<>();
    for (Sentence s : paragraph.sentences()) {
      if (s.index() == 0) continue;
      boolean inside = false;
      for (QuotedSpan q : spans) {
        if (q.open() < s.start() && s.start() < q.end()) inside = true;
      }
      if (!inside) breaks.add(s.start());
    }
    return breaks;
  }
}
