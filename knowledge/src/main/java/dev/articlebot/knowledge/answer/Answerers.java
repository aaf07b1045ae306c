package dev.articlebot.knowledge.answer;

import dev.articlebot.knowledge.article.Article;
import dev.articlebot.knowledge.index.Embedder;
import dev.articlebot.knowledge.index.PassageIndex;
import dev.articlebot.knowledge.lexicon.WordRarity;
import dev.articlebot.knowledge.quote.QuoteBook;
import dev.articlebot.knowledge.quote.Speaker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The one place the answer pipeline is put together: its stages, and its rules in the order they
 * run.
 */
public final class Answerers {
  private Answerers() {}

  /**
   * What the pipeline is made of that does not depend on the learned model.
   *
   * @param articles the articles
   * @param reader reads questions
   * @param retriever finds candidates
   * @param features computes what the models read
   * @param people what the quote book says of people, for direct answers
   * @param rankRules the rank rules, in order
   * @param refusalRules the refusal rules, in order
   * @param disabled the direct answers left out (to measure what they are worth)
   */
  record Parts(
      List<Article> articles,
      QuestionReader reader,
      Retriever retriever,
      Features features,
      PersonFacts people,
      List<RankRule> rankRules,
      List<RefusalRule> refusalRules,
      Set<String> disabled) {
    Parts {
      rankRules = List.copyOf(rankRules);
      refusalRules = List.copyOf(refusalRules);
      disabled = Set.copyOf(disabled);
    }

    /** These parts without the direct answer or rule called {@code name}. */
    Parts without(String name) {
      Set<String> off = new HashSet<>(disabled);
      off.add(name);
      return new Parts(
          articles,
          reader,
          retriever,
          features,
          people,
          rankRules.stream().filter(r -> !r.name().equals(name)).toList(),
          refusalRules.stream().filter(r -> !r.name().equals(name)).toList(),
          off);
    }
  }

  /**
   * The pipeline over {@code index}'s passages of {@code articles}; {@code namedIn} gives the
   * passages about the people a question names.
   */
  public static Answerer of(
      List<Article> articles,
      PassageIndex index,
      QuoteBook quotes,
      Embedder questionEmbedder,
      QuestionText cleaner,
      AnswerModel model,
      Function<Question, Set<Integer>> namedIn) {
    WordRarity english = WordRarity.english();
    List<Set<String>> termSets = new ArrayList<>();
    for (var p : index.passages()) termSets.add(index.terms(p.id()));
    for (var a : articles) termSets.add(index.analysis().termSet(a.title() + " " + a.dek()));
    ArticleVocabulary vocabulary = ArticleVocabulary.of(termSets);
    QuestionReader reader =
        new QuestionReader(
            cleaner,
            Acronyms.of(articles, english),
            index.analysis(),
            questionEmbedder,
            personNames(quotes),
            new PersonAsked(quotes));
    Map<Speaker, Set<Integer>> speakerPassages = speakerPassages(articles, index, quotes);
    Set<String> articleWords = Features.wordsOf(articles);
    Cue unknownSpeaker = new Cue.UnknownSpeaker(articleWords::contains);
    List<Cue> cues =
        List.of(
            new Cue.UnknownName(
                new UnknownNames(
                    index.analysis(),
                    vocabulary,
                    name ->
                        !(quotes.lookup(name)
                            instanceof dev.articlebot.knowledge.quote.QuoteLookup.NotFound))),
            new Cue.DetailNotGiven(index),
            new Cue.SubjectNotInTheirPassages(index, english),
            unknownSpeaker);
    Features features =
        new Features(index, articleWords, q -> aboutPeople(q, namedIn, speakerPassages), cues);
    Parts parts =
        new Parts(
            articles,
            reader,
            new HybridRetriever(index, HybridRetriever.Weights.DEFAULT, HybridRetriever.CANDIDATES),
            features,
            new PersonFacts(quotes, articles),
            List.of(new RankRule.AskedPersonFirst(), new RankRule.QuotedPhraseFirst()),
            List.of(
                new RefusalRule.OtherLanguage(
                    new QuestionLanguage(english, vocabulary, index.analysis())),
                new RefusalRule.WhenCue(unknownSpeaker, Answer.Refusal.SPEAKER_NOT_QUOTED)),
            Set.of());
    return assemble(parts, model);
  }

  /** The stages over {@code parts}, deciding with {@code model}, in the order they run. */
  static Answerer assemble(Parts parts, AnswerModel model) {
    Reranker.Learned reranker = new Reranker.Learned(parts.features(), model, parts.rankRules());
    Composer composer = new Composer.Sentences(parts.features(), model);
    List<DirectAnswer> direct = new ArrayList<>();
    if (parts.articles().size() == 1) direct.add(new ArticleFacts(parts.articles().get(0)));
    direct.add(
        new PersonFacts.Answers(
            parts.people(),
            q -> reranker.rerank(q, parts.retriever().retrieve(q)),
            composer::cite));
    direct.removeIf(d -> parts.disabled().contains(d.name()));
    return new Answerer(
        parts,
        model,
        direct,
        reranker,
        new Decider.Learned(parts.features(), model, parts.refusalRules()),
        composer);
  }

  /** The passages about the person a question asks about, or else about the people it names. */
  private static Set<Integer> aboutPeople(
      Question q, Function<Question, Set<Integer>> named, Map<Speaker, Set<Integer>> passages) {
    Set<Integer> out = new HashSet<>(named.apply(q));
    q.person().ifPresent(s -> out.addAll(passages.getOrDefault(s, Set.of())));
    return out;
  }

  /** Per person the articles name, the passages they appear in. */
  private static Map<Speaker, Set<Integer>> speakerPassages(
      List<Article> articles, PassageIndex index, QuoteBook quotes) {
    Map<Speaker, Set<Integer>> out = new HashMap<>();
    for (Article a : articles) {
      List<Speaker> people = new ArrayList<>(quotes.speakersIn(a.id()));
      people.addAll(quotes.unquoted());
      for (var p : index.passages()) {
        if (!p.article().id().equals(a.id())) continue;
        for (Speaker s : people) {
          if (s.paragraphs().contains(p.paragraph().number())) {
            out.computeIfAbsent(s, k -> new HashSet<>()).add(p.id());
          }
        }
      }
    }
    return out;
  }

  /** The names and aliases of everyone the articles name, lower case, as whole words. */
  private static Set<String> personNames(QuoteBook quotes) {
    Set<String> names = new HashSet<>();
    for (var s : quotes.everyone()) {
      for (String f : s.allNames()) {
        String w = f.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        if (!w.isEmpty()) names.add(w);
      }
    }
    return Set.copyOf(names);
  }
}
