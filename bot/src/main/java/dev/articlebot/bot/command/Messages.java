package dev.articlebot.bot.command;

import dev.articlebot.knowledge.ArticleNotFoundException;
import dev.articlebot.knowledge.ArticleTooLargeException;
import dev.articlebot.knowledge.ArticleUnreadableException;
import dev.articlebot.knowledge.EmptyArticleException;
import dev.articlebot.knowledge.KnowledgeException;
import dev.articlebot.knowledge.NoArticlesException;
import dev.articlebot.knowledge.StateFolderException;
import dev.articlebot.knowledge.answer.Answer;
import java.util.List;
import java.util.Optional;

/** Every sentence the bot says in its own words, in one place. */
public final class Messages {
  private Messages() {}

  /** The hint for an empty question, with an example made from the loaded article. */
  public static String emptyQuestion(Surface where, Optional<String> example) {
    if (where == Surface.COMMAND_LINE) {
      return "Ask a question about the article"
          + example.map(e -> ", for example: article-bot ask \"" + e + "\"").orElse("")
          + ".";
    }
    return "Ask me something about the article."
        + example.map(e -> " For example: “" + e + "”").orElse("")
        + " Type help for everything I can do.";
  }

  /**
   * A question over the length cap: what was read ({@code kept}, the part ending with the question)
   * and that the rest was left out.
   */
  public static String truncated(int maxChars, String kept) {
    String[] words = kept.strip().split("\\s+");
    String opening = String.join(" ", java.util.Arrays.copyOf(words, Math.min(6, words.length)));
    return "That was a long question, so I read only the part from “"
        + opening
        + (words.length > 6 ? " …" : "")
        + "” to "
        + (kept.strip().endsWith("?") ? "your question mark" : "the end")
        + " ("
        + maxChars
        + " characters at most) and left out the rest.";
  }

  public static String notInArticle(Answer.Refusal why) {
    return switch (why) {
      case DETAIL_NOT_GIVEN ->
          "The article doesn’t give that detail. These are the nearest passages:";
      case SPEAKER_NOT_QUOTED ->
          "The article doesn’t report what they said. These are the nearest passages:";
      case OTHER_LANGUAGE ->
          "I can only read questions in English for now. These passages are the nearest I found:";
      case NONE, NOT_IN_ARTICLE -> "The article doesn’t say. These are the nearest passages:";
    };
  }

  /** A refusal with no passage near enough to show. */
  public static String notInArticleNoPassages(Answer.Refusal why) {
    return switch (why) {
      case DETAIL_NOT_GIVEN -> "The article doesn’t give that detail.";
      case SPEAKER_NOT_QUOTED -> "The article doesn’t report what they said.";
      case OTHER_LANGUAGE -> "I can only read questions in English for now.";
      case NONE, NOT_IN_ARTICLE -> "The article doesn’t say, and nothing in it comes close.";
    };
  }

  public static String seeAlso() {
    return "Also relevant:";
  }

  public static String from(String title) {
    return "From “" + title + "”";
  }

  public static String rateLimited(long seconds) {
    return "Slow down a little: try again in " + seconds + " s.";
  }

  public static String busy() {
    return "I’m busy right now: please ask again in a moment.";
  }

  public static String failed() {
    return "Sorry, something went wrong while answering. Please try again.";
  }

  public static String shuttingDown() {
    return "I’m restarting: please ask again in a minute.";
  }

  public static String unknownCommand(String name, List<String> known) {
    return "I don’t know the command “" + name + "”. Try: " + String.join(", ", known) + ".";
  }

  /** The hint for quote without a name, with someone the loaded article quotes. */
  public static String emptySpeaker(Surface where, Optional<String> name) {
    if (where == Surface.COMMAND_LINE) {
      return "Whose words do you want?"
          + name.map(n -> " For example: article-bot quote " + n + ".").orElse("")
          + " article-bot speakers lists who is quoted.";
    }
    return "Whose words do you want?"
        + name.map(n -> " For example: quote " + n + ".").orElse("")
        + " Type speakers to see who is quoted.";
  }

  public static String nobodyQuoted(String query, List<String> quoted) {
    return "Nobody called “"
        + query
        + "” is quoted in the article. People who are: "
        + String.join(", ", quoted)
        + ".";
  }

  public static String namedButNotQuoted(
      String name, String role, List<Integer> paragraphs, List<String> quoted) {
    String who = role.isEmpty() ? name : name + " (" + role + ")";
    String where =
        paragraphs.size() == 1
            ? "paragraph " + paragraphs.get(0)
            : "paragraphs " + String.join(", ", paragraphs.stream().map(String::valueOf).toList());
    String others = quoted.isEmpty() ? "" : " People it quotes: " + String.join(", ", quoted) + ".";
    return "The article names " + who + " in " + where + " but does not quote them." + others;
  }

  public static String didYouMean(List<String> names) {
    return "Did you mean " + String.join(" or ", names) + "?";
  }

  public static String ambiguous(String query, List<String> names) {
    return "“" + query + "” could be " + String.join(", ", names) + ". Which one?";
  }

  public static String correctedSpeaker(String query, String name) {
    return "Showing quotes by " + name + " (you asked for “" + query + "”).";
  }

  public static String noQuotesInArticle() {
    return "Nobody is quoted in the article.";
  }

  /** How to ask about what was just shown, where it is read. */
  public static String inviteQuestions(Surface where) {
    return switch (where) {
      case CHAT ->
          "Ask me anything about it: mention me with your question, or send me a direct message.";
      case CONSOLE -> "Ask me anything about it: type your question.";
      case COMMAND_LINE -> "Ask about it: article-bot ask \"your question\"";
    };
  }

  /** What help says first: how to ask, where it is read. */
  public static String howToAsk(Surface where) {
    String how =
        switch (where) {
          case CHAT -> "Ask in plain words (mention me, DM me, or use a command).";
          case CONSOLE -> "Type a question in plain words, or one of the commands below.";
          case COMMAND_LINE -> "Ask with article-bot ask \"your question\".";
        };
    return how
        + " Every answer cites the paragraphs it comes from; when the article doesn’t say, I tell"
        + " you.";
  }

  /** "For example: “…” or “…”". */
  public static String examples(List<String> questions) {
    return "For example: “" + String.join("” or “", questions) + "”";
  }

  /** The console's own lines in help: whole paragraphs and leaving. */
  public static List<String> consoleCommands() {
    return List.of(
        "show <paragraph> — a cited paragraph in full (show 14)", "exit — leave the console");
  }

  /** What the console says when it starts. */
  public static String consoleReady(String title) {
    return "article-bot is ready. Ask about “"
        + title
        + "” (help lists the commands, show and a paragraph number prints it whole, exit quits).";
  }

  public static String noNewArticles() {
    return "No new articles since the last summary.";
  }

  public static String speakersHeading() {
    return "People quoted in the article";
  }

  /** The heading above one group per article, when several articles are loaded. */
  public static String speakersByArticleHeading() {
    return "People quoted, article by article";
  }

  /** "Wu Xinbo — a professor … (3 quotes, 1 paraphrase)". */
  public static String speakerLine(String name, String role, long quotes, long paraphrases) {
    StringBuilder sb = new StringBuilder(name);
    if (!role.isEmpty()) sb.append(" — ").append(role);
    sb.append(" (").append(quotes).append(quotes == 1 ? " quote" : " quotes");
    if (paraphrases > 0) {
      sb.append(", ").append(paraphrases).append(paraphrases == 1 ? " paraphrase" : " paraphrases");
    }
    return sb.append(")").toString();
  }

  /** The console's show with a number the article does not have. */
  public static String noParagraph(int number) {
    return "The article has no paragraph " + number + ".";
  }

  public static String paragraphNotFound() {
    return "That paragraph is no longer in the article.";
  }

  /** One line for a knowledge failure, naming the file and the fix. */
  public static String of(KnowledgeException e) {
    if (e instanceof ArticleNotFoundException) {
      return "Article not found: "
          + e.subject()
          + ". Fix knowledge.articles (or ARTICLEBOT_KNOWLEDGE_ARTICLES) to name an existing"
          + " file or folder, or leave it empty for the bundled article.";
    }
    if (e instanceof ArticleUnreadableException u) {
      return switch (u.reason()) {
        case NOT_OPENED ->
            "Cannot open the article "
                + e.subject()
                + ": check that the bot’s user may read the file.";
        case NOT_TEXT ->
            "Cannot read the article "
                + e.subject()
                + ": it is not text. Save it as plain text (UTF-8 or UTF-16) or Markdown, not as"
                + " a word-processor or PDF file.";
        case NOT_AN_ARTICLE ->
            "Cannot read the article "
                + e.subject()
                + ": no article could be made of its text. Paste the article’s headline and"
                + " paragraphs into a .txt or .md file.";
      };
    }
    if (e instanceof EmptyArticleException) {
      return "The article "
          + e.subject()
          + " has no body text: paste the article’s paragraphs into the file.";
    }
    if (e instanceof ArticleTooLargeException t) {
      return "The article "
          + e.subject()
          + " is "
          + size(t.size())
          + ", over the limit of "
          + size(t.limit())
          + ": check that it is the article’s text (not a whole saved web page), or raise"
          + " knowledge.max-article-bytes (ARTICLEBOT_KNOWLEDGE_MAX_ARTICLE_BYTES).";
    }
    if (e instanceof StateFolderException s) {
      return "The state folder "
          + e.subject()
          + " cannot be used: "
          + s.reason()
          + ". Make it a folder the bot’s user can write (a writable volume with free space),"
          + " or set state.dir (ARTICLEBOT_STATE_DIR) to one.";
    }
    if (e instanceof NoArticlesException) {
      return "No articles in "
          + e.subject()
          + ": put .txt or .md files there, or point knowledge.articles at a file.";
    }
    return "Cannot load the articles: " + e.subject();
  }

  /** In the binary units the limit is set in: "50.0 MiB", "1.0 MiB", "900 KiB". */
  private static String size(long bytes) {
    if (bytes >= 1L << 20) {
      return String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / (double) (1L << 20));
    }
    return Math.max(1, Math.round(bytes / 1024.0)) + " KiB";
  }

  /** + or - in the console before any answer that can be rated. */
  public static String nothingToRate() {
    return "There is no answer to rate yet: ask a question first, then type + or - after it.";
  }
}
