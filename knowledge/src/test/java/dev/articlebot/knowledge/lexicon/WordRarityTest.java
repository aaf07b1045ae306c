package dev.articlebot.knowledge.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordRarityTest {
  private final WordRarity english = WordRarity.english();

  @Test
  void aWordOfTheVocabularyOrAnInflectionOfOneIsAWord() {
    assertThat(english.isWord("infrastructure")).isTrue();
    assertThat(english.isWord("Remainder")).isTrue();
    assertThat(english.isWord("relocations")).isTrue();
    assertThat(english.isWord("delaying")).isTrue();
  }

  @Test
  void aCompoundWrittenTogetherOrAFragmentIsNot() {
    assertThat(english.isWord("longterm")).isFalse();
    assertThat(english.isWord("ebikes")).isFalse();
    assertThat(english.isWord("xqzv")).isFalse();
  }

  @Test
  void commonWordsRankBeforeRareOnes() {
    assertThat(english.rank("the")).isLessThan(english.rank("dredging"));
    assertThat(english.isUnknown("xqzv")).isTrue();
  }
}
