package dev.articlebot.knowledge.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.articlebot.knowledge.TestKnowledge;
import dev.articlebot.knowledge.answer.Answer;
import dev.articlebot.knowledge.answer.Citation;
import dev.articlebot.knowledge.article.ArticleLoader;
import dev.articlebot.knowledge.article.ArticleParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

  @Test
  void offTopicQuestionsAreCountedApartAndAveragedOnlyWhereASetMarksThem() {
    List<EvalQuestion> marked =
        List.of(
            new EvalQuestion("a1", "when do the repairs start?", List.of(), "unanswerable"),
            new EvalQuestion("a2", "tell me a joke", List.of(), "offtopic"),
            new EvalQuestion("a3", "what is the capital of peru?", List.of(), "offtopic"));
    List<EvalQuestion> unmarked =
        List.of(new EvalQuestion("b1", "who won the cup?", List.of(), "unanswerable"));
    // refuses every question but the one about the capital
    Citation lima = new Citation("peru", "Peru", 1, "", "Lima is the capital.", "Lima.", 1);
    Evaluation evaluation =
        new Evaluation(
            q ->
                q.contains("capital")
                    ? new Answer(q, true, "Lima.", List.of(lima), 1, false)
                    : new Answer(q, false, "", List.of(), 0, false));

    EvalReport m = evaluation.run(marked);
    EvalReport u = evaluation.run(unmarked);

    assertThat(m.unanswerable()).isEqualTo(3);
    assertThat(m.rightRefusals()).isEqualTo(2);
    assertThat(m.offTopic()).isEqualTo(2);
    assertThat(m.offTopicRefusalRate()).isEqualTo(0.5);
    assertThat(u.offTopic()).isZero();
    assertThat(
            CorpusEvaluation.average(
                List.of(m, u), EvalReport::offTopicRefusalRate, CorpusEvaluation.Measure.OFF_TOPIC))
        .isEqualTo(0.5);
  }
}
