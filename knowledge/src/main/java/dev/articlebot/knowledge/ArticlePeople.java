package dev.articlebot.knowledge;

import dev.articlebot.knowledge.article.Article;
import dev.articlebot.knowledge.article.Paragraph;
import dev.articlebot.knowledge.quote.Speaker;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Which paragraphs are about which person: where the quote book found them (names, surnames,
 * pronouns), and, in a story about two leaders, the paragraphs that only say "the two leaders".
 */
final class ArticlePeople {
  private static final Pattern BOTH_LEADERS =
      Pattern.compile(
          "\\b(?:the|both)\\s+(?:two\\s+)?(?:leaders|presidents|heads of state)\\b",
          Pattern.CASE_INSENSITIVE);

  /** A head of state or government: "US President", "Chinese President", "Prime Minister". */
  private static final Pattern LEADER_ROLE =
      Pattern.compile(
          "^(?:[\\p{L}’'.-]+\\s+){0,2}(?:president|premier|prime minister|chancellor|king|queen)$",
          Pattern.CASE_INSENSITIVE);

  private ArticlePeople() {}

  /** Each speaker of {@code article} with the paragraph numbers about them. */
  static Map<Speaker, Set<Integer>> of(Article article, List<Speaker> speakers) {
    Map<Speaker, Set<Integer>> out = new LinkedHashMap<>();
    for (Speaker s : speakers) out.put(s, new TreeSet<>(s.paragraphs()));
    List<Speaker> leaders = new ArrayList<>();
    for (Speaker s : speakers) if (LEADER_ROLE.matcher(s.role().strip()).matches()) leaders.add(s);
    if (leaders.size() != 2) return out; // "the two leaders" is only clear with exactly two
    leaders.sort(Comparator.comparing(Speaker::name));
    for (Paragraph p : article.paragraphs()) {
      if (!BOTH_LEADERS.matcher(p.text()).find()) continue;
      for (Speaker leader : leaders) out.get(leader).add(p.number());
    }
    return out;
  }
}
