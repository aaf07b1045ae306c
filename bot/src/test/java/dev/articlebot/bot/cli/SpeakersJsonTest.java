package dev.articlebot.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.articlebot.knowledge.article.Article;
import dev.articlebot.knowledge.article.ArticleParser;
import dev.articlebot.knowledge.quote.QuoteBook;
import java.util.List;
import org.junit.jupiter.api.Test;

/** speakers --json: one group per article, each with that article's counts and paragraphs. */
class SpeakersJsonTest {

  private static final ArticleParser PARSER = new ArticleParser();

  private static Article article(String id, String text) {
    return PARSER.parse(id, text);
  }

  @Test
  void speakersAreGroupedByArticleWithThatArticlesCountsAndParagraphs() {
    Article ferry =
        article(
            "a-ferry",
            "---\ntitle: Ferry service resumes after storm\n---\n\n"
                + "Ferries to Inchmore resumed on Monday after three days of gales.\n\n"
                + "“We lost three days of trade,” said Mayor Ada Lintz.\n\n"
                + "Harbour master Colm Devlin said the pier was safe. “It held,” Devlin said.\n");
    Article library =
        article(
            "b-library",
            "---\ntitle: Library to open on Sundays\n---\n\n"
                + "The town library will open on Sundays from March.\n\n"
                + "Work on the roof finished in January.\n\n"
                + "Librarian Rosa Quint said visits had doubled.\n\n"
                + "“It is money well spent,” said Mayor Ada Lintz. “Truly,” Lintz said.\n");
    Article quiet =
        article("c-quiet", "---\ntitle: Tide tables\n---\n\nHigh water is at 6.12am.\n");
    List<Article> articles = List.of(ferry, library, quiet);
    JsonNode json = new JsonViews(new ObjectMapper()).speakers(QuoteBook.of(articles), articles);

    JsonNode groups = json.get("articles");
    assertThat(groups).hasSize(3);
    assertThat(groups.get(0).get("article").asText()).isEqualTo("a-ferry");
    assertThat(groups.get(0).get("title").asText()).isEqualTo("Ferry service resumes after storm");
    assertThat(names(groups.get(0))).containsExactly("Ada Lintz", "Colm Devlin");
    assertThat(names(groups.get(1))).containsExactly("Rosa Quint", "Ada Lintz");
    assertThat(groups.get(2).get("speakers")).isEmpty();

    JsonNode lintzInFerry = groups.get(0).get("speakers").get(0);
    assertThat(lintzInFerry.get("quotes").asInt()).isEqualTo(1);
    assertThat(paragraphs(lintzInFerry)).containsExactly(2);
    JsonNode lintzInLibrary = groups.get(1).get("speakers").get(1);
    assertThat(lintzInLibrary.get("quotes").asInt()).isEqualTo(2);
    assertThat(paragraphs(lintzInLibrary)).containsExactly(4);
    JsonNode devlin = groups.get(0).get("speakers").get(1);
    assertThat(devlin.get("quotes").asInt()).isEqualTo(1);
    assertThat(devlin.get("paraphrases").asInt()).isEqualTo(1);
  }

  private static List<String> names(JsonNode group) {
    return group.get("speakers").findValuesAsText("name");
  }

  private static List<Integer> paragraphs(JsonNode speaker) {
    List<Integer> out = new java.util.ArrayList<>();
    speaker.get("paragraphs").forEach(p -> out.add(p.asInt()));
    return out;
  }
}
