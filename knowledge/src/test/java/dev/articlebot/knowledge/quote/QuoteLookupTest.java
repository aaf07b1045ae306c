package dev.articlebot.knowledge.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Lookup by name, alias, title, role, question and typo; robustness against odd input. */
class QuoteLookupTest {

  private static QuoteBook bundled;
  private static QuoteBook all;

  @BeforeAll
  static void build() {
    bundled = QuoteBook.of(List.of(TestArticles.article(TestArticles.BUNDLED)));
    all = QuoteBook.of(TestArticles.all());
  }

  private static QuoteLookup.Found found(QuoteBook book, String query) {
    QuoteLookup result = book.lookup(query);
    assertThat(result).as(query).isInstanceOf(QuoteLookup.Found.class);
    return (QuoteLookup.Found) result;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Wu Xinbo",
        "wu",
        "WU XINBO",
        "  wu xinbo  ",
        "What did Wu Xinbo say?",
        "wu's quotes",
        "quote Wu",
        "Xinbo"
      })
  void findsWuXinbo(String query) {
    QuoteLookup.Found f = found(bundled, query);
    assertThat(f.speaker().name()).isEqualTo("Wu Xinbo");
    assertThat(f.corrected()).isFalse();
    assertThat(f.quotes()).extracting(Quote::paragraph).containsExactly(14, 14, 15);
    assertThat(f.quotes().get(0).context()).isEqualTo("told NewsChina");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Victor Gao", "Gao Zhikai", "quote Victor Gao", "gao", "victor"})
  void findsGaoByNameAndParenthesisedAlias(String query) {
    QuoteLookup.Found f = found(bundled, query);
    assertThat(f.speaker().name()).isEqualTo("Gao Zhikai");
    assertThat(f.quotes()).extracting(Quote::text).contains("turning point", "co-equals");
    assertThat(f.quotes().get(0).kind()).isEqualTo(QuoteKind.DIRECT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"President Xi", "Xi", "xi jinping", "Chinese President"})
  void findsXiByTitleSurnameAndRole(String query) {
    assertThat(found(bundled, query).speaker().name()).isEqualTo("Xi Jinping");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Trump", "President Trump", "donald trump", "What did Trump say"})
  void findsTrump(String query) {
    QuoteLookup.Found f = found(bundled, query);
    assertThat(f.speaker().name()).isEqualTo("Donald Trump");
    assertThat(f.quotes()).extracting(Quote::paragraph).contains(9, 10, 11);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "the spokesperson",
        "foreign ministry spokesperson",
        "what did the foreign ministry spokesperson say",
        "Guo Jiakun",
        "spokesman"
      })
  void findsTheSpokespersonByRole(String query) {
    QuoteLookup.Found f = found(bundled, query);
    assertThat(f.speaker().name()).isEqualTo("Guo Jiakun");
    assertThat(f.quotes()).singleElement().satisfies(q -> assertThat(q.paragraph()).isEqualTo(21));
  }

  @Test
  void aRoleSharedBySeveralSpeakersIsAmbiguous() {
    assertThat(bundled.lookup("Fudan professor"))
        .isInstanceOfSatisfying(
            QuoteLookup.Ambiguous.class,
            a ->
                assertThat(a.candidates())
                    .extracting(Speaker::name)
                    .containsExactly("Wu Xinbo", "Shen Yi", "Zhao Minghao"));
    assertThat(bundled.lookup("the president"))
        .isInstanceOfSatisfying(
            QuoteLookup.Ambiguous.class,
            a ->
                assertThat(a.candidates())
                    .extracting(Speaker::name)
                    .containsExactly("Xi Jinping", "Donald Trump"));
  }

  @Test
  void aTypoIsFoundAsACorrection() {
    QuoteLookup.Found f = found(bundled, "Wu Xinpo");
    assertThat(f.speaker().name()).isEqualTo("Wu Xinbo");
    assertThat(f.corrected()).isTrue();
    assertThat(f.correctedFrom()).isEqualTo("Wu Xinpo");
    assertThat(found(bundled, "Xi Jingping").speaker().name()).isEqualTo("Xi Jinping");
    assertThat(found(bundled, "What did Zhao Minghoa say?").speaker().name())
        .isEqualTo("Zhao Minghao");
  }

  @Test
  void someoneNotQuotedIsNotFoundAndTheQuotedAreListed() {
    assertThat(bundled.lookup("Joe Biden"))
        .isInstanceOfSatisfying(
            QuoteLookup.NotFound.class,
            n -> {
              assertThat(n.query()).isEqualTo("Joe Biden");
              assertThat(n.suggestions()).doesNotContain("Joe Biden");
              assertThat(n.quoted()).extracting(Speaker::name).isEqualTo(names(bundled));
            });
    // mentioned in the article (¶12) but never quoted: not a speaker
    assertThat(bundled.lookup("C. Fred Bergsten")).isInstanceOf(QuoteLookup.NotFound.class);
    assertThat(bundled.lookup("Bergsten")).isInstanceOf(QuoteLookup.NotFound.class);
  }

  @Test
  void speakersAreEveryoneQuotedInOrderOfFirstAppearance() {
    assertThat(names(bundled))
        .containsExactly(
            "Xi Jinping",
            "Donald Trump",
            "Wu Xinbo",
            "Gao Zhikai",
            "Guo Jiakun",
            "John Thorton",
            "Shen Yi",
            "Da Wei",
            "Dong Jun",
            "Pete Hegseth",
            "Zhao Minghao");
  }

  @Test
  void theDirectoryKnowsAliasesAndRoles() {
    Speaker gao = found(bundled, "Gao").speaker();
    assertThat(gao.aliases()).contains("Victor Gao", "Gao");
    assertThat(gao.role())
        .isEqualTo(
            "vice president of the Center for China and Globalization, a Beijing-based"
                + " nongovernmental think tank");
    assertThat(gao.paragraphs()).containsExactly(16, 17, 18);
    Speaker guo = found(bundled, "Guo").speaker();
    assertThat(guo.role()).isEqualTo("China’s Foreign Ministry spokesperson");
    assertThat(guo.paragraphs()).containsExactly(20, 21);
    assertThat(found(bundled, "Wu").speaker().role())
        .startsWith("a professor and dean of the Institute of International Studies");
    assertThat(found(bundled, "Xi").speaker().aliases()).contains("Xi", "President Xi");
    assertThat(found(bundled, "Trump").speaker().aliases()).contains("Trump");
    assertThat(found(bundled, "Dong").speaker().role()).isEqualTo("China’s Defense Minister");
  }

  @Test
  void contextsComeFromTheAttribution() {
    assertThat(found(bundled, "Shen Yi").quotes())
        .filteredOn(q -> q.paragraph() == 30)
        .singleElement()
        .satisfies(
            q ->
                assertThat(q.context()).isEqualTo("said in a column for guancha.cn on October 30"));
    assertThat(found(bundled, "Xi").quotes())
        .filteredOn(q -> q.paragraph() == 25 && q.text().startsWith("China’s development"))
        .singleElement()
        .satisfies(q -> assertThat(q.context()).isEqualTo("said during the Busan meeting"));
    assertThat(found(bundled, "Trump").quotes())
        .filteredOn(q -> q.paragraph() == 10)
        .allSatisfy(
            q ->
                assertThat(q.context())
                    .isEqualTo("said in an interview with CBS News later on November 2"));
    assertThat(found(bundled, "Thorton").quotes())
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.kind()).isEqualTo(QuoteKind.PARAPHRASE);
              assertThat(q.context())
                  .isEqualTo("said in an interview with China Focus in March 2024");
            });
  }

  @Test
  void sameSurnameIsAmbiguousAcrossTheTestArticles() {
    assertThat(all.lookup("Li"))
        .isInstanceOfSatisfying(
            QuoteLookup.Ambiguous.class,
            a ->
                assertThat(a.candidates())
                    .extracting(Speaker::name)
                    .containsExactly("Li Wei", "Li Na"));
    assertThat(all.lookup("Becker"))
        .isInstanceOfSatisfying(
            QuoteLookup.Ambiguous.class,
            a ->
                assertThat(a.candidates())
                    .extracting(Speaker::name)
                    .containsExactly("Tom Becker", "Ellen Becker"));
    assertThat(found(all, "Li Na").speaker().name()).isEqualTo("Li Na");
    assertThat(found(all, "Senator Lopez").speaker().name()).isEqualTo("Maria Lopez");
    assertThat(found(all, "the mayor").speaker().name()).isEqualTo("Grace Whitfield");
    assertThat(found(all, "the spokeswoman").speaker().name()).isEqualTo("Zhou Min");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "?", "😀🔥", "习近平", "Ву Синбо", "\u0000\u200b", "'", "-"})
  void oddQueriesDoNotCrash(String query) {
    QuoteLookup result = bundled.lookup(query);
    assertThat(result).isNotNull();
    if (result instanceof QuoteLookup.NotFound n) {
      assertThat(n.quoted()).isNotEmpty();
      assertThat(n.suggestions()).allSatisfy(s -> assertThat(names(bundled)).contains(s));
    }
  }

  @Test
  void anEmptyQueryIsNotFoundWithoutSuggestions() {
    for (String q : new String[] {"", null, "   "}) {
      assertThat(bundled.lookup(q))
          .isInstanceOfSatisfying(
              QuoteLookup.NotFound.class,
              n -> {
                assertThat(n.suggestions()).isEmpty();
                assertThat(n.quoted()).hasSize(11);
              });
    }
  }

  @Test
  void aHugeQueryIsAnsweredQuickly() {
    String huge = "Wu Xinbo ".repeat(1200) + "x".repeat(1000);
    assertThat(huge.length()).isGreaterThan(10_000);
    assertTimeoutPreemptively(
        Duration.ofMillis(500),
        () -> {
          QuoteLookup result = bundled.lookup(huge);
          assertThat(result).isNotNull();
          assertThat(bundled.suggest(huge, 10)).isNotNull();
        });
  }

  @Test
  void suggestCompletesNamesAndAliases() {
    assertThat(bundled.suggest("w", 10)).contains("Wu Xinbo");
    assertThat(bundled.suggest("vic", 10)).containsExactly("Victor Gao");
    assertThat(bundled.suggest("gao", 10)).startsWith("Gao Zhikai");
    assertThat(bundled.suggest("pres", 10)).contains("President Xi", "President Trump");
    assertThat(bundled.suggest("", 100)).hasSizeLessThanOrEqualTo(25).contains("Xi Jinping");
    assertThat(bundled.suggest("zzz", 5)).isEmpty();
    assertThat(bundled.suggest("w", 0)).isEmpty();
    assertThatCode(() -> bundled.suggest(null, 5)).doesNotThrowAnyException();
  }

  @Test
  void aPersonQuotedInSeveralArticlesIsOneSpeaker() {
    QuoteBook twice =
        QuoteBook.of(
            List.of(
                TestArticles.article(TestArticles.BUNDLED),
                TestArticles.article(TestArticles.BUNDLED)));
    assertThat(names(twice)).isEqualTo(names(bundled));
    assertThat(twice.all()).hasSize(bundled.all().size() * 2);
  }

  private static List<String> names(QuoteBook book) {
    return book.speakers().stream().map(Speaker::name).toList();
  }

  @Test
  void someoneNamedButNeverQuotedIsKnownAsSuch() {
    QuoteLookup result = bundled.lookup("Bergsten");
    assertThat(result).isInstanceOf(QuoteLookup.NotFound.class);
    Speaker named = bundled.namedButNotQuoted("C. Fred Bergsten").orElseThrow();
    assertThat(named.name()).isEqualTo("C. Fred Bergsten");
    assertThat(named.paragraphs()).containsExactly(12);
    assertThat(bundled.namedButNotQuoted("Fred Bergsten")).contains(named);
    assertThat(bundled.namedButNotQuoted("Wu Xinbo")).isEmpty();
    assertThat(bundled.namedButNotQuoted("Joe Biden")).isEmpty();
    assertThat(all.namedButNotQuoted("Ellen Becker")).isEmpty();
  }

  @Test
  void rolesAreFoundByAnotherNameForTheirCountryTitleOrSpelling() {
    assertThat(found(bundled, "the American president").speaker().name()).isEqualTo("Donald Trump");
    assertThat(found(bundled, "the Chinese leader").speaker().name()).isEqualTo("Xi Jinping");
    assertThat(found(bundled, "China's defence minister").speaker().name()).isEqualTo("Dong Jun");
    assertThat(bundled.lookup("the defence minister")).isInstanceOf(QuoteLookup.Ambiguous.class);
    assertThat(bundled.lookup("the Korean president")).isInstanceOf(QuoteLookup.NotFound.class);
    assertThat(bundled.lookup("Japan's leader")).isInstanceOf(QuoteLookup.NotFound.class);
  }

  @Test
  void aCounterpartHoldsTheSameTitleForTheirCountry() {
    QuoteLookup.Found hegseth = found(bundled, "the US defense minister");
    assertThat(hegseth.speaker().name()).isEqualTo("Pete Hegseth");
    assertThat(hegseth.speaker().role()).isEqualTo("US Defense Minister");
    assertThat(found(bundled, "the Pentagon chief").speaker().name()).isEqualTo("Pete Hegseth");
    assertThat(found(bundled, "the White House").speaker().name()).isEqualTo("Donald Trump");
  }

  @Test
  void aUsSecretaryIsAMinisterHoweverTheCountryIsSpelled() {
    for (String who : List.of("the US defense secretary", "the U.S. Defense Secretary")) {
      assertThat(found(bundled, who).speaker().name()).as(who).isEqualTo("Pete Hegseth");
    }
    assertThat(found(bundled, "China's defense secretary").speaker().name()).isEqualTo("Dong Jun");
    assertThat(bundled.lookup("the U.K. defence secretary"))
        .isInstanceOf(QuoteLookup.NotFound.class);
  }
}
