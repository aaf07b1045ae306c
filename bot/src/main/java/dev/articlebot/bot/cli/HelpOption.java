package dev.articlebot.bot.cli;

import picocli.CommandLine.Option;

/** {@code -h}, {@code --help} on every command: its usage in full, exit 0. */
final class HelpOption {
  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  boolean requested;
}
