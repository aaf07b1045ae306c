package dev.articlebot.knowledge.answer;

import dev.articlebot.knowledge.article.Article;
import dev.articlebot.knowledge.article.Paragraph;
import dev.articlebot.knowledge.article.Sentence;
import dev.articlebot.knowledge.index.LateInteraction;
import dev.articlebot.knowledge.index.Passage;
import dev.articlebot.knowledge.index.PassageIndex;
import dev.articlebot.knowledge.index.Vectors;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The general signals the learned models read: how close a passage or sentence reads to the
 * question (its embedding, BM25, word piece by word piece), how much of the question's content,
 * names and figures it holds, whether it gives the kind of detail asked for, and how far ahead of
 * the others it is. None names a word of any one article; every one is measured on the development
 * corpus by {@code train}.
 */
final class Features {

  /** One candidate passage against the question: what the ranking model reads. */
  static final List<String> PASSAGE =
      List.of(
          "para_cos",
          "sent_cos",
          "para_cos_gap",
          "sent_cos_gap",
          "bm25_rel",
          "pieces",
          "pieces_gap",
          "pieces_min",
          "pieces_weak",
          "coverage",
          "coverage_sentence",
          "names_missing",
          "figures_missing",
          "detail_given",
          "about_person",
          "retrieval_rank",
          "position",
          "pairs",
          "pieces_sentence",
          "lead",
          "lead_of_news",
          "prev_cos",
          "next_cos",
          "prev_coverage",
          "next_coverage");

  /** The question and its best passage: what the answer-or-refuse model reads. */
  static final List<String> ANSWERABLE =
      List.of(
          "rank_score",
          "rank_margin",
          "rank_share",
          "para_cos",
          "sent_cos",
          "bm25_rel",
          "pieces",
          "pieces_min",
          "pieces_weak",
          "coverage",
          "coverage_sentence",
          "names_missing",
          "figures_missing",
          "detail_given",
          "sentence_pieces",
          "sentence_pieces_min",
          "sentence_coverage",
          "unknown_terms",
          "unknown_names",
          "terms",
          "negated",
          "negation_differs",
          "pairs",
          "pieces_sentence",
          "names_missing_window",
          "figures_missing_window",
          "opposite_in_window",
          "asks_someone",
          "someone_unknown",
          "someone_unquoted",
          "subject_in_their_passages",
          "asks_detail",
          "news",
          "cue_unknown-name",
          "cue_detail-not-given",
          "cue_subject-not-in-their-passages",
          "cue_unknown-speaker",
          "para_cos_below_20",
          "para_cos_below_35",
          "sent_cos_below_25",
          "sent_cos_below_40",
          "pieces_below_50",
          "pieces_below_65",
          "coverage_below_30",
          "wh_who",
          "wh_when",
          "wh_where",
          "wh_why",
          "wh_how_many",
          "wh_how_much",
          "wh_how",
          "wh_which",
          "wh_what");

  /** One sentence of the chosen passage: what the sentence picker reads. */
  static final List<String> SENTENCE =
      List.of(
          "cos",
          "cos_gap",
          "pieces",
          "pieces_gap",
          "pieces_min",
          "coverage",
          "coverage_gap",
          "detail_given",
          "first",
          "position",
          "words",
          "new_name_for_who",
          "new_figure_for_count",
          "new_name_for_what",
          "next_coverage",
          "previous_coverage");

  /** A question piece matched below this cosine is taken as missing from the text. */
  static final double WEAK_PIECE = 0.6;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Pattern CAPITALISED = Pattern.compile("(?<=\\s)\\p{Lu}[\\p{L}\\p{N}-]*");

  private final PassageIndex index;
  private final Set<String> articleWords;
  private final java.util.function.Function<Question, Set<Integer>> aboutPerson;
  private final List<Cue> cues;
  private final java.util.concurrent.atomic.AtomicReferenceArray<PassageWords> passageWords;

  /**
   * Over {@code index}'s passages of articles whose words ({@link #wordsOf}) are {@code
   * articleWords}; {@code aboutPerson} gives the passages about the person a question asks about.
   */
  Features(
      PassageIndex index,
      Set<String> articleWords,
      java.util.function.Function<Question, Set<Integer>> aboutPerson,
      List<Cue> cues) {
    this.index = index;
    this.aboutPerson = aboutPerson;
    this.cues = List.copyOf(cues);
    for (int i = 0; i < this.cues.size(); i++) {
      if (!ANSWERABLE.contains("cue_" + this.cues.get(i).name())) {
        throw new IllegalArgumentException("no feature for the cue " + this.cues.get(i).name());
      }
    }
    this.articleWords = articleWords;
    this.passageWords = new java.util.concurrent.atomic.AtomicReferenceArray<>(index.size());
  }

  /**
   * What the features read of a passage's own words, whatever the question: its words and figures,
   * and each sentence's capitalised words, figures and length. Read once per passage, when a
   * question first reaches it.
   */
  private record PassageWords(
      Set<String> words,
      Set<String> figures,
      List<Set<String>> sentenceNames,
      List<Set<String>> sentenceFigures,
      int[] sentenceLengths) {
    static PassageWords of(Passage p) {
      String lower = p.text().toLowerCase(Locale.ROOT);
      List<Set<String>> names = new ArrayList<>();
      List<Set<String>> figures = new ArrayList<>();
      List<Sentence> sentences = p.paragraph().sentences();
      int[] lengths = new int[sentences.size()];
      for (int i = 0; i < sentences.size(); i++) {
        String text = sentences.get(i).text();
        names.add(capitalisedWords(text));
        figures.add(Features.figures(text));
        lengths[i] = text.split("\\s+").length;
      }
      return new PassageWords(
          Features.words(lower), Features.figures(lower), names, figures, lengths);
    }
  }

  private PassageWords passageWords(Passage p) {
    PassageWords w = passageWords.get(p.id());
    if (w == null) {
      w = PassageWords.of(p);
      passageWords.set(p.id(), w); // two threads may both read it: the same value either way
    }
    return w;
  }

  /** The lower-case words the articles use, in their headlines and bodies. */
  static Set<String> wordsOf(List<Article> articles) {
    Set<String> words = new HashSet<>();
    for (Article a : articles) {
      addWords(words, a.title() + " " + a.dek() + " " + a.byline());
      for (Paragraph p : a.paragraphs()) addWords(words, p.text());
    }
    return Set.copyOf(words);
  }

  private static void addWords(Set<String> into, String text) {
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) into.add(m.group());
  }

  /** Whether the articles use {@code word} (lower case), in their headlines or bodies. */
  boolean articlesUse(String word) {
    return articleWords.contains(word);
  }

  /** 1 when the {@code i}th cue shows for {@code c} as the best passage, else 0. */
  private double cue(Question q, Candidate c, Set<Integer> aboutPerson, int i) {
    return i < cues.size() && cues.get(i).shows(q, c, aboutPerson) ? 1 : 0;
  }

  /** The passages about the person {@code q} asks about. */
  Set<Integer> aboutPerson(Question q) {
    return aboutPerson.apply(q);
  }

  /** A candidate with its alignment to the question, what the later stages read of it. */
  record Evidence(Candidate candidate, LateInteraction.Alignment alignment, double[] best) {
    /** The rarity-weighted mean of the question pieces' best cosines in the paragraph. */
    double pieces() {
      return weightedMean(alignment.weights(), best);
    }
  }

  Evidence evidence(Question q, Candidate c) {
    LateInteraction.Alignment a = index.align(q.encoded().tokens(), c.passage().id());
    double[] best = a.best(0, c.passage().text().length());
    return new Evidence(c, a, best);
  }

  /** Each candidate's {@link #PASSAGE} features, in order. */
  double[][] passage(
      Question q, List<Evidence> evidence, java.util.function.IntPredicate aboutPerson) {
    int n = evidence.size();
    double maxPara = -1;
    double maxSent = -1;
    double maxBm25 = 0;
    double maxPieces = -1;
    for (Evidence e : evidence) {
      maxPara = Math.max(maxPara, e.candidate().paragraphCosine());
      maxSent = Math.max(maxSent, e.candidate().bestSentenceCosine());
      maxBm25 = Math.max(maxBm25, e.candidate().bm25());
      maxPieces = Math.max(maxPieces, e.pieces());
    }
    double[] termWeights = termWeights(q);
    double[][] out = new double[n][];
    for (int i = 0; i < n; i++) {
      Evidence e = evidence.get(i);
      Candidate c = e.candidate();
      int id = c.passage().id();
      PassageWords words = passageWords(c.passage());
      double pieces = e.pieces();
      Paragraph p = c.passage().paragraph();
      int count = c.passage().article().paragraphs().size();
      out[i] =
          checked(
              PASSAGE,
              new double[] {
                c.paragraphCosine(),
                c.bestSentenceCosine(),
                c.paragraphCosine() - maxPara,
                c.bestSentenceCosine() - maxSent,
                maxBm25 == 0 ? 0 : c.bm25() / maxBm25,
                pieces,
                pieces - maxPieces,
                min(e.best()),
                weakShare(e.alignment().weights(), e.best()),
                coverage(q, termWeights, index.terms(id)),
                bestSentenceCoverage(q, termWeights, c),
                missingShare(q.names(), words.words()),
                missingShare(q.numbers(), words.figures()),
                q.detail().satisfiedBy(c.passage().text()) ? 1 : 0,
                aboutPerson.test(id) ? 1 : 0,
                1.0 / (1 + c.retrievalRank()),
                count <= 1 ? 0 : (p.number() - 1) / (double) (count - 1),
                pairShare(q, id),
                bestSentencePieces(e),
                1.0 / p.number(),
                news(c.passage().article()) ? 1.0 / p.number() : 0,
                neighbourCosine(q, c.passage(), -1),
                neighbourCosine(q, c.passage(), 1),
                neighbourCoverage(q, termWeights, c.passage(), -1),
                neighbourCoverage(q, termWeights, c.passage(), 1)
              });
    }
    return out;
  }

  /** How many of {@link #ANSWERABLE}'s features come from the ranking model's scores. */
  static final int FROM_SCORES = 3;

  /**
   * The {@link #ANSWERABLE} features of a question whose best passage is {@code top}: the first
   * {@link #FROM_SCORES} from the ranking scores (best first), the rest from {@link #answerableOf}.
   */
  static double[] answerable(double[] scores, double[] ofTop) {
    double[] out = new double[ANSWERABLE.size()];
    if (ofTop.length != out.length - FROM_SCORES) {
      throw new IllegalStateException(
          ofTop.length + " values for " + ANSWERABLE.size() + " features");
    }
    double sum = 0;
    for (double s : scores) sum += Math.exp(s - scores[0]);
    out[0] = scores[0];
    out[1] = scores.length > 1 ? scores[0] - scores[1] : 5;
    out[2] = 1 / sum;
    System.arraycopy(ofTop, 0, out, FROM_SCORES, ofTop.length);
    return out;
  }

  /**
   * The {@link #ANSWERABLE} features after the first {@link #FROM_SCORES}, for {@code e} as the
   * best passage, whose {@link #PASSAGE} features are {@code f}: they do not depend on the ranking.
   */
  double[] answerableOf(Question q, Evidence e, double[] f, Set<Integer> aboutPerson) {
    Candidate c = e.candidate();
    int sentence = c.bestSentence();
    Sentence s = c.passage().paragraph().sentences().get(sentence);
    double[] inSentence = e.alignment().best(s.start(), s.end());
    double[] termWeights = termWeights(q);
    Set<String> sentenceTerms = index.sentenceTerms(c.passage().id(), sentence);
    boolean sentenceNegated = QuestionReader.negates(s.text());
    List<Sentence> all = c.passage().paragraph().sentences();
    String window =
        c.passage()
            .text()
            .substring(
                all.get(Math.max(0, sentence - 1)).start(),
                all.get(Math.min(all.size() - 1, sentence + 1)).end());
    Question.Wh wh = q.wh();
    return checkedOfTop(
        new double[] {
          f[0],
          f[1],
          f[4],
          f[5],
          f[7],
          f[8],
          f[9],
          f[10],
          f[11],
          f[12],
          f[13],
          weightedMean(e.alignment().weights(), inSentence),
          min(inSentence),
          coverage(q, termWeights, sentenceTerms),
          unknownTermShare(q, termWeights),
          missingShare(q.names(), articleWords),
          Math.log1p(q.terms().size()),
          q.negated() ? 1 : 0,
          q.negated() != sentenceNegated ? 1 : 0,
          f[17],
          f[18],
          missingShare(q.names(), words(window.toLowerCase(Locale.ROOT))),
          missingShare(q.numbers(), figures(window)),
          Antonyms.english()
                  .opposed(
                      words(q.text().toLowerCase(Locale.ROOT)),
                      words(window.toLowerCase(Locale.ROOT)))
              ? 1
              : 0,
          q.asksSomeone() ? 1 : 0,
          q.asksSomeone() && q.person().isEmpty() ? 1 : 0,
          q.asksSomeone() && q.person().isPresent() && !q.personQuoted() ? 1 : 0,
          q.person().isPresent() ? subjectAmong(q, termWeights, aboutPerson) : 1,
          q.detail().kind() == AnswerType.Kind.NONE ? 0 : 1,
          news(c.passage().article()) ? 1 : 0,
          cue(q, c, aboutPerson, 0),
          cue(q, c, aboutPerson, 1),
          cue(q, c, aboutPerson, 2),
          cue(q, c, aboutPerson, 3),
          below(f[0], 0.20),
          below(f[0], 0.35),
          below(f[1], 0.25),
          below(f[1], 0.40),
          below(f[5], 0.50),
          below(f[5], 0.65),
          below(f[9], 0.30),
          wh == Question.Wh.WHO ? 1 : 0,
          wh == Question.Wh.WHEN ? 1 : 0,
          wh == Question.Wh.WHERE ? 1 : 0,
          wh == Question.Wh.WHY ? 1 : 0,
          wh == Question.Wh.HOW_MANY ? 1 : 0,
          wh == Question.Wh.HOW_MUCH ? 1 : 0,
          wh == Question.Wh.HOW ? 1 : 0,
          wh == Question.Wh.WHICH ? 1 : 0,
          wh == Question.Wh.WHAT ? 1 : 0
        });
  }

  /** Each sentence's {@link #SENTENCE} features, for the sentences of {@code e}'s paragraph. */
  double[][] sentences(Question q, Evidence e) {
    Candidate c = e.candidate();
    List<Sentence> sentences = c.passage().paragraph().sentences();
    int n = sentences.size();
    int id = c.passage().id();
    double[] termWeights = termWeights(q);
    double[] cos = c.sentenceCosines();
    double[] pieces = new double[n];
    double[] piecesMin = new double[n];
    double[] cover = new double[n];
    for (int i = 0; i < n; i++) {
      Sentence s = sentences.get(i);
      double[] best = e.alignment().best(s.start(), s.end());
      pieces[i] = weightedMean(e.alignment().weights(), best);
      piecesMin[i] = min(best);
      cover[i] = coverage(q, termWeights, index.sentenceTerms(id, i));
    }
    double maxCos = max(cos);
    double maxPieces = max(pieces);
    double maxCover = max(cover);
    Question.Wh wh = q.wh();
    boolean asksName = wh == Question.Wh.WHO || wh == Question.Wh.WHERE;
    boolean asksWhat = wh == Question.Wh.WHAT || wh == Question.Wh.WHICH;
    boolean asksFigure =
        wh == Question.Wh.HOW_MANY || wh == Question.Wh.HOW_MUCH || wh == Question.Wh.WHEN;
    PassageWords words = passageWords(c.passage());
    double[][] out = new double[n][];
    for (int i = 0; i < n; i++) {
      String text = sentences.get(i).text();
      boolean newName = !missingAll(words.sentenceNames().get(i), q.names(), q.terms());
      Set<String> figures = words.sentenceFigures().get(i);
      boolean newFigure = !figures.isEmpty() && !q.numbers().containsAll(figures);
      out[i] =
          checked(
              SENTENCE,
              new double[] {
                cos[i],
                cos[i] - maxCos,
                pieces[i],
                pieces[i] - maxPieces,
                piecesMin[i],
                cover[i],
                cover[i] - maxCover,
                q.detail().satisfiedBy(text) ? 1 : 0,
                i == 0 ? 1 : 0,
                n <= 1 ? 0 : i / (double) (n - 1),
                Math.log1p(words.sentenceLengths()[i]),
                asksName && newName ? 1 : 0,
                asksFigure && newFigure ? 1 : 0,
                asksWhat && newName ? 1 : 0,
                i + 1 < n ? cover[i + 1] : 0,
                i > 0 ? cover[i - 1] : 0
              });
    }
    return out;
  }

  /**
   * How much of what the question asks, beyond the person's names, the passages about that person
   * hold: the best weighted share among them of the question's other terms (1 when it asks nothing
   * more).
   */
  private double subjectAmong(Question q, double[] weights, Set<Integer> passages) {
    Set<String> nameTerms = new HashSet<>();
    for (String n : q.person().get().allNames()) nameTerms.addAll(index.analysis().terms(n));
    nameTerms.addAll(index.analysis().terms(q.personWords()));
    double total = 0;
    for (int i = 0; i < weights.length; i++) {
      if (!nameTerms.contains(q.terms().get(i))) total += weights[i];
    }
    if (total == 0) return 1;
    double best = 0;
    for (int id : passages) {
      Set<String> terms = index.terms(id);
      double held = 0;
      for (int i = 0; i < weights.length; i++) {
        String t = q.terms().get(i);
        if (!nameTerms.contains(t) && terms.contains(t)) held += weights[i];
      }
      best = Math.max(best, held / total);
    }
    return best;
  }

  /** The share of the question's consecutive term pairs that the passage has side by side. */
  private double pairShare(Question q, int id) {
    List<String> t = q.terms();
    if (t.size() < 2) return 0;
    int found = 0;
    for (int i = 0; i + 1 < t.size(); i++) if (index.hasPair(id, t.get(i), t.get(i + 1))) found++;
    return found / (double) (t.size() - 1);
  }

  /**
   * Whether the article reads as news: it has a byline, a date or a dateline. News puts what
   * matters most in its first paragraphs.
   */
  static boolean news(Article a) {
    return !a.byline().isEmpty() || !a.published().isEmpty() || !a.dateline().isEmpty();
  }

  /** The highest rarity-weighted piece match within one sentence of the candidate. */
  private static double bestSentencePieces(Evidence e) {
    double best = -1;
    for (Sentence s : e.candidate().passage().paragraph().sentences()) {
      best =
          Math.max(
              best, weightedMean(e.alignment().weights(), e.alignment().best(s.start(), s.end())));
    }
    return best;
  }

  private static double[] checkedOfTop(double[] values) {
    if (values.length != ANSWERABLE.size() - FROM_SCORES) {
      throw new IllegalStateException(
          values.length + " values for " + ANSWERABLE.size() + " features");
    }
    return values;
  }

  /**
   * How far {@code value} falls short of {@code knot}, 0 above it: with a few knots a linear model
   * can weigh "very far from every passage" more than "a little less close".
   */
  private static double below(double value, double knot) {
    return Math.max(0, knot - value);
  }

  /** {@code values}, after checking there is one per feature of {@code names}. */
  private static double[] checked(List<String> names, double[] values) {
    if (values.length != names.size()) {
      throw new IllegalStateException(values.length + " values for " + names.size() + " features");
    }
    return values;
  }

  /** Each question term's weight: how few passages use it (a term no passage uses weighs most). */
  private double[] termWeights(Question q) {
    double n = index.size();
    double[] w = new double[q.terms().size()];
    for (int i = 0; i < w.length; i++) {
      int df = index.documentFrequency(q.terms().get(i));
      w[i] = Math.log(1 + n / Math.max(0.5, df));
    }
    return w;
  }

  /** The weighted share of the question's terms that {@code terms} holds. */
  private static double coverage(Question q, double[] weights, Set<String> terms) {
    double total = 0;
    double held = 0;
    for (int i = 0; i < weights.length; i++) {
      total += weights[i];
      if (terms.contains(q.terms().get(i))) held += weights[i];
    }
    return total == 0 ? 0 : held / total;
  }

  /**
   * The passage {@code step} paragraphs away from {@code p} in the same article, or -1 past either
   * end.
   */
  private int neighbour(Passage p, int step) {
    int id = p.id() + step;
    if (id < 0 || id >= index.size()) return -1;
    return index.passages().get(id).article() == p.article() ? id : -1;
  }

  /**
   * The question's cosine with the neighbouring paragraph's embedding; 0 past the article's end.
   */
  private double neighbourCosine(Question q, Passage p, int step) {
    int id = neighbour(p, step);
    return id < 0 ? 0 : Vectors.dot(q.encoded().vector(), index.paragraphVector(id));
  }

  /** The {@link #coverage} of the neighbouring paragraph; 0 past the article's end. */
  private double neighbourCoverage(Question q, double[] weights, Passage p, int step) {
    int id = neighbour(p, step);
    return id < 0 ? 0 : coverage(q, weights, index.terms(id));
  }

  /** The highest {@link #coverage} of one sentence of the candidate. */
  private double bestSentenceCoverage(Question q, double[] weights, Candidate c) {
    double best = 0;
    int id = c.passage().id();
    for (int i = 0; i < c.sentenceCosines().length; i++) {
      best = Math.max(best, coverage(q, weights, index.sentenceTerms(id, i)));
    }
    return best;
  }

  /** The weighted share of the question's terms that no passage uses. */
  private double unknownTermShare(Question q, double[] weights) {
    double total = 0;
    double unknown = 0;
    for (int i = 0; i < weights.length; i++) {
      total += weights[i];
      if (index.documentFrequency(q.terms().get(i)) == 0) unknown += weights[i];
    }
    return total == 0 ? 0 : unknown / total;
  }

  /** The share of {@code wanted} that {@code have} lacks; 0 when nothing is wanted. */
  private static double missingShare(Set<String> wanted, Set<String> have) {
    if (wanted.isEmpty()) return 0;
    int missing = 0;
    for (String w : wanted) {
      boolean found = true;
      for (String part : w.split("[^\\p{L}\\p{N}]+")) {
        if (!part.isEmpty() && !have.contains(part)) found = false;
      }
      if (!found) missing++;
    }
    return missing / (double) wanted.size();
  }

  /** Whether every one of {@code words} is among the question's names or terms. */
  private boolean missingAll(Set<String> words, Set<String> names, List<String> terms) {
    for (String w : words) {
      if (names.contains(w)) continue;
      List<String> stems = index.analysis().terms(w);
      if (stems.isEmpty() || terms.containsAll(stems)) continue;
      return false;
    }
    return true;
  }

  private static Set<String> capitalisedWords(String text) {
    Set<String> out = new HashSet<>();
    Matcher m = CAPITALISED.matcher(text);
    while (m.find()) out.add(m.group().toLowerCase(Locale.ROOT));
    return out;
  }

  private static Set<String> words(String lower) {
    Set<String> out = new HashSet<>();
    Matcher m = WORD.matcher(lower);
    while (m.find()) out.add(m.group());
    return out;
  }

  private static Set<String> figures(String text) {
    return QuestionReader.numbers(text);
  }

  private static double weightedMean(double[] weights, double[] values) {
    double total = 0;
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      total += weights[i];
      sum += weights[i] * Math.max(-1, values[i]);
    }
    return total == 0 ? 0 : sum / total;
  }

  /** The weighted share of pieces matched below {@link #WEAK_PIECE}. */
  private static double weakShare(double[] weights, double[] best) {
    double total = 0;
    double weak = 0;
    for (int i = 0; i < weights.length; i++) {
      total += weights[i];
      if (best[i] < WEAK_PIECE) weak += weights[i];
    }
    return total == 0 ? 0 : weak / total;
  }

  private static double min(double[] v) {
    double m = v.length == 0 ? 0 : Double.POSITIVE_INFINITY;
    for (double x : v) m = Math.min(m, x);
    return m;
  }

  private static double max(double[] v) {
    double m = Double.NEGATIVE_INFINITY;
    for (double x : v) m = Math.max(m, x);
    return v.length == 0 ? 0 : m;
  }
}
