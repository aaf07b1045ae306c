package dev.articlebot.knowledge.answer;

import dev.articlebot.knowledge.index.TextAnalysis;
import dev.articlebot.knowledge.quote.QuoteLookup;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether the best passages really hold what the question asks about, so the bot can say
 * "the article does not say" instead of pretending. Similarity alone cannot tell an off-topic
 * question about a person the article quotes from an answerable one, so besides a similarity floor
 * it checks that what the question is about is in the articles at all:
 *
 * <ul>
 *   <li>the person or body asked about ("what did <b>the Pope</b> say"), and, for a title, that the
 *       articles' holders of it are from where the question says ("<b>South Korea's</b> president"
 *       when the article quotes only Chinese and US presidents),
 *   <li>for "how did <b>Taiwan</b> react?", that the articles report it saying or doing something,
 *   <li>the subject asked about ("what did Xi say about <b>climate change</b>"), and a name in it
 *       among the passages about the person asked about ("what was Wu Xinbo's view on
 *       <b>Taiwan</b>?": the article quotes Wu, and writes about Taiwan, but not Wu on Taiwan),
 *   <li>every name the question capitalises ("when were the <b>Geneva</b> talks?", {@link
 *       UnknownNames}),
 *   <li>for questions made mostly of words the articles never use, a higher similarity bar, unless
 *       they name someone the articles write about,
 *   <li>and, for a question asking for a detail (a duration, a count, a sum, a date), that the best
 *       passage gives one ({@link AnswerType}) in the sentence about what it is asked of.
 * </ul>
 *
 * A phrase counts as present when its rarest word is (words are weighed by how common they are in
 * English, so "change" does not vouch for "climate change").
 */
public final class AnswerCheck {

  /**
   * Thresholds, tuned on the project's question sets (see the eval command). A question needs
   * {@code minSimilarity}; or {@code onlyPassageSimilarity} when it names something only the best
   * passage mentions; or {@code coveredSimilarity} when the best passage uses every word of it, one
   * of them rare.
   */
  public record Thresholds(
      double minSimilarity,
      double topicSimilarity,
      double unknownShare,
      double unknownSimilarity,
      double onlyPassageSimilarity,
      double coveredSimilarity) {
    public static final Thresholds DEFAULT = new Thresholds(0.30, 0.50, 0.6, 0.42, 0.20, 0.12);
  }

  /**
   * How much less similar to the question than the passage's best sentence another may read and
   * still be about what the question asks.
   */
  private static final double SENTENCE_SLACK = 0.05;

  /**
   * How near, in words, the person answering "who led…?" must be named to the word the question is
   * most about.
   */
  private static final int PERSON_WINDOW = 15;

  /** A pronoun that carries the subject of the sentence before on ("Building <b>it</b> cost…"). */
  private static final Pattern REFERS_BACK =
      Pattern.compile(
          "\\b(?:it|its|they|them|their|this|these|he|him|his|she|her)\\b",
          Pattern.CASE_INSENSITIVE);

  /** Why a question was refused, or ANSWERED. */
  public enum Reason {
    ANSWERED,
    NO_CONTENT,
    OTHER_LANGUAGE,
    LOW_SIMILARITY,
    UNKNOWN_SPEAKER,
    NOT_QUOTED,
    UNKNOWN_TOPIC,
    MOSTLY_UNKNOWN_WORDS,
    MISSING_DETAIL
  }

  /** The decision and a relevance per ranked position. */
  public record Verdict(Reason reason, double confidence, double[] relevances) {
    public boolean answered() {
      return reason == Reason.ANSWERED;
    }

    /** How a reply should word the refusal. */
    public Answer.Refusal refusal() {
      return switch (reason) {
        case ANSWERED -> Answer.Refusal.NONE;
        case MISSING_DETAIL -> Answer.Refusal.DETAIL_NOT_GIVEN;
        case UNKNOWN_SPEAKER, NOT_QUOTED -> Answer.Refusal.SPEAKER_NOT_QUOTED;
        case OTHER_LANGUAGE -> Answer.Refusal.OTHER_LANGUAGE;
        case NO_CONTENT, LOW_SIMILARITY, UNKNOWN_TOPIC, MOSTLY_UNKNOWN_WORDS ->
            Answer.Refusal.NOT_IN_ARTICLE;
      };
    }

    public double relevance(int i) {
      return i < relevances.length ? relevances[i] : 0;
    }
  }

  private static final Pattern SPEAKER =
      Pattern.compile(
          "\\b(?:what|how)\\s+(?:did|does|do|has|have|had|would|will|is|was)\\s+(.+?)\\s+"
              + "(say|said|think|make of|believe|feel|tell|argue|claim|write|announce|pledge"
              + "|promise|vow|urge|warn|stress|propose|suggest|predict|demand|call for"
              + "|want|react|respond|view|see)\\b"
              + "|(?:^|\\bwhat(?:'s|’s| is| was)\\s+)(?:the\\s+)?([\\p{L}\\p{N} .-]{2,40}?)['’]s?\\s+"
              + "(?:take|view|views|position|stance|opinion|thoughts|reaction|response)\\b",
          Pattern.CASE_INSENSITIVE);

  /** Verbs asking what somebody did rather than said. */
  private static final Pattern ACTION = Pattern.compile("react|respond|want|see|view|make of");

  /** Verbs asking how somebody answered: only an actor the articles report acting can have. */
  private static final Pattern REACTION = Pattern.compile("react|respond");

  /** Verbs asking for someone's own words or views, which only a quotation answers. */
  private static final Pattern OPINION =
      Pattern.compile("say|said|think|make of|believe|feel|tell");

  private static final Pattern TOPIC =
      Pattern.compile(
          "\\b(?:about|regarding|concerning|on the (?:topic|subject|issue) of|make of|think of"
              + "|discuss|discussed|mention|mentioned|bring up|brought up|comment on|commented on"
              + "|(?:take|view|views|position|stance|opinion|thoughts) on"
              + "|(?:deal|deals|agreement|agreements|word|news|update|anything|progress) on"
              + "|agree on|agreed on)"
              + "\\s+(.+?)\\s*[?.!]*$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  /** "Did Hegseth say anything about…", which {@link #SPEAKER} does not read as asking. */
  private static final Pattern DID_SAY =
      Pattern.compile(
          "\\b(?:did|does|has|have|had)\\s+(.+?)\\s+(?:say|said|mention|mentioned|comment"
              + "|commented|talk|talked|speak|spoke|discuss|discussed|bring up|brought up|raise"
              + "|raised|address|addressed)\\b",
          Pattern.CASE_INSENSITIVE);

  private final TextAnalysis analysis;
  private final ArticleVocabulary vocabulary;
  private final WordRarity rarity;
  private final Thresholds thresholds;
  private final SpeakerRoles roles;
  private final dev.articlebot.knowledge.index.PassageIndex index;
  private final Voices voices;
  private final dev.articlebot.knowledge.quote.QuoteBook quotes;
  private final QuestionLanguage language;
  private final UnknownNames names;
  private final PersonQuestions personQuestions;

  AnswerCheck(
      TextAnalysis analysis,
      ArticleVocabulary vocabulary,
      WordRarity rarity,
      Thresholds thresholds,
      SpeakerRoles roles,
      Voices voices,
      dev.articlebot.knowledge.quote.QuoteBook quotes,
      dev.articlebot.knowledge.index.PassageIndex index,
      HybridRetriever.NamedPeople people,
      java.util.Set<String> nameHeads) {
    this.index = index;
    this.personQuestions =
        new PersonQuestions(analysis, vocabulary, index, quotes, people, nameHeads);
    this.voices = voices;
    this.roles = roles;
    this.quotes = quotes;
    this.analysis = analysis;
    this.vocabulary = vocabulary;
    this.rarity = rarity;
    this.thresholds = thresholds;
    this.language = new QuestionLanguage(rarity, vocabulary, analysis);
    // A name the quote book resolves ("the Pentagon chief") is the articles'.
    this.names =
        new UnknownNames(
            analysis, vocabulary, name -> !(quotes.lookup(name) instanceof QuoteLookup.NotFound));
  }

  /**
   * The check for these articles and their index, with the default thresholds; {@code people} finds
   * the passages about the people a text names.
   */
  public static AnswerCheck forIndex(
      dev.articlebot.knowledge.index.PassageIndex index,
      List<dev.articlebot.knowledge.article.Article> articles,
      dev.articlebot.knowledge.quote.QuoteBook quotes,
      HybridRetriever.NamedPeople people) {
    java.util.Set<String> properNames = capitalised(articles, INSIDE);
    List<java.util.Set<String>> sets = new java.util.ArrayList<>();
    for (var p : index.passages()) sets.add(index.terms(p.id()));
    for (var a : articles) sets.add(index.analysis().termSet(a.title() + " " + a.dek()));
    return new AnswerCheck(
        index.analysis(),
        ArticleVocabulary.of(sets),
        WordRarity.english(),
        Thresholds.DEFAULT,
        SpeakerRoles.of(quotes.speakers(), properNames),
        Voices.of(articles, index.analysis()),
        quotes,
        index,
        people,
        capitalised(articles, NAME_HEAD));
  }

  /** A word capitalised inside a sentence: part of a name of a person, place or body. */
  private static final Pattern INSIDE =
      Pattern.compile("(?<=[\\p{L}\\p{N},;:’'\")]\\s)\\p{Lu}[\\p{L}.]*");

  /**
   * A word that begins such a name ("Taiwan", "Busan", "South China Sea"), not one further in it
   * ("G20 Summit", "Foreign Ministry"), which is often a common noun.
   */
  private static final Pattern NAME_HEAD =
      Pattern.compile("(?<=[\\p{Ll},;:’'\")]\\s)\\p{Lu}[\\p{L}.]*");

  /** The words {@code pattern} finds in the articles, in lower case. */
  private static java.util.Set<String> capitalised(
      List<dev.articlebot.knowledge.article.Article> articles, Pattern pattern) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (var a : articles) {
      for (var p : a.paragraphs()) {
        Matcher m = pattern.matcher(p.text());
        while (m.find()) out.add(m.group().toLowerCase(java.util.Locale.ROOT).replace(".", ""));
      }
    }
    return out;
  }

  /** Judges {@code ranked} for {@code question}, which asks for {@code type} of detail. */
  Verdict judge(String question, AnswerType type, List<HybridRetriever.Candidate> ranked) {
    double[] rel = new double[Math.min(ranked.size(), Answerer.CITATIONS)];
    double best = 0;
    for (HybridRetriever.Candidate c : ranked) best = Math.max(best, c.bestSentenceCosine());
    for (int i = 0; i < rel.length; i++) rel[i] = clamp(ranked.get(i).dense());
    Reason reason = reason(question, best, ranked.isEmpty() ? null : ranked.get(0));
    if (reason == Reason.ANSWERED
        && !ranked.isEmpty()
        && !givesDetail(question, type, ranked.get(0))) {
      reason = Reason.MISSING_DETAIL;
    }
    return new Verdict(reason, clamp(best), rel);
  }

  /**
   * Whether the passage gives the detail asked for in a sentence about what the question asks it
   * of: one using the question's rarest word that the passage uses, the next one if it refers back
   * to that one by a pronoun, or one reading nearly as close to the question as the best sentence.
   * "When was the <b>fentanyl</b> tariff imposed?" is not answered by the date in the sentence
   * after the one about fentanyl, which is about other tariffs.
   */
  private boolean givesDetail(String question, AnswerType type, HybridRetriever.Candidate top) {
    if (!type.satisfiedBy(top.passage().text())) return false;
    if (type.kind() == AnswerType.Kind.NONE) return true;
    java.util.Set<String> used = analysis.termSet(AnswerType.subjectOf(question));
    used.retainAll(index.terms(top.passage().id()));
    java.util.Set<String> rarest = index.rarestOf(used);
    if (rarest.isEmpty()) return true;
    var sentences = top.passage().paragraph().sentences();
    boolean previousNames = false; // the sentence before uses the rarest word
    for (int i = 0; i < sentences.size(); i++) {
      String sentence = sentences.get(i).text();
      boolean names = analysis.termSet(sentence).stream().anyMatch(rarest::contains);
      boolean about =
          names
              || (previousNames && REFERS_BACK.matcher(sentence).find())
              || top.sentenceCosines()[i] >= top.bestSentenceCosine() - SENTENCE_SLACK;
      boolean gives =
          names
              ? type.namesPersonNear(sentence, w -> namesRarest(w, rarest), PERSON_WINDOW)
              : type.satisfiedBy(sentence);
      if (about && gives) return true;
      previousNames = names;
    }
    return false;
  }

  private boolean namesRarest(String word, java.util.Set<String> rarest) {
    List<String> terms = analysis.terms(word);
    return !terms.isEmpty() && rarest.contains(terms.get(0));
  }

  /**
   * Whether the passage is the only one to use a word of the question ("soybeans"): a short
   * question naming something only this passage mentions is about it, though its similarity is low.
   */
  private boolean onlyPassageUsing(List<String> terms, HybridRetriever.Candidate top) {
    if (top == null) return false;
    java.util.Set<String> own = index.terms(top.passage().id());
    for (String t : terms) {
      if (index.documentFrequency(t) == 1 && own.contains(t)) return true;
    }
    return false;
  }

  /**
   * Whether the passage uses every word of the question and one of them is rare: a short question
   * such as "what is the entity list?" reads little like any passage, yet its words all meet in
   * one.
   */
  private boolean coversAll(List<String> terms, HybridRetriever.Candidate top) {
    if (top == null || terms.isEmpty()) return false;
    java.util.Set<String> own = index.terms(top.passage().id());
    boolean anyRare = false;
    for (String t : terms) {
      if (!own.contains(t)) return false;
      anyRare |= index.isRare(t);
    }
    return anyRare;
  }

  private Reason reason(String question, double similarity, HybridRetriever.Candidate top) {
    List<String> terms = analysis.terms(question);
    boolean words =
        terms.stream().anyMatch(t -> t.codePoints().anyMatch(Character::isLetterOrDigit));
    if (!words) return Reason.NO_CONTENT; // nothing but emoji, symbols or question words
    if (!language.readsAsEnglish(question)) return Reason.OTHER_LANGUAGE;
    if (similarity < thresholds.minSimilarity()
        && !(similarity >= thresholds.onlyPassageSimilarity() && onlyPassageUsing(terms, top))
        && !(similarity >= thresholds.coveredSimilarity() && coversAll(terms, top))) {
      return Reason.LOW_SIMILARITY;
    }
    java.util.Set<String> known = new java.util.HashSet<>(); // words naming someone quoted
    Matcher speaker = SPEAKER.matcher(question);
    if (speaker.find()) {
      String who = speaker.group(1) != null ? speaker.group(1) : speaker.group(3);
      String verb = speaker.group(2);
      boolean needsVoice =
          verb == null || !ACTION.matcher(verb).matches() || REACTION.matcher(verb).matches();
      who =
          who.replaceAll("(?i)\\s+(?:himself|herself|themselves|personally|really|actually)$", "");
      // Someone the quote book knows (by name, alias, role or a near spelling) is quoted.
      if (quotes.lookup(who) instanceof QuoteLookup.NotFound) {
        boolean asksOpinion = verb == null || OPINION.matcher(verb).matches();
        if (quotes.namedButNotQuoted(who).isPresent()) {
          // "What did Bergsten say?" has no answer here; "what did Bergsten propose?" may: the
          // article can report what someone did without quoting them.
          if (asksOpinion) return Reason.NOT_QUOTED;
          known.addAll(analysis.terms(who));
        } else if (!present(who) || roles.namesSomeoneElse(who)) {
          return Reason.UNKNOWN_SPEAKER;
        } else if (needsVoice && !voices.mayHaveSaid(who)) {
          return Reason.UNKNOWN_SPEAKER;
        }
      } else {
        known.addAll(analysis.terms(who)); // "the Pentagon chief" is Hegseth
      }
    }
    if (names.firstIn(question, known).isPresent()) {
      return Reason.UNKNOWN_TOPIC; // "the Geneva talks": another event than the article's
    }
    Matcher topic = TOPIC.matcher(question);
    if (topic.find()) {
      if (!present(topic.group(1)) && similarity < thresholds.topicSimilarity()) {
        return Reason.UNKNOWN_TOPIC;
      }
      String who = personAsked(question);
      if (who != null && !personQuestions.namesAllAmongTheirs(topic.group(1), who)) {
        return Reason.UNKNOWN_TOPIC;
      }
    }
    long unknown =
        terms.stream().distinct().filter(t -> !known.contains(t) && !vocabulary.knows(t)).count();
    double share = unknown / (double) terms.stream().distinct().count();
    // A question naming someone the articles write about is about them, in whatever words: "what
    // show was Gao on, and where was it posted?" (the article says "program" and "uploaded").
    boolean namesSomeone = personQuestions.namesSomeone(question);
    if (share >= thresholds.unknownShare()
        && similarity < thresholds.unknownSimilarity()
        && !namesSomeone) {
      return Reason.MOSTLY_UNKNOWN_WORDS;
    }
    if (namesSomeone
        && similarity < thresholds.topicSimilarity()
        && personQuestions.asksAboutTheirLife(question, terms, known)) {
      return Reason.MOSTLY_UNKNOWN_WORDS;
    }
    return Reason.ANSWERED;
  }

  /** Whoever the question asks what they said, thought or mentioned; null when it asks no one. */
  private static String personAsked(String question) {
    Matcher speaker = SPEAKER.matcher(question);
    if (speaker.find()) return speaker.group(1) != null ? speaker.group(1) : speaker.group(3);
    Matcher said = DID_SAY.matcher(question);
    return said.find() ? said.group(1) : null;
  }

  /** Whether the rarest content word of the phrase is one the articles use. */
  private boolean present(String phrase) {
    String rarest = null;
    int rarestRank = -1;
    Matcher m = WORD.matcher(phrase);
    while (m.find()) {
      String word = m.group();
      List<String> stem = analysis.terms(word);
      if (stem.isEmpty()) continue;
      int r = rarity.rank(word);
      if (r > rarestRank) {
        rarestRank = r;
        rarest = stem.get(0);
      }
    }
    return rarest == null || vocabulary.knows(rarest);
  }

  private static double clamp(double v) {
    return Math.max(0, Math.min(1, v));
  }
}
