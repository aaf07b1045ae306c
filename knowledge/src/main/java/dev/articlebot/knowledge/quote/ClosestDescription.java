package dev.articlebot.knowledge.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The speaker a reader describes in words the article does not use: "the rancher" for the man
 * "whose family has run cattle along the Sweetwater since 1919", "the dairy farmer from
 * Visperterminen" for the one who "keeps 40 dairy cows … above Visperterminen". The last step of a
 * lookup, after names, titles and role words ({@link SpeakerIndex}) found nobody: the query and
 * what the article says of each speaker (their role and descriptions) are compared by meaning, with
 * the embedding model the questions use.
 *
 * <p>Guarantee: a speaker is given only when the closest description is at least {@link
 * #MIN_SIMILARITY} close to the query and leads the next speaker's by {@link #MIN_LEAD}; a speaker
 * the article describes in no words is never given, and among more than {@link #MAX_SPEAKERS}
 * speakers none is. A lookup found this way is shown as a near miss ({@link
 * QuoteLookup.Found#corrected()}): the reply says whose quotes it shows. Measured on the
 * development corpus's news stories (docs/evaluation.md, "Lookups by meaning").
 */
public final class ClosestDescription {

  /** The least cosine between the query and the closest speaker's description. */
  static final double MIN_SIMILARITY = 0.50;

  /** The least lead of the closest description over the next speaker's. */
  static final double MIN_LEAD = 0.15;

  /**
   * The most speakers compared: the people of an article or of a few. A library of thousands of
   * stories has too many speakers for a description to single one out (and each would be embedded
   * on the first lookup); there a reader names the person or the article.
   */
  static final int MAX_SPEAKERS = 60;

  private final Function<String, float[]> embed;

  /** The vectors of the speakers' descriptions, each computed once. */
  private final Map<String, float[]> vectors = new ConcurrentHashMap<>();

  /**
   * @param embed the vector of a text, normalised to unit length (the question model's)
   */
  public ClosestDescription(Function<String, float[]> embed) {
    this.embed = embed;
  }

  /** The one speaker of {@code speakers} whom {@code subject} describes, or empty. */
  Optional<Speaker> closest(String subject, List<Speaker> speakers) {
    String query = subject.strip().replaceFirst("^(?i)the\\s+", "");
    if (query.isEmpty() || speakers.size() > MAX_SPEAKERS) return Optional.empty();
    List<Speaker> described = new ArrayList<>();
    List<String> profiles = new ArrayList<>();
    for (Speaker s : speakers) {
      String p = profile(s);
      if (p.isEmpty()) continue;
      described.add(s);
      profiles.add(p);
    }
    if (described.isEmpty()) return Optional.empty();
    float[] q = embed.apply(query); // a reader's words are not kept
    double best = -1;
    double second = -1;
    Speaker found = null;
    for (int i = 0; i < described.size(); i++) {
      double c = dot(q, vector(profiles.get(i)));
      if (c > best) {
        second = best;
        best = c;
        found = described.get(i);
      } else if (c > second) {
        second = c;
      }
    }
    boolean clear = best >= MIN_SIMILARITY && best - Math.max(second, 0) >= MIN_LEAD;
    return clear ? Optional.of(found) : Optional.empty();
  }

  /** What the article says of a speaker: the role, then the descriptions, or "". */
  static String profile(Speaker s) {
    List<String> parts = new ArrayList<>();
    if (!s.role().isBlank()) parts.add(s.role().strip());
    for (String d : s.descriptions()) {
      if (!d.isBlank() && !parts.contains(d.strip())) parts.add(d.strip());
    }
    return String.join("; ", parts);
  }

  private float[] vector(String text) {
    return vectors.computeIfAbsent(text, embed);
  }

  private static double dot(float[] a, float[] b) {
    double d = 0;
    for (int i = 0; i < a.length; i++) d += a[i] * b[i];
    return d;
  }
}
