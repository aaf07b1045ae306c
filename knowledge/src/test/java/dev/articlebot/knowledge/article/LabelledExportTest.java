package dev.articlebot.knowledge.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LabelledExportTest {

  private final ArticleParser parser = new ArticleParser();

  private static final String EXPORT =
      "Transit authority to cut 11 bus routes, lay off 60 drivers\n"
          + "Okafor, Daniel; Lindqvist, Maren\n"
          + "The Plainfield Courier; Plainfield, Ohio [Plainfield, Ohio]. 03 Dec 2026: A.1.\n\n"
          + "Full Text\n\n"
          + "The Miami Valley Transit Authority will eliminate 11 bus routes early next year.\n\n"
          + "The cuts, which take effect Feb. 1, will end service on routes in the east side.\n\n"
          + "Credit: Daniel Okafor and Maren Lindqvist Staff Writers\n\n"
          + "Caption: Marisol Quintero waits for the No. 14 bus on Tuesday in Plainfield.\n\n"
          + "Subject: Public transportation; Budget deficits\n"
          + "Publication title: The Plainfield Courier; Plainfield, Ohio\n"
          + "Source type: Newspaper\n"
          + "Document type: News\n"
          + "ProQuest document ID: 3148822091\n"
          + "Document URL: https://www.proquest.com/newspapers/3148822091\n"
          + "Database: U.S. Newsstream\n";

  @Test
  void aResearchDatabasesRecordGivesTheStoryItsHeaderAndNoneOfItsFields() {
    Article a = parser.parse("t", EXPORT);
    assertThat(a.title()).isEqualTo("Transit authority to cut 11 bus routes, lay off 60 drivers");
    assertThat(a.authors()).containsExactly("Daniel Okafor", "Maren Lindqvist");
    assertThat(a.published()).isEqualTo("03 Dec 2026");
    assertThat(a.captions())
        .extracting(Caption::text)
        .containsExactly("Marisol Quintero waits for the No. 14 bus on Tuesday in Plainfield.");
    assertThat(a.paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "The Miami Valley Transit Authority will eliminate 11 bus routes early next year.",
            "The cuts, which take effect Feb. 1, will end service on routes in the east side.");
  }

  @Test
  void aStoryThatSaysFullTextIsNoExport() {
    assertThat(LabelledExport.is(List.of("Headline", "Full Text", "The story.", "Database: X")))
        .isFalse();
    assertThat(LabelledExport.is(EXPORT.lines().toList())).isTrue();
  }
}
