package dev.articlebot.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code train}'s switches mean what they say. */
class TrainCliTest {
  private static TrainCli parse(String... args) {
    TrainCli train = new TrainCli();
    new CommandLine(train).parseArgs(args);
    return train;
  }

  @Test
  void theBundledArticleIsLearnedFromByDefaultAndWhenAskedFor() {
    assertThat(parse().withBundled()).isTrue();
    assertThat(parse("--with-bundled").withBundled()).isTrue();
  }

  @Test
  void theNegativeSwitchLeavesTheBundledArticleOut() {
    assertThat(parse("--no-with-bundled").withBundled()).isFalse();
  }
}
