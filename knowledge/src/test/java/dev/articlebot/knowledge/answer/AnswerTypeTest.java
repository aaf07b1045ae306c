package dev.articlebot.knowledge.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.articlebot.knowledge.answer.AnswerType.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerTypeTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "How long did the summit last? | DURATION",
        "how long ago did they meet | NONE",
        "How many tons of wheat were sold? | COUNT",
        "how much did the new stadium cost? | MONEY",
        "how much is the fine worth in dollars | MONEY",
        "What's the price of wheat now? | MONEY",
        "what is the cost of the new bridge | MONEY",
        "what price did they settle on? | NONE",
        "How much were the levies cut? | AMOUNT",
        "what percentage of voters agreed | AMOUNT",
        "how much does the mayor care about parks? | NONE",
        "Which month is the vote? | MONTH",
        "in what year was the bridge built | YEAR",
        "When did the strike end? | DATE",
        "until when is the road closed | DATE",
        "what dates were the hearings | DAY",
        "what exact date is the vote | DAY",
        "where was the mayor when he heard the news? | NONE",
        "why did the council vote no? | NONE",
        "what did the minister say about schools | NONE"
      })
  void readsWhatDetailAQuestionAsksFor(String question, Kind kind) {
    assertThat(AnswerType.of(question).kind()).isEqualTo(kind);
  }

  @Test
  void aDurationNeedsANumberOfTimeUnits() {
    AnswerType type = AnswerType.of("How long did the summit last?");
    assertThat(type.satisfiedBy("The leaders met for about 90 minutes in Oslo.")).isTrue();
    assertThat(type.satisfiedBy("The truce holds for a year.")).isTrue();
    assertThat(type.satisfiedBy("It was a two-hour meeting.")).isTrue();
    assertThat(type.satisfiedBy("The leaders met in Oslo on June 3.")).isFalse();
    assertThat(type.satisfiedBy("She has pushed for the bridge since 2021.")).isTrue();
  }

  @Test
  void aCountNeedsANumberOfTheThingsCounted() {
    AnswerType type = AnswerType.of("How many tons of wheat did they sell?");
    assertThat(type.satisfiedBy("They sold 12 million tons of wheat.")).isTrue();
    assertThat(type.satisfiedBy("Wheat duties fell to 10 percent from 20 percent.")).isFalse();

    AnswerType firms = AnswerType.of("how many companies were affected");
    assertThat(firms.satisfiedBy("The rules hit thousands more of small companies.")).isTrue();
    assertThat(firms.satisfiedBy("Several delegations visited; the companies stayed quiet."))
        .isFalse();
  }

  @Test
  void anExactCountOrAmountNeedsAFigure() {
    AnswerType firms = AnswerType.of("exactly how many companies were affected");
    assertThat(firms.satisfiedBy("The rules hit thousands more of small companies.")).isFalse();
    assertThat(firms.satisfiedBy("The rules hit 1,200 small companies.")).isTrue();
    AnswerType rate = AnswerType.of("what rate exactly?");
    assertThat(rate.satisfiedBy("Tariffs were cut by half.")).isFalse();
    assertThat(rate.satisfiedBy("Tariffs were cut to 10 percent.")).isTrue();
  }

  @Test
  void moneyNeedsACurrencyOrLargeSum() {
    AnswerType type = AnswerType.of("How much did the bridge cost?");
    assertThat(type.satisfiedBy("The bridge cost $4.5 billion.")).isTrue();
    assertThat(type.satisfiedBy("It cost 300 million yuan.")).isTrue();
    assertThat(type.satisfiedBy("Tolls rose 10 percent after it opened.")).isFalse();
  }

  @Test
  void datesMonthsAndYearsNeedThatKindOfTime() {
    assertThat(AnswerType.of("When did they meet?").satisfiedBy("They met on October 30."))
        .isTrue();
    assertThat(AnswerType.of("When did they meet?").satisfiedBy("They met the following day."))
        .isTrue();
    assertThat(AnswerType.of("When did they meet?").satisfiedBy("They met in Busan.")).isFalse();
    assertThat(AnswerType.of("when will it open?").satisfiedBy("It will open in the spring."))
        .isTrue();
    assertThat(AnswerType.of("which month will he visit").satisfiedBy("He will visit in 2026."))
        .isFalse();
    assertThat(AnswerType.of("which month will he visit").satisfiedBy("He may visit next year."))
        .isFalse();
    assertThat(AnswerType.of("which month will he visit").satisfiedBy("He will visit in May."))
        .isTrue();
    assertThat(AnswerType.of("what year was it coined").satisfiedBy("It was coined in 2005."))
        .isTrue();
  }

  @Test
  void aCalendarDayNeedsMoreThanAMonth() {
    AnswerType type = AnswerType.of("What date was the phone call?");
    assertThat(type.satisfiedBy("They spoke on September 19.")).isTrue();
    assertThat(type.satisfiedBy("They spoke on 19 September.")).isTrue();
    assertThat(type.satisfiedBy("They spoke the following day.")).isTrue();
    assertThat(type.satisfiedBy("They spoke in September.")).isFalse();
  }

  @Test
  void whoLedSomethingNeedsAPersonTheArticlesName() {
    AnswerType type = AnswerType.of("Who led the trade delegation?", java.util.Set.of("ana ruiz"));
    assertThat(type.kind()).isEqualTo(Kind.PERSON);
    assertThat(type.satisfiedBy("The delegation was led by Ana Ruiz, the trade minister."))
        .isTrue();
    assertThat(type.satisfiedBy("Several trade delegations visited the port.")).isFalse();
    assertThat(type.satisfiedBy("After the Ana Ruiz-Tom Hale summit, delegations visited."))
        .isFalse();
    assertThat(AnswerType.of("which officials were at the talks").kind()).isEqualTo(Kind.PERSON);
    assertThat(AnswerType.of("who is Ana Ruiz?").kind()).isEqualTo(Kind.NONE);
  }

  @Test
  void thePersonWhoLedItIsNamedNearWhatTheQuestionIsAbout() {
    AnswerType type =
        AnswerType.of("Who led the talks in Lisbon?", java.util.Set.of("ana ruiz", "tom hale"));
    java.util.function.Predicate<String> lisbon = "lisbon"::equals;
    assertThat(type.namesPersonNear("Talks in Lisbon were led by Ana Ruiz.", lisbon, 15)).isTrue();
    assertThat(
            type.namesPersonNear(
                "Ana Ruiz, the trade minister, led the talks in Lisbon.", lisbon, 15))
        .isTrue();
    String far =
        "Right after the meeting between Ana Ruiz and Tom Hale, the two countries announced a"
            + " roll-back of trade measures after officials reached agreements during talks held"
            + " in Lisbon.";
    assertThat(type.namesPersonNear(far, lisbon, 15)).isFalse();
    assertThat(type.namesPersonNear("Talks in Lisbon went well.", lisbon, 15)).isFalse();
    // Other kinds of detail are read as satisfiedBy reads them.
    AnswerType when = AnswerType.of("When were the talks in Lisbon?");
    assertThat(when.namesPersonNear("Talks in Lisbon were in May 2024.", lisbon, 15)).isTrue();
  }

  @Test
  void questionsAskingForNoDetailAcceptAnyPassage() {
    assertThat(AnswerType.of("Why did they meet?").satisfiedBy("No numbers here.")).isTrue();
  }
}
