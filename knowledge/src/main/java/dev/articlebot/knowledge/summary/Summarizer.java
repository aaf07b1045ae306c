package dev.articlebot.knowledge.summary;

import dev.articlebot.knowledge.article.Article;
import dev.articlebot.knowledge.article.Sentence;
import dev.articlebot.knowledge.index.Passage;
import dev.articlebot.knowledge.index.PassageIndex;
import dev.articlebot.knowledge.index.Vectors;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Offline, extractive and deterministic: the article's own sentences, the lead first, then what the
 * article spends most words on, within a chat window's worth. A sentence stands for another as much
 * as their embeddings are more alike than two sentences of the article usually are; each bullet is
 * the sentence that stands for the most words of the article not yet stood for (a greedy
 * facility-location summary), so a second sentence on a subject already covered gains little. News
 * puts what matters first: the lead sentence opens the summary, the next bullets come from the
 * opening quarter of the article, and a word counts less the later it comes. Every bullet reads on
 * its own: none opens with a word that needs the sentence before it ("However,", "It", "They", an
 * opening phrase then "it"), and quotations (a sentence inside one, opening with one, mostly one,
 * or leaving one open) are left to the key quotes.
 */
public final class Summarizer {
  /** Bullets stay under this many characters in all. */
  public static final int MAX_BULLET_CHARS = 1_500;

  public static final int MIN_BULLETS = 3;
  public static final int MAX_BULLETS = 7;

  /**
   * Past the minimum, a bullet must cover at least this share of what the first one after the lead
   * covered.
   */
  private static final double MIN_GAIN = 0.3;

  /**
   * News puts what matters most first: a word at the end of the article counts this much less than
   * one at the start.
   */
  private static final double LATER = 0.5;

  /** The opening: the sentences in this first share of the article's words. */
  private static final double OPENING = 0.25;

  /** Bullets from the opening after the lead sentence, before the rest of the article. */
  private static final int OPENING_BULLETS = 2;

  private static final int MIN_WORDS = 8;
  private static final int MAX_WORDS = 55;

  /**
   * Words that open a sentence leaning on the one before: connectives, and pronouns or determiners
   * that point back ("It marked…", "This…", "Such…").
   */
  private static final Set<String> LEANING_OPENERS =
      Set.of(
          "however",
          "but",
          "and",
          "or",
          "so",
          "yet",
          "still",
          "also",
          "meanwhile",
          "moreover",
          "furthermore",
          "nevertheless",
          "nonetheless",
          "instead",
          "otherwise",
          "then",
          "thus",
          "therefore",
          "hence",
          "besides",
          "likewise",
          "similarly",
          "indeed",
          "conversely",
          "consequently",
          "accordingly",
          "again",
          "anyway",
          "though",
          "although",
          "it",
          "its",
          "it’s",
          "it's",
          "this",
          "that",
          "these",
          "those",
          "they",
          "them",
          "their",
          "he",
          "she",
          "his",
          "her",
          "him",
          "we",
          "our",
          "such",
          "there",
          "here",
          "latter",
          "former",
          "another",
          "neither",
          "either",
          "same");

  /** Openers of two or more words that lean on what came before. */
  private static final Pattern LEANING_PHRASE =
      Pattern.compile(
          "^(?:in addition|as a result|in turn|even so|on the other hand|by contrast|in contrast"
              + "|at the same time|after that|the latter|the former|the same)\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * A pronoun as the subject after an opening phrase ("Held on the sidelines of the summit, it
   * marked…"): it points back past the sentence.
   */
  private static final Pattern LEANING_AFTER_OPENING_CLAUSE =
      Pattern.compile("^[^,;:]{0,120}, (?:it|they|he|she|this|these) ", Pattern.CASE_INSENSITIVE);

  private static final Pattern FIRST_WORD =
      Pattern.compile("^[\\p{Pi}\\p{Ps}\"'“‘(]*([\\p{L}’']+)");

  private final PassageIndex index;

  public Summarizer(PassageIndex index) {
    this.index = index;
  }

  /** A sentence of the article with its vector and length. */
  private record Unit(
      int paragraph,
      Sentence sentence,
      float[] vector,
      double position,
      double weight,
      int words,
      boolean bullet) {}

  public Summary summarize(Article article, List<Summary.KeyQuote> quoteCandidates) {
    List<Unit> units = units(article);
    List<Unit> candidates = units.stream().filter(Unit::bullet).toList();
    double baseline = meanSimilarity(units);
    List<Unit> chosen = new ArrayList<>();
    double[] covered = new double[units.size()];
    // The lead: news puts its point in its first sentence, and the rest of it in its opening.
    if (!candidates.isEmpty()) choose(candidates.get(0), units, covered, chosen, baseline);
    List<Unit> opening = candidates.stream().filter(c -> c.position() <= OPENING).toList();
    for (int i = 0; i < OPENING_BULLETS; i++) {
      best(opening, units, covered, chosen, baseline, chars(chosen))
          .ifPresent(u -> choose(u, units, covered, chosen, baseline));
    }
    double firstGain = -1;
    while (chosen.size() < MAX_BULLETS) {
      Unit next = best(candidates, units, covered, chosen, baseline, chars(chosen)).orElse(null);
      if (next == null) break;
      double gain = gain(next, units, covered, baseline);
      if (firstGain < 0) firstGain = gain;
      if (chosen.size() >= MIN_BULLETS && gain < MIN_GAIN * firstGain) break;
      choose(next, units, covered, chosen, baseline);
    }
    List<Summary.Bullet> bullets = new ArrayList<>();
    for (Unit u : chosen) bullets.add(new Summary.Bullet(u.sentence().text(), u.paragraph()));
    if (bullets.isEmpty()) {
      var p = article.paragraphs().get(0);
      bullets.add(new Summary.Bullet(p.sentences().get(0).text(), p.number()));
    }
    Set<Integer> used = new HashSet<>();
    chosen.forEach(u -> used.add(u.paragraph()));
    float[] centroid = centroid(units);
    return new Summary(
        article.id(),
        article.displayTitle(),
        bullets,
        keyQuotes(article, quoteCandidates, used, centroid));
  }

  /** The candidate not yet chosen, within the length budget, that covers the most. */
  private static java.util.Optional<Unit> best(
      List<Unit> from,
      List<Unit> units,
      double[] covered,
      List<Unit> chosen,
      double baseline,
      int chars) {
    Unit best = null;
    double bestGain = 0;
    for (Unit c : from) {
      if (chosen.contains(c) || chars + c.sentence().text().length() > MAX_BULLET_CHARS) continue;
      double gain = gain(c, units, covered, baseline);
      if (gain > bestGain) {
        best = c;
        bestGain = gain;
      }
    }
    return java.util.Optional.ofNullable(best);
  }

  private static void choose(
      Unit u, List<Unit> units, double[] covered, List<Unit> chosen, double baseline) {
    chosen.add(u);
    for (int j = 0; j < units.size(); j++) {
      covered[j] = Math.max(covered[j], similarity(u, units.get(j), baseline));
    }
  }

  /** How many of the article's words {@code c} would stand for that the chosen ones do not. */
  private static double gain(Unit c, List<Unit> units, double[] covered, double baseline) {
    double gain = 0;
    for (int j = 0; j < units.size(); j++) {
      double s = similarity(c, units.get(j), baseline);
      if (s > covered[j]) gain += units.get(j).weight() * (s - covered[j]);
    }
    return gain;
  }

  /**
   * How much {@code a} stands for {@code b}: their likeness above what any two sentences of the
   * article share ({@code baseline}), so that sentences stand only for those on their own subject.
   */
  private static double similarity(Unit a, Unit b, double baseline) {
    if (a == b) return 1.0;
    return Math.max(0, Vectors.dot(a.vector(), b.vector()) - baseline) / (1 - baseline);
  }

  /** The mean likeness of two sentences of the article. */
  private static double meanSimilarity(List<Unit> units) {
    double sum = 0;
    long pairs = 0;
    for (int i = 0; i < units.size(); i++) {
      for (int j = i + 1; j < units.size(); j++) {
        sum += Vectors.dot(units.get(i).vector(), units.get(j).vector());
        pairs++;
      }
    }
    return pairs == 0 ? 0 : Math.min(0.9, Math.max(0, sum / pairs));
  }

  /** Every sentence of the article; those that can be bullets marked. */
  private List<Unit> units(Article article) {
    List<Unit> out = new ArrayList<>();
    int total = 0;
    for (Passage p : index.passages()) {
      if (!p.article().id().equals(article.id())) continue;
      for (Sentence s : p.paragraph().sentences()) total += s.text().split("\\s+").length;
    }
    int before = 0;
    for (Passage p : index.passages()) {
      if (!p.article().id().equals(article.id())) continue;
      for (Sentence s : p.paragraph().sentences()) {
        String t = s.text();
        int words = t.split("\\s+").length;
        double position = (before + words / 2.0) / Math.max(1, total);
        before += words;
        out.add(
            new Unit(
                p.paragraph().number(),
                s,
                index.sentenceVector(p.id(), s.index()),
                position,
                words * (1 - LATER * position),
                words,
                !insideQuotation(p.paragraph().text(), s.start()) && standsAlone(t, words)));
      }
    }
    return out;
  }

  /**
   * A narrator's sentence of a readable length that does not lean on the sentence before it:
   * quotations are left to the key quotes (a sentence that opens with one, is mostly one, or leaves
   * one open), lists of links are not prose, and "However, …", "It …", "They …" need their context.
   */
  static boolean standsAlone(String sentence, int words) {
    String t = sentence.strip();
    if (words < MIN_WORDS || words > MAX_WORDS) return false;
    if (t.startsWith("“")
        || t.startsWith("\"")
        || t.startsWith("‘")
        || !t.matches("(?s).*[.!?…][”’\"')]*$")
        || t.contains("|")) {
      return false;
    }
    Quotes quotes = Quotes.in(t);
    if (quotes.open() != 0 || quotes.quotedWords() * 5 > words * 2) return false;
    if (LEANING_PHRASE.matcher(t).find()) return false;
    if (LEANING_AFTER_OPENING_CLAUSE.matcher(t).find()) return false;
    var first = FIRST_WORD.matcher(t);
    return !first.find() || !LEANING_OPENERS.contains(first.group(1).toLowerCase(Locale.ROOT));
  }

  /** Whether the text at {@code offset} of {@code paragraph} is inside a quotation. */
  static boolean insideQuotation(String paragraph, int offset) {
    return Quotes.in(paragraph.substring(0, Math.max(0, Math.min(offset, paragraph.length()))))
            .open()
        > 0;
  }

  /**
   * The quotation marks of a text: how many quotations are left open at its end (negative when it
   * closes one it did not open) and how many words are inside quotations. “…” and "…" are always
   * quotation marks; ‘ and ’ only at a word's edge, so apostrophes ("port’s") are not.
   */
  record Quotes(int open, int quotedWords) {
    static Quotes in(String text) {
      int depth = 0;
      int quoted = 0;
      boolean straight = false;
      boolean inWord = false;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        char before = i == 0 ? ' ' : text.charAt(i - 1);
        char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        if (c == '“' || (c == '‘' && !Character.isLetterOrDigit(before))) {
          depth++;
        } else if (c == '”' || (c == '’' && !Character.isLetterOrDigit(after) && depth > 0)) {
          depth--;
        } else if (c == '"') {
          straight = !straight;
          depth += straight ? 1 : -1;
        }
        boolean letter = Character.isLetterOrDigit(c);
        if (letter && !inWord && depth > 0) quoted++;
        inWord = letter;
      }
      return new Quotes(depth, quoted);
    }
  }

  /**
   * Up to two quotations by different people, the most central first, preferring paragraphs the
   * bullets do not cite.
   */
  private List<Summary.KeyQuote> keyQuotes(
      Article article, List<Summary.KeyQuote> candidates, Set<Integer> used, float[] centroid) {
    List<Summary.KeyQuote> ordered = new ArrayList<>();
    for (Summary.KeyQuote q : candidates) {
      int words = q.text().split("\\s+").length;
      if (words >= 8 && words <= 45) ordered.add(q);
    }
    ordered.sort(
        Comparator.comparing((Summary.KeyQuote q) -> used.contains(q.paragraph()))
            .thenComparing(
                Comparator.comparingDouble((Summary.KeyQuote q) -> centrality(article, q, centroid))
                    .reversed())
            .thenComparingInt(Summary.KeyQuote::paragraph));
    List<Summary.KeyQuote> out = new ArrayList<>();
    Set<String> speakers = new HashSet<>();
    for (Summary.KeyQuote q : ordered) {
      if (!speakers.add(q.speaker())) continue;
      out.add(q);
      if (out.size() == 2) break;
    }
    return out;
  }

  /** How central the sentence holding the quotation is to the article. */
  private double centrality(Article article, Summary.KeyQuote q, float[] centroid) {
    for (Passage p : index.passages()) {
      if (!p.article().id().equals(article.id()) || p.paragraph().number() != q.paragraph())
        continue;
      String head = q.text().substring(0, Math.min(30, q.text().length()));
      for (Sentence s : p.paragraph().sentences()) {
        if (s.text().contains(head))
          return Vectors.dot(index.sentenceVector(p.id(), s.index()), centroid);
      }
      return Vectors.dot(index.sentenceVector(p.id(), 0), centroid);
    }
    return 0;
  }

  private static int chars(List<Unit> units) {
    return units.stream().mapToInt(u -> u.sentence().text().length()).sum();
  }

  /** The article's centre: its sentences' vectors, each weighted by its words. */
  private static float[] centroid(List<Unit> units) {
    if (units.isEmpty()) return new float[0];
    float[] sum = new float[units.get(0).vector().length];
    for (Unit u : units) {
      for (int i = 0; i < sum.length; i++) sum[i] += u.words() * u.vector()[i];
    }
    return Vectors.normalized(sum);
  }
}
