package dev.articlebot.bot.summary;

import dev.articlebot.knowledge.article.Article;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Newest first: by the article's date when it reads as one (2025-11-02, November 2, 2025, Nov 2,
 * 2025), articles without a readable date after those with one, later files first.
 */
final class SummaryOrder {
  private static final List<DateTimeFormatter> FORMATS =
      List.of(
          DateTimeFormatter.ISO_LOCAL_DATE,
          DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));

  private SummaryOrder() {}

  static List<Article> newestFirst(List<Article> articles) {
    List<Article> out = new ArrayList<>(articles);
    java.util.Collections.reverse(out); // later files first among equals
    out.sort(
        Comparator.comparing(
            (Article a) -> date(a.published()).orElse(LocalDate.MIN), Comparator.reverseOrder()));
    return out;
  }

  static Optional<LocalDate> date(String text) {
    String t = text.strip().replaceFirst("^(?i)(updated|published)\\s*:?\\s*", "");
    if (t.length() >= 10 && t.substring(0, 10).matches("\\d{4}-\\d{2}-\\d{2}"))
      t = t.substring(0, 10);
    for (DateTimeFormatter f : FORMATS) {
      try {
        return Optional.of(LocalDate.parse(t, f));
      } catch (DateTimeParseException e) {
        // try the next format
      }
    }
    return Optional.empty();
  }
}
