package dev.articlebot.knowledge.answer;

import dev.articlebot.knowledge.article.Article;
import dev.articlebot.knowledge.article.Paragraph;
import dev.articlebot.knowledge.article.Sentence;
import dev.articlebot.knowledge.index.TextAnalysis;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * The places, bodies and groups the articles report as saying or doing something in words ("China
 * said", "Beijing has long argued", "many analysts believe"). A country the article only writes
 * about ("the Taiwan question") has no voice in it, so "what did Taiwan say about…?" is not
 * answered from it. People are the quote book's business; this covers everything else.
 */
final class Voices {
  private static final Pattern SPEECH =
      Pattern.compile(
          "\\b(?:said|say|says|saying|argued|argue|argues|announced|announce|stressed|reiterated"
              + "|responded|respond|retaliated|rejected|urged|called|warned|believe|believes"
              + "|think|thinks|told|agreed|claimed|insisted|pledged|hailed|labeled|labelled"
              + "|considers|considered|stated|denied|welcomed|criticized|criticised|vowed"
              + "|promised|demanded|accused|praised|reported|noted|added|wrote|replied|reacted"
              + "|declared|acknowledged|signaled|signalled|proposed|opposed|suggested)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}’'-]+");

  /** Words that make a phrase about people, whom the quote book covers. */
  private static final Set<String> PEOPLE =
      Set.of(
          "he",
          "she",
          "they",
          "him",
          "her",
          "them",
          "it",
          "i",
          "you",
          "we",
          "someone",
          "anyone",
          "people",
          "person",
          "president",
          "minister",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "chief",
          "official",
          "officials",
          "leader",
          "leaders",
          "analyst",
          "analysts",
          "expert",
          "experts",
          "academic",
          "academics",
          "professor",
          "scholar",
          "scholars",
          "economist",
          "secretary",
          "ambassador",
          "diplomat",
          "diplomats",
          "author",
          "writer",
          "journalist",
          "reporter",
          "observer",
          "observers",
          "commentator",
          "commentators",
          "critic",
          "critics",
          "director",
          "chair",
          "chairman",
          "dean",
          "head",
          "boss",
          "envoy",
          "negotiator",
          "negotiators",
          "counterpart",
          "man",
          "woman",
          "guy");

  private final TextAnalysis analysis;
  private final Set<String> voiced;

  private Voices(TextAnalysis analysis, Set<String> voiced) {
    this.analysis = analysis;
    this.voiced = Set.copyOf(voiced);
  }

  /** The stemmed words that come up to four words before a speech verb in the articles. */
  static Voices of(List<Article> articles, TextAnalysis analysis) {
    Set<String> voiced = new HashSet<>();
    for (Article a : articles) {
      for (Paragraph p : a.paragraphs()) {
        for (Sentence s : p.sentences()) {
          List<String> words = WORD.matcher(s.text()).results().map(MatchResult::group).toList();
          for (int i = 0; i < words.size(); i++) {
            if (!SPEECH.matcher(words.get(i)).matches()) continue;
            for (int j = Math.max(0, i - 4); j < i; j++)
              voiced.addAll(analysis.terms(words.get(j)));
          }
        }
      }
    }
    return new Voices(analysis, voiced);
  }

  /**
   * False when {@code who} names no person ("Taiwan", "Taiwan's government") and its words never
   * come just before a speech verb in the articles; true otherwise, and for any phrase about
   * people.
   */
  boolean mayHaveSaid(String who) {
    List<String> words =
        WORD.matcher(who.toLowerCase(Locale.ROOT))
            .results()
            .map(MatchResult::group)
            .map(w -> w.replaceAll("['’]s?$", ""))
            .toList();
    if (words.isEmpty() || words.stream().anyMatch(PEOPLE::contains)) return true;
    boolean content = false;
    for (String w : words) {
      for (String term : analysis.terms(w)) {
        content = true;
        if (voiced.contains(term)) return true;
      }
    }
    return !content;
  }
}
