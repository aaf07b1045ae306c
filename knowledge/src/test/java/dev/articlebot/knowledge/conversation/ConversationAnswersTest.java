package dev.articlebot.knowledge.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.articlebot.knowledge.KnowledgeBase;
import dev.articlebot.knowledge.TestKnowledge;
import dev.articlebot.knowledge.answer.Citation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Threads answered through the whole pipeline on the bundled article. */
class ConversationAnswersTest {
  private final KnowledgeBase kb = TestKnowledge.bundled();

  private List<Exchange> thread(String... messages) {
    List<Turn> turns = new ArrayList<>();
    List<Exchange> out = new ArrayList<>();
    for (String m : messages) {
      Exchange e = kb.answerInConversation(List.copyOf(turns), m);
      turns.add(e.turn());
      out.add(e);
    }
    return out;
  }

  private static int lead(Exchange e) {
    return e.answer().citations().get(0).paragraph();
  }

  @Test
  void aPronounFollowUpIsAnsweredAboutThePersonBeforeIt() {
    List<Exchange> t =
        thread(
            "What did Gao Zhikai call the meeting?",
            "when did he first raise the idea of inevitable peace?");
    assertThat(t.get(0).turn().people()).contains("Gao Zhikai");
    assertThat(t.get(1).reading().question()).startsWith("When did Gao Zhikai first raise");
    assertThat(t.get(1).answer().answered()).isTrue();
    assertThat(t.get(1).answer().text()).contains("2021");
  }

  @Test
  void aQuestionAboutTheArticleItselfStandsAloneInAThread() {
    List<Exchange> t = thread("how long did Xi and Trump meet?", "who wrote this?");
    assertThat(t.get(1).reading().kind()).isEqualTo(Reading.Kind.AS_ASKED);
    assertThat(t.get(1).answer().citations().get(0).paragraph()).isZero();
  }

  @Test
  void moreGivesAPassageNotShownBefore() {
    List<Exchange> t = thread("What did Wu Xinbo say about Trump's G2 rhetoric?", "more");
    assertThat(t.get(1).reading().kind()).isEqualTo(Reading.Kind.MORE);
    assertThat(t.get(1).answer().answered()).isTrue();
    assertThat(t.get(1).answer().citations().stream().map(Citation::paragraph))
        .doesNotContain(lead(t.get(0)));
  }

  @Test
  void theSameWordsWithoutAThreadAreReadAsAsked() {
    Exchange alone =
        kb.answerInConversation(List.of(), "when did he first raise the idea of inevitable peace?");
    assertThat(alone.reading().completed()).isFalse();
    assertThat(alone.turn().question())
        .isEqualTo("when did he first raise the idea of inevitable peace?");
  }
}
