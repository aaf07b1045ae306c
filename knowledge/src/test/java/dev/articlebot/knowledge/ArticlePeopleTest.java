package dev.articlebot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.articlebot.knowledge.article.Article;
import dev.articlebot.knowledge.article.ArticleParser;
import dev.articlebot.knowledge.quote.QuoteBook;
import dev.articlebot.knowledge.quote.Speaker;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArticlePeopleTest {
  private static final String TEXT =
      "Summit Ends\n\nBy Ann Lee\n\n"
          + "French President Marie Dupont met German Chancellor Hans Weber in Lyon on Monday for talks.\n\n"
          + "“We agreed on a great deal today and we will keep talking,” Dupont said after the talks.\n\n"
          + "“The border is open for business again from next week,” Weber told reporters later.\n\n"
          + "The two leaders will meet again in the spring, officials said on Tuesday afternoon.\n";

  @Test
  void theTwoLeadersAreBothHeadsOfStateOrGovernment() {
    Article a = new ArticleParser().parse("summit", TEXT);
    List<Speaker> speakers = QuoteBook.of(List.of(a)).speakersIn("summit");
    Map<Speaker, Set<Integer>> people = ArticlePeople.of(a, speakers);
    assertThat(people).hasSize(2);
    people.values().forEach(paragraphs -> assertThat(paragraphs).contains(4));
  }

  @Test
  void withoutTwoLeadersNothingIsAdded() {
    Article bundled =
        new dev.articlebot.knowledge.article.ArticleLoader(new ArticleParser()).loadBundled();
    List<Speaker> speakers = QuoteBook.of(List.of(bundled)).speakersIn(bundled.id());
    Map<Speaker, Set<Integer>> people =
        ArticlePeople.of(bundled, speakers.subList(2, speakers.size()));
    people.forEach(
        (s, paragraphs) -> assertThat(paragraphs).containsExactlyElementsOf(s.paragraphs()));
  }
}
