package dev.articlebot.knowledge.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.articlebot.knowledge.index.TextAnalysis;
import dev.articlebot.knowledge.lexicon.WordRarity;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionLanguageTest {
  private final TextAnalysis analysis = new TextAnalysis();
  private final QuestionLanguage language =
      new QuestionLanguage(
          WordRarity.english(),
          ArticleVocabulary.of(
              List.of(
                  analysis.termSet(
                      "Xi Jinping met Donald Trump in Busan; Wu Xinbo said the tariffs on soybeans"
                          + " were cut."))),
          analysis);

  @Test
  void englishQuestionsReadAsEnglishHoweverTerse() {
    for (String q :
        List.of(
            "What did Wu Xinbo say?",
            "xi trump busan when",
            "soybean tariff cut details",
            "Xi Jinping Busan Trump meeting",
            "tarrifs soybeans",
            "how long did they meet 🤝",
            "Wu Xinbo?",
            "")) {
      assertThat(language.readsAsEnglish(q)).as(q).isTrue();
    }
  }

  @Test
  void questionsInOtherLanguagesDoNot() {
    for (String q :
        List.of(
            "¿Qué dijo Wu Xinbo?",
            "¿Cuándo se reunieron Xi y Trump?",
            "Wann haben sich Xi und Trump getroffen?",
            "Quand Xi et Trump se sont-ils rencontrés ?",
            "O que Xi disse sobre Busan?",
            "Что сказал Си Цзиньпин?",
            "习近平和特朗普在哪里见面？")) {
      assertThat(language.readsAsEnglish(q)).as(q).isFalse();
    }
  }
}
