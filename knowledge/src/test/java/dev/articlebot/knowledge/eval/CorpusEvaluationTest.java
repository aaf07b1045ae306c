package dev.articlebot.knowledge.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.articlebot.knowledge.TestKnowledge;
import dev.articlebot.knowledge.article.ArticleLoader;
import dev.articlebot.knowledge.article.ArticleParser;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A corpus is scored article by article, whatever one of its articles holds. */
class CorpusEvaluationTest {
  private static final ArticleLoader LOADER = new ArticleLoader(new ArticleParser());

  private static final String QUESTIONS =
      "{\"question\": \"how much will the road repairs cost?\", \"paragraphs\": [1],"
          + " \"answerable\": true, \"answers\": [\"$4 million\"]}\n"
          + "{\"question\": \"who won the cup final?\", \"paragraphs\": [],"
          + " \"answerable\": false, \"answers\": []}\n";

  @Test
  void anArticleTheReaderCannotReadAnswersNothingAndTheOthersStillCount(@TempDir Path dir)
      throws Exception {
    Path news = Files.createDirectory(dir.resolve("news"));
    Files.writeString(
        news.resolve("budget.txt"),
        "Council approves road budget\n\nBy Jane Doe\n\n"
            + "The city council approved $4 million for road repairs on Tuesday night.\n\n"
            + "Mayor Ann Lee said the money would repave 40 streets by next autumn.\n");
    Files.writeString(news.resolve("budget.jsonl"), QUESTIONS);
    Files.writeString(news.resolve("menu-only.txt"), "Home\nNews\nSport\nShare\nPrint\n");
    Files.writeString(news.resolve("menu-only.jsonl"), QUESTIONS);

    CorpusEvaluation.Report r =
        new CorpusEvaluation(TestKnowledge::index).run(Corpus.read(dir, LOADER));

    assertThat(r.articles()).extracting(a -> a.entry().id()).containsExactly("budget", "menu-only");
    EvalReport unread = r.articles().get(1).report();
    assertThat(unread.answerable()).isEqualTo(1);
    assertThat(unread.firstRightRate()).isZero();
    assertThat(unread.wrongRefusalRate()).isEqualTo(1.0);
    assertThat(unread.rightRefusalRate()).isEqualTo(1.0);
    assertThat(r.articles().get(0).report().answerable()).isEqualTo(1);
  }
}
