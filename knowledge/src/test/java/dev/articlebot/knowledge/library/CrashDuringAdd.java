package dev.articlebot.knowledge.library;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * Run in a child JVM by {@link LibraryAtomicityTest}: opens the library in {@code args[0]}, and in
 * one change removes "harbour" and writes the orchard article, then halts the JVM before the change
 * is committed, as a crash or a power cut would.
 */
public final class CrashDuringAdd {
  /** The exit status that says the JVM halted inside the change. */
  static final int HALTED = 42;

  private CrashDuringAdd() {}

  public static void main(String[] args) {
    HashingEmbedder model = new HashingEmbedder();
    Library lib =
        Library.open(
            Library.Settings.in(Path.of(args[0]), 500, 1 << 20), model, model, Clock.systemUTC());
    byte[] bytes = Articles.orchard().getBytes(StandardCharsets.UTF_8);
    ArticleSource source = ArticleSource.file("orchard.md", bytes);
    Library.Prepared p = lib.prepare(source, null, source.hash());
    lib.change(
        w -> {
          w.delete("harbour");
          w.put(p.stored(), p.paragraphVectors(), p.sentenceVectors(), p.indexedTexts());
          Runtime.getRuntime().halt(HALTED);
        },
        List.of(p.stored().entry()),
        List.of("harbour"));
    System.exit(1); // not reached
  }
}
