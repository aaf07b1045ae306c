package dev.articlebot.knowledge.answer;

import dev.articlebot.knowledge.article.Article;
import dev.articlebot.knowledge.article.Paragraph;
import dev.articlebot.knowledge.article.Sentence;
import dev.articlebot.knowledge.index.TextAnalysis;
import dev.articlebot.knowledge.quote.PlaceNames;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who the articles report answering something, paragraph by paragraph ("<b>China</b> responded with
 * its own expanded toolkit"). A reader asking "how did Beijing hit back at the US measures?" wants
 * the passage where China acts, though the one describing the US measures shares more of the
 * question's words.
 */
final class Responders {
  private static final Pattern ASKS =
      Pattern.compile(
          "\\b(?:how|what)\\s+(?:did|does|do|has|have|had|will|would|could|might)\\s+(.+?)\\s+"
              + "(?:do\\s+(?:to|in)\\s+)?(?:respond|react|retaliate|reply|counter|hit back"
              + "|strike back|fight back|push back|get back at|get even)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern RESPONSE =
      Pattern.compile(
          "\\b(?:respond(?:s|ed|ing)?|react(?:s|ed|ing)?|retaliat(?:e|es|ed|ing)|repl(?:y|ies|ied)"
              + "|counter(?:s|ed)|(?:hit|hits|hitting|struck|strikes|fought|fights|pushed|pushes)"
              + " back)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*");

  /** How many words before a response verb may name who responds. */
  private static final int ACTOR_WORDS = 4;

  private final TextAnalysis analysis;
  private final Map<String, Set<String>> actorsByParagraph;

  private Responders(TextAnalysis analysis, Map<String, Set<String>> actorsByParagraph) {
    this.analysis = analysis;
    this.actorsByParagraph = Map.copyOf(actorsByParagraph);
  }

  static Responders of(List<Article> articles, TextAnalysis analysis) {
    Map<String, Set<String>> actors = new HashMap<>();
    for (Article a : articles) {
      for (Paragraph p : a.paragraphs()) {
        Set<String> found = new HashSet<>();
        for (Sentence s : p.sentences()) {
          Matcher m = RESPONSE.matcher(s.text());
          while (m.find()) {
            List<String> before = words(s.text().substring(0, m.start()));
            int from = Math.max(0, before.size() - ACTOR_WORDS);
            found.addAll(terms(before.subList(from, before.size()), analysis));
          }
        }
        if (!found.isEmpty()) actors.put(key(a, p), found);
      }
    }
    return new Responders(analysis, actors);
  }

  /**
   * Where among the first {@code reach} ranked passages the one asked about acts, when the question
   * asks how somebody responded; -1 when it does not, or no such passage is that near.
   */
  int passageWhereAsked(String question, List<HybridRetriever.Candidate> ranked, int reach) {
    Matcher asked = ASKS.matcher(question);
    if (!asked.find()) return -1;
    Set<String> who = terms(words(asked.group(1)), analysis);
    if (who.isEmpty()) return -1;
    for (int i = 0; i < Math.min(reach, ranked.size()); i++) {
      var passage = ranked.get(i).passage();
      Set<String> acting =
          actorsByParagraph.getOrDefault(key(passage.article(), passage.paragraph()), Set.of());
      if (who.stream().anyMatch(acting::contains)) return i;
    }
    return -1;
  }

  private static List<String> words(String text) {
    return WORD.matcher(text).results().map(MatchResult::group).toList();
  }

  /** The words' terms, each place under its country's one name ("Beijing" is China). */
  private static Set<String> terms(List<String> words, TextAnalysis analysis) {
    Set<String> out = new HashSet<>();
    for (String w : words) {
      out.addAll(analysis.terms(PlaceNames.canonical(w.replaceAll("['’]s?$", ""))));
    }
    return out;
  }

  private static String key(Article a, Paragraph p) {
    return a.id() + "#" + p.number();
  }
}
