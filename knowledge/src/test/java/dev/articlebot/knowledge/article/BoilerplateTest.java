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
        "Advertisement",
        "ADVERTISEMENT · Continue reading below",
        "Stream the cup final and more with a sports pass. No contract, cancel anytime.",
        "Follow Local News on Facebook",
        "Get your free guide to the election now.",
        "Continue reading the main story",
        "Reporting from Jefferson City, Mo.",
        "(Updates with analyst comment in fifth paragraph.)",
        "The ABC acknowledges Aboriginal and Torres Strait Islander peoples as the First"
            + " Australians and Traditional Custodians of the lands where we live, learn, and work.",
        "Support local journalism: subscribe to The Marlow Register at marlowregister.com/subscribe.",
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
        "He was 34.",
        "She is 34.",
        "It was 2-1.",
        "Support in the town for the repairs has been strong. At a packed meeting, 212 signed.",
        "Order in the room was restored only after Marks threatened to clear the gallery.",
        "Buy American provisions in the state's energy law did not come up during the debate.",
        "Join the dots and the pattern is plain: the money went to the same three firms.",
        "Read Across America Day falls on March 2.",
        "Watch Duty, a wildfire app, sent alerts to 40,000 phones overnight.",
        "Please, God, let it stop, she prayed.",
        "The US Federal Trade Commission also fined the app maker $5 million.",
        "The advertisement, which aired in March, drew 214 complaints to the regulator.",
        "Families skip to the front of the queue if they have a child under two.",
        "Students continue reading at home over the summer under the new scheme.",
        "Reporting from Kyiv for six years, she saw the war change the city.",
        "(Adding the two figures, the deficit reaches $4 million.)",
        "Residents can read the full plan at marlowcounty.gov before the vote.",
      })
  void newsTextIsNotFurniture(String line) {
    assertThat(Boilerplate.test(line)).isFalse();
  }
}
