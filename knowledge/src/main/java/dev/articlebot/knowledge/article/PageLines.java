package dev.articlebot.knowledge.article;

import java.util.List;

/**
 * A page as the reader's pipeline ({@link PageReader}) takes it, whatever it came as: its lines,
 * each marked with what its markup says, and what the page says about itself. {@link HtmlPage} and
 * {@link MarkdownPage} make one from their formats; pasted text has unmarked lines and {@link
 * PageMetadata#NONE}.
 *
 * @param lines the page's lines, in reading order
 * @param metadata what the page says about itself outside its visible text
 */
record PageLines(List<Line> lines, PageMetadata metadata) {

  PageLines {
    lines = List.copyOf(lines);
  }
}
