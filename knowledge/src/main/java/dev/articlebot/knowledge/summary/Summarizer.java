package dev.articlebot.knowledge.summary;

import dev.articlebot.knowledge.article.Article;
import dev.articlebot.knowledge.article.Section;
import dev.articlebot.knowledge.article.Sentence;
import dev.articlebot.knowledge.index.Passage;
import dev.articlebot.knowledge.index.PassageIndex;
import dev.articlebot.knowledge.index.Vectors;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Offline, extractive and deterministic: picks the article's own sentences so that the lead and
 * every section are covered, without saying the same thing twice, within a length a chat window can
 * show. A sentence scores by how central it is to the whole article and to its section (embedding
 * similarity to their centroids); direct quotations are left to the key quotes.
 */
public final class Summarizer {
  /** Bullets stay under this many characters in all. */
  public static final int MAX_BULLET_CHARS = 1_500;

  public static final int MIN_BULLETS = 3;
  public static final int MAX_BULLETS = 7;
  private static final double REDUNDANT = 0.80;
  private static final int MIN_WORDS = 8;
  private static final int MAX_WORDS = 55;

  private final PassageIndex index;

  public Summarizer(PassageIndex index) {
    this.index = index;
  }

  /** A candidate sentence with its vector and scores. */
  private record Candidate(
      int paragraph, String section, Sentence sentence, float[] vector, double score) {}

  public Summary summarize(Article article, List<Summary.KeyQuote> quoteCandidates) {
    List<Candidate> all = candidates(article);
    float[] centroid = centroid(all.stream().map(Candidate::vector).toList());
    List<Candidate> chosen = new ArrayList<>();
    List<Section> sections = article.sections();
    for (int s = 0; s < sections.size(); s++) {
      Section section = sections.get(s);
      List<Candidate> inSection =
          all.stream().filter(c -> c.section().equals(section.heading())).toList();
      if (inSection.isEmpty()) continue;
      float[] sectionCentroid = centroid(inSection.stream().map(Candidate::vector).toList());
      if (s == 0) {
        // The lead: news puts its point in the first sentence, so that sentence opens the summary.
        chosen.add(inSection.get(0));
        continue;
      }
      pick(inSection, chosen, c -> score(c, centroid, sectionCentroid)).ifPresent(chosen::add);
    }
    while (chosen.size() < MIN_BULLETS) {
      var next = pick(all, chosen, c -> Vectors.dot(c.vector(), centroid));
      if (next.isEmpty()) break;
      chosen.add(next.get());
    }
    List<Candidate> scored = new ArrayList<>();
    for (Candidate c : chosen) {
      scored.add(
          new Candidate(
              c.paragraph(),
              c.section(),
              c.sentence(),
              c.vector(),
              Vectors.dot(c.vector(), centroid)));
    }
    Candidate first = scored.isEmpty() ? null : scored.get(0);
    while (scored.size() > MAX_BULLETS
        || (chars(scored) > MAX_BULLET_CHARS && scored.size() > MIN_BULLETS)) {
      Candidate weakest =
          scored.stream()
              .filter(c -> c != first)
              .min(Comparator.comparingDouble(Candidate::score))
              .orElseThrow();
      scored.remove(weakest);
    }
    scored.sort(
        Comparator.comparingInt(Candidate::paragraph).thenComparingInt(c -> c.sentence().index()));
    List<Summary.Bullet> bullets = new ArrayList<>();
    for (Candidate c : scored) bullets.add(new Summary.Bullet(c.sentence().text(), c.paragraph()));
    if (bullets.isEmpty()) {
      var p = article.paragraphs().get(0);
      bullets.add(new Summary.Bullet(p.sentences().get(0).text(), p.number()));
    }
    Set<Integer> used = new HashSet<>();
    scored.forEach(c -> used.add(c.paragraph()));
    return new Summary(
        article.id(),
        article.displayTitle(),
        bullets,
        keyQuotes(article, quoteCandidates, used, centroid));
  }

  /** Central to the article and to its own section alike. */
  private static double score(Candidate c, float[] article, float[] section) {
    return 0.5 * Vectors.dot(c.vector(), article) + 0.5 * Vectors.dot(c.vector(), section);
  }

  /** The best-scoring candidate not too similar to one already chosen. */
  private static java.util.Optional<Candidate> pick(
      List<Candidate> from,
      List<Candidate> chosen,
      java.util.function.ToDoubleFunction<Candidate> score) {
    Candidate best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (Candidate c : from) {
      if (chosen.contains(c)) continue;
      boolean redundant =
          chosen.stream().anyMatch(o -> Vectors.dot(o.vector(), c.vector()) > REDUNDANT);
      if (redundant) continue;
      double s = score.applyAsDouble(c);
      if (s > bestScore) {
        bestScore = s;
        best = c;
      }
    }
    return java.util.Optional.ofNullable(best);
  }

  /** Narrator sentences of a readable length; direct quotations are left to the key quotes. */
  private List<Candidate> candidates(Article article) {
    List<Candidate> out = new ArrayList<>();
    for (Passage p : index.passages()) {
      if (!p.article().id().equals(article.id())) continue;
      for (Sentence s : p.paragraph().sentences()) {
        String t = s.text();
        int words = t.split("\\s+").length;
        boolean quotation =
            t.startsWith("“") || t.startsWith("\"") || !t.matches("(?s).*[.!?…][”’\"')]*$");
        if (words < MIN_WORDS || words > MAX_WORDS || quotation) continue;
        out.add(
            new Candidate(
                p.paragraph().number(),
                p.paragraph().section(),
                s,
                index.sentenceVector(p.id(), s.index()),
                0));
      }
    }
    return out;
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

  private static int chars(List<Candidate> cs) {
    return cs.stream().mapToInt(c -> c.sentence().text().length()).sum();
  }

  private static float[] centroid(List<float[]> vectors) {
    if (vectors.isEmpty()) return new float[0];
    float[] sum = new float[vectors.get(0).length];
    for (float[] v : vectors) for (int i = 0; i < sum.length; i++) sum[i] += v[i];
    return Vectors.normalized(sum);
  }
}
