package dev.articlebot.knowledge.quote;

import dev.articlebot.knowledge.article.Article;
import dev.articlebot.knowledge.article.Paragraph;
import dev.articlebot.knowledge.article.SentenceSplitter;
import dev.articlebot.knowledge.lexicon.NewsLexicon;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the quotations and reported speech in an article and attributes them to people. Two passes:
 * the first finds the people the article introduces ({@link PersonRegistry}); the second reads the
 * paragraphs in order, resolving names, pronouns and roles ({@link MentionTracker}), then
 * paraphrases ({@link ParaphraseFinder}) and quotations ({@link AttributionParser}); in an
 * interview printed as questions and answers, each answer is the interviewee's ({@link
 * InterviewTranscript}); in a broadcast's transcript, each labelled speaker's words are theirs
 * ({@link BroadcastTranscript}). Stateless between calls.
 */
public final class QuoteExtractor {

  /**
   * Which reading of quotes this build gives. It goes up whenever some article's quotes or people
   * come out differently, so that a library, which stores each article's quotes, finds them again.
   */
  public static final int VERSION = 52;

  private final QuotationScanner scanner = new QuotationScanner();
  private final NameSpotter spotter = new NameSpotter();
  private final AttributionParser attribution = new AttributionParser();
  private final ParaphraseFinder paraphrases = new ParaphraseFinder();

  /** The number a release prints before a paragraph: "5. " before "“It has not been easy…”". */
  private static final java.util.regex.Pattern PARAGRAPH_NUMBER =
      java.util.regex.Pattern.compile("^\\d{1,3}\\.\\s+(?=[\\p{Lu}\"“‘'])");

  private static final SentenceSplitter SPLITTER = new SentenceSplitter();

  /**
   * The paragraph without the number printed before it, which is no word of anyone's (a quotation
   * it opens on goes on from the paragraph before); the paragraph itself when it has none.
   */
  private static Paragraph unnumbered(Paragraph p) {
    java.util.regex.Matcher m = PARAGRAPH_NUMBER.matcher(p.text());
    if (!m.find()) return p;
    String text = p.text().substring(m.end());
    return new Paragraph(p.number(), p.section(), text, SPLITTER.split(text));
  }

  public ArticleQuotes extract(Article article) {
    List<ParagraphTokens> paragraphs = new ArrayList<>();
    for (Paragraph numbered : article.paragraphs()) {
      Paragraph p = unnumbered(numbered);
      paragraphs.add(new ParagraphTokens(p, scanner.scan(p.text())));
    }
    PersonRegistry registry = PersonRegistry.discover(paragraphs, spotter);
    MentionTracker tracker = new MentionTracker(registry, spotter);
    ReadingState state = new ReadingState();
    List<Statement> statements = new ArrayList<>();
    List<String> terms = new ArrayList<>();
    List<RunOn> runOns = new ArrayList<>();
    InterviewTranscript interview = InterviewTranscript.of(paragraphs);
    BroadcastTranscript broadcast = BroadcastTranscript.of(paragraphs);
    Set<Person> introduced = new LinkedHashSet<>();
    for (ParagraphTokens p : paragraphs) {
      List<Mention> mentions = tracker.track(p);
      if (interview.introduces(p.number())) {
        for (Mention m : mentions) {
          if (m.resolved() && m.kind() == Mention.Kind.NAME) introduced.add(m.person());
        }
      }
      AnnotatedParagraph ap = new AnnotatedParagraph(p, mentions);
      List<ReportedSpeech> reported = paraphrases.find(ap);
      AttributionParser.Result result = attribution.attribute(ap, reported, state);
      terms.addAll(result.terms());
      Attribution opening = openingSpeaker(p, result);
      if (result.runOn() < 0) {
        for (RunOn r : runOns) {
          if (opening == null) {
            terms.add(r.text());
          } else {
            Attribution a = new Attribution(opening.person(), opening.context(), 0);
            statements.add(new Statement(a, r.paragraph(), r.text(), QuoteKind.DIRECT));
          }
        }
        runOns.clear();
      } else {
        runOns.add(new RunOn(p.number(), p.spans().get(result.runOn()).words(p.text())));
      }
      List<Statement> here = new ArrayList<>();
      String answer = interview.answer(p.number());
      Person interviewee =
          answer == null ? null : interview.interviewee(registry.people(), introduced);
      if (interviewee != null) {
        here.add(
            new Statement(
                new Attribution(interviewee, "", -1), p.number(), answer, QuoteKind.DIRECT));
      }
      Person broadcaster = broadcast.speaker(p.number(), registry.people());
      if (broadcaster != null) {
        for (String words : broadcast.words(p.number())) {
          here.add(
              new Statement(
                  new Attribution(broadcaster, "", -1), p.number(), words, QuoteKind.DIRECT));
        }
      }
      for (ReportedSpeech r : reported) {
        String text = p.text(r.from(), r.to()).replaceAll("[,;:\\s]+$", "");
        here.add(new Statement(r.attribution(), p.number(), text, QuoteKind.PARAPHRASE));
      }
      for (QuotedStatement q : result.statements()) {
        String text = p.spans().get(q.span()).words(p.text());
        here.add(new Statement(q.attribution(), p.number(), text, QuoteKind.DIRECT));
      }
      here.sort(Comparator.comparingInt(s -> s.attribution().position()));
      Statement last = here.isEmpty() ? null : here.get(here.size() - 1);
      state.lastStatement(
          last == null || last.kind() != QuoteKind.DIRECT ? null : last.attribution());
      state.lastSpeaker(last == null ? null : last.attribution());
      Attribution colon = attribution.introducedByColon(ap);
      if (colon != null) state.lastStatement(colon);
      statements.addAll(here);
    }
    for (RunOn r : runOns) terms.add(r.text());
    statements.sort(Comparator.comparingInt(Statement::paragraph));
    return new ArticleQuotes(
        article.id(),
        quotes(article.id(), statements),
        Counterparts.resolve(speakers(tracker.appearance(), statements)),
        terms,
        unquoted(registry.people(), statements));
  }

  /**
   * Who said the quotation that opens paragraph {@code p}, when the paragraph opens with one: a
   * quotation that ran on into it from paragraphs where nobody was named is theirs too ("“I cut
   * hair for … ¶ “So I’d tell them …,” Teller said."). Null otherwise.
   */
  private static Attribution openingSpeaker(ParagraphTokens p, AttributionParser.Result result) {
    if (p.size() == 0 || !p.get(0).isQuote()) return null;
    for (QuotedStatement q : result.statements()) {
      if (q.span() == p.get(0).span()) return q.attribution();
    }
    return null;
  }

  /** A quotation that opened its paragraph and ran on with nobody named yet. */
  private record RunOn(int paragraph, String text) {}

  /** A statement found while reading, before it becomes a {@link Quote}. */
  private record Statement(Attribution attribution, int paragraph, String text, QuoteKind kind) {}

  private static List<Quote> quotes(String articleId, List<Statement> statements) {
    List<Quote> out = new ArrayList<>();
    for (Statement s : statements) {
      out.add(
          new Quote(
              articleId,
              s.attribution().person().name(),
              s.text(),
              s.paragraph(),
              s.attribution().context(),
              s.kind()));
    }
    return out;
  }

  private static List<Speaker> speakers(List<Person> appearance, List<Statement> statements) {
    Map<Person, Set<Integer>> quoted = new LinkedHashMap<>();
    for (Statement s : statements) {
      quoted.computeIfAbsent(s.attribution().person(), k -> new TreeSet<>()).add(s.paragraph());
    }
    Set<Person> ordered = new LinkedHashSet<>(appearance);
    ordered.addAll(quoted.keySet());
    List<Speaker> out = new ArrayList<>();
    for (Person person : ordered) {
      Set<Integer> paragraphs = quoted.get(person);
      if (paragraphs == null) continue;
      paragraphs.addAll(person.paragraphs());
      out.add(
          new Speaker(
              person.name(),
              aliases(person),
              person.role(),
              List.copyOf(paragraphs),
              person.descriptions()));
    }
    return out;
  }

  /** The people named in the article with no statement of theirs. */
  private static List<Speaker> unquoted(List<Person> people, List<Statement> statements) {
    Set<Person> quoted = new HashSet<>();
    for (Statement s : statements) quoted.add(s.attribution().person());
    List<Speaker> out = new ArrayList<>();
    for (Person person : people) {
      if (quoted.contains(person) || person.paragraphs().isEmpty()) continue;
      out.add(
          new Speaker(
              person.name(),
              aliases(person),
              person.role(),
              List.copyOf(person.paragraphs()),
              person.descriptions()));
    }
    return out;
  }

  /** Aliases seen in the text, plus title + short name ("President Lim") from the role. */
  private static List<String> aliases(Person person) {
    Set<String> out = new LinkedHashSet<>(person.aliases());
    String[] role = person.role().split("[ ,]+");
    String title = "";
    for (int i = 0; i < role.length; i++) {
      String w = role[i];
      if (!NewsLexicon.isTitle(w) || !Character.isUpperCase(w.charAt(0))) continue;
      // "a spokesperson for Gov. Ellen Whitlock": a title before another name is that person's
      boolean beforeAName =
          i + 1 < role.length
              && Character.isUpperCase(role[i + 1].charAt(0))
              && !NewsLexicon.isTitle(role[i + 1]);
      if (!beforeAName) title = w;
    }
    if (!title.isEmpty()) {
      for (String a : person.aliases()) {
        if (!a.contains(" ")) out.add(title + " " + a);
      }
    }
    return List.copyOf(out);
  }
}
