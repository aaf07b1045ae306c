package dev.articlebot.knowledge;

import java.nio.file.Path;

/**
 * The bundled article indexed with the real model, built once per test run. Vectors are cached in
 * target/test-state, so later runs start fast.
 */
public final class TestKnowledge {
  private static KnowledgeBase bundled;

  private TestKnowledge() {}

  public static synchronized KnowledgeBase bundled() {
    if (bundled == null) {
      bundled =
          KnowledgeLoader.load(
              new KnowledgeLoader.Settings(null, Path.of("target", "test-state"), 500));
    }
    return bundled;
  }
}
