package dev.articlebot.knowledge.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplateTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Share",
        "Skip to main content",
        "Comments (14)",
        "Listen to this article · 4 min",
        "Advertisement · Scroll to continue",
        "Story continues below advertisement",
        "1 of 2 |",
        "14 min read",
        "Home | UK | World | Business | Politics",
        "About Us  Contact Us  Advertise  Careers",
        "Sign up for our Morning Brief newsletter",
        "Get the latest science news with our free email newsletters, updated daily.",
        "Tell us what you think -- we welcome both positive and negative comments.",
        "If you buy something from a link, we may earn a commission. See our ethics statement.",
        "We use cookies to improve your experience on this site.",
        "Please use Chrome browser for a more accessible video player",
        "·",
      })
  void pageFurnitureIsRecognisedByShape(String line) {
    assertThat(Boilerplate.test(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Support for the plan has grown since the summer, officials said.",
        "“Sign up now, before the prices go up,” the shop owner told customers.",
        "We spent three years building the app, the founders said in an interview.",
        "Share prices fell 6.2 percent in after-hours trading.",
        "Contractor withdrew",
        "Residents can pick up free bottled water at the fire station until 9 p.m.",
      })
  void newsTextIsNotFurniture(String line) {
    assertThat(Boilerplate.test(line)).isFalse();
  }
}
