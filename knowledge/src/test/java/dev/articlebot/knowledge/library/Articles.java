package dev.articlebot.knowledge.library;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small Markdown articles for library tests, each about something else. */
final class Articles {
  private Articles() {}

  static String harbour() {
    return """
        ---
        title: Harbour pilots vote to strike over night shifts
        author: Dana Reyes
        published: 2025-03-02
        ---

        The harbour pilots of Port Allenby voted on Tuesday to strike for two days next month, \
        after talks on night shifts broke down.

        "We cannot guide tankers through the channel on four hours of sleep," said Mara Quist, \
        who chairs the pilots' association.

        The port authority said ships would wait at anchor during the strike.
        """;
  }

  static String orchard() {
    return """
        ---
        title: Frost ruins half of the valley's apricot crop
        author: Lee Okafor
        published: 2025-04-11
        ---

        A late frost destroyed about half of the apricot blossom in the Serrano valley, growers \
        said on Friday.

        "It was minus four at dawn, and the buds were open," said Ines Calder, who farms forty \
        hectares of apricots near Villa Rosa.

        Growers expect prices for dried apricots to rise by a third this winter.
        """;
  }

  static String library() {
    return """
        ---
        title: Town library extends its opening hours
        author: Sam Ito
        published: 2025-05-20
        ---

        The town library will open until nine in the evening on weekdays from June, the council \
        announced.

        "Students asked for somewhere quiet to study after work," said Priya Nair, the head \
        librarian.

        The longer hours are paid for by a grant of 40,000 pounds from a local charity.
        """;
  }

  static Path write(Path dir, String name, String text) throws IOException {
    Files.createDirectories(dir);
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }
}
