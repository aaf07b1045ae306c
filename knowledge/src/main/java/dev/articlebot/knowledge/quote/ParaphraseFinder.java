package dev.articlebot.knowledge.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds reported speech in a paragraph, sentence by sentence:
 *
 * <ul>
 *   <li>"According to X(, appositive), CLAUSE." and "CLAUSE, according to X.";
 *   <li>"X said (in an interview …) that CLAUSE", "…, reiterating that CLAUSE", and without "that"
 *       after said-like verbs: "She said the plan would …";
 *   <li>"CLAUSE, X said(, …)."
 * </ul>
 *
 * The speaker must be a person. A clause that opens with a quotation, or is mostly quotation, is
 * left to the quotation ("Trump said that “it is important …”").
 */
final class ParaphraseFinder {

  List<ReportedSpeech> find(AnnotatedParagraph ap) {
    ParagraphTokens p = ap.tokens();
    List<ReportedSpeech> out = new ArrayList<>();
    int start = 0;
    while (start < p.size()) {
      int end = p.sentenceEnd(start);
      int last = end;
      while (last > start && isFinalMark(p.get(last - 1))) last--;
      sentence(ap, start, last, out);
      start = end;
    }
    return out;
  }

  private static boolean isFinalMark(Token t) {
    return t.kind() == Token.Kind.PUNCT && ".!?".indexOf(t.text().charAt(0)) >= 0;
  }

  private static void sentence(AnnotatedParagraph ap, int s, int last, List<ReportedSpeech> out) {
    ParagraphTokens p = ap.tokens();
    if (p.wordAt(s, "according") && p.wordAt(s + 1, "to")) {
      Mention m = ap.mentionAt(s + 2);
      if (m != null && m.resolved()) {
        int k = m.end();
        if (p.punctAt(k, '(')) {
          while (p.at(k) != null && !p.punctAt(k, ')')) k++;
          k++;
        }
        Phrases.Appositive appositive = Phrases.appositive(p, k);
        if (appositive != null) k = appositive.end();
        if (p.punctAt(k, ',')) k++;
        add(ap, new Attribution(m.person(), "according to", s), k, last, out);
      }
    }
    for (int k = s + 1; k < last; k++) {
      if (p.punctAt(k, ',') && p.wordAt(k + 1, "according") && p.wordAt(k + 2, "to")) {
        Mention m = ap.mentionAt(k + 3);
        if (m != null && m.resolved()) {
          add(ap, new Attribution(m.person(), "according to", s), s, k, out);
        }
      }
    }
    for (int v = s; v < last; v++) {
      if (!Phrases.isSpeechVerb(p, v)) continue;
      String verb = p.get(v).lower();
      if (NewsLexicon.NOT_REPORTING.contains(verb)) continue;
      int clause = -1;
      for (int k = v + 1; k < last && k <= v + 12; k++) {
        Token t = p.get(k);
        if (!t.isWord()) break;
        if (t.is("that")) {
          clause = k + 1;
          break;
        }
      }
      Token next = p.at(v + 1);
      if (clause < 0
          && NewsLexicon.BARE_REPORTING.contains(verb)
          && next != null
          && next.isWord()
          && NewsLexicon.CLAUSE_STARTERS.contains(next.lower())) {
        clause = v + 1;
      }
      if (clause >= 0) {
        Mention subject = ap.subjectOf(v);
        if (subject != null) {
          Attribution a = new Attribution(subject.person(), ap.context(v, subject, clause), v);
          add(ap, a, clause, last, out);
        }
      }
      Mention before = ap.mentionEndingAt(v - 1);
      if (before != null
          && before.resolved()
          && p.punctAt(before.first() - 1, ',')
          && NewsLexicon.BARE_REPORTING.contains(verb)
          && (v + 1 == last || p.punctAt(v + 1, ','))) {
        add(ap, new Attribution(before.person(), ap.verbPhrase(v), v), s, before.first() - 1, out);
      }
    }
  }

  private static void add(
      AnnotatedParagraph ap, Attribution a, int from, int to, List<ReportedSpeech> out) {
    ParagraphTokens p = ap.tokens();
    if (to <= from || p.get(from).isQuote()) return;
    int words = 0;
    int quoted = 0;
    for (int k = from; k < to; k++) {
      Token t = p.get(k);
      if (t.isWord()) words++;
      if (t.isQuote()) quoted += t.end() - t.start();
    }
    int length = p.get(to - 1).end() - p.get(from).start();
    if (words < 3 || quoted * 2 >= length) return;
    for (ReportedSpeech r : out) {
      if (r.from() == from && r.to() == to) return;
    }
    out.add(new ReportedSpeech(a, from, to));
  }
}
