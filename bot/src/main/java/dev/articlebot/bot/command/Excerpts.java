package dev.articlebot.bot.command;

import dev.articlebot.bot.reply.Part;
import dev.articlebot.knowledge.index.TextAnalysis;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short excerpts of cited sentences: at most {@link #MAX_WORDS} of their words, the run that holds
 * the most words of the question, cut with "…"; the words the question asks about are marked. Words
 * are compared as the index compares them (Lucene's English analysis: stems, no stop words).
 */
final class Excerpts {
  /** An excerpt shows at most this many words of the text. */
  static final int MAX_WORDS = 20;

  private static final Pattern WORD = Pattern.compile("\\S+");

  /** Punctuation after a word that stays outside its mark ("talks," marks "talks"). */
  private static final Pattern TRAILING = Pattern.compile("[\\p{Punct}”’»…]+$");

  private final TextAnalysis analysis;

  Excerpts(TextAnalysis analysis) {
    this.analysis = analysis;
  }

  /** The terms of {@code question} that marks are made of. */
  Set<String> terms(String question) {
    return Collections.unmodifiableSet(analysis.termSet(question));
  }

  /** An excerpt of {@code text} with the words sharing a term with {@code terms} marked. */
  Part.Excerpt of(String text, Set<String> terms) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) words.add(m.group());
    if (words.isEmpty()) return Part.Excerpt.plain(text);
    boolean[] marked = new boolean[words.size()];
    for (int i = 0; i < words.size(); i++) {
      marked[i] = !terms.isEmpty() && !Collections.disjoint(analysis.terms(words.get(i)), terms);
    }
    int from = bestWindow(marked);
    int to = Math.min(words.size(), from + MAX_WORDS);
    Spans spans = new Spans();
    if (from > 0) spans.add("… ", false);
    for (int i = from; i < to; i++) {
      if (i > from) spans.add(" ", marked[i] && spans.endsMarked());
      String w = words.get(i);
      if (!marked[i]) {
        spans.add(w, false);
        continue;
      }
      Matcher tail = TRAILING.matcher(w);
      int cut = tail.find() && tail.start() > 0 ? tail.start() : w.length();
      spans.add(w.substring(0, cut), true);
      if (cut < w.length()) spans.add(w.substring(cut), false);
    }
    if (to < words.size()) spans.add(" …", false);
    return new Part.Excerpt(spans.spans);
  }

  /** Where the run of at most MAX_WORDS words with the most marked words starts (the first). */
  private static int bestWindow(boolean[] marked) {
    if (marked.length <= MAX_WORDS) return 0;
    int count = 0;
    for (int i = 0; i < MAX_WORDS; i++) if (marked[i]) count++;
    int best = 0;
    int bestCount = count;
    for (int start = 1; start + MAX_WORDS <= marked.length; start++) {
      if (marked[start - 1]) count--;
      if (marked[start + MAX_WORDS - 1]) count++;
      if (count > bestCount) {
        best = start;
        bestCount = count;
      }
    }
    return best;
  }

  /** Spans being built: neighbours with the same mark merge. */
  private static final class Spans {
    final List<Part.Span> spans = new ArrayList<>();

    boolean endsMarked() {
      return !spans.isEmpty() && spans.get(spans.size() - 1).marked();
    }

    void add(String text, boolean marked) {
      if (text.isEmpty()) return;
      int last = spans.size() - 1;
      if (last >= 0 && spans.get(last).marked() == marked) {
        spans.set(last, new Part.Span(spans.get(last).text() + text, marked));
      } else {
        spans.add(new Part.Span(text, marked));
      }
    }
  }
}
