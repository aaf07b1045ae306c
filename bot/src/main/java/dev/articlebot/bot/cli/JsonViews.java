package dev.articlebot.bot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.articlebot.knowledge.answer.Answer;
import dev.articlebot.knowledge.answer.Citation;
import dev.articlebot.knowledge.article.Article;
import dev.articlebot.knowledge.quote.Quote;
import dev.articlebot.knowledge.quote.QuoteBook;
import dev.articlebot.knowledge.quote.QuoteKind;
import dev.articlebot.knowledge.quote.QuoteLookup;
import dev.articlebot.knowledge.quote.Speaker;
import dev.articlebot.knowledge.summary.Summary;
import java.util.List;
import java.util.Locale;

/** The JSON shapes of the command-line contract (DESIGN.md). */
public final class JsonViews {
  private final ObjectMapper mapper;

  public JsonViews(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  public ObjectMapper mapper() {
    return mapper;
  }

  /**
   * {question, answered, answer, refusal, citations[article, paragraph, section, text, quote,
   * score], decided_by, took_ms}, and {@code phrased: true} when the language model worded it.
   */
  public ObjectNode answer(Answer a, double tookMs) {
    ObjectNode o = mapper.createObjectNode();
    o.put("question", a.question());
    o.put("answered", a.answered());
    o.put("answer", a.text());
    o.put("refusal", a.refusal().name().toLowerCase(java.util.Locale.ROOT));
    ArrayNode citations = o.putArray("citations");
    for (Citation c : a.citations()) {
      ObjectNode n = citations.addObject();
      n.put("article", c.articleId());
      n.put("paragraph", c.paragraph());
      n.put("section", c.section());
      n.put("text", c.text());
      n.put("quote", c.quote());
      n.put("score", round(c.score(), 3));
    }
    o.put("decided_by", a.decidedBy());
    if (a.phrased()) o.put("phrased", true); // only with the optional language model
    o.put("took_ms", round(tookMs, 2));
    return o;
  }

  /**
   * {query, speaker: {name, aliases, role} | null, near_miss, quotes: [{text, paragraph, context,
   * kind}], suggestions: [names]}. {@code near_miss} is true when the speaker was found by
   * correcting a misspelt name or by the description closest in meaning, not as the query names
   * them. Suggestions are close names for a miss, the candidates when ambiguous, and empty when
   * found.
   */
  public ObjectNode quote(String query, QuoteLookup result) {
    ObjectNode o = mapper.createObjectNode();
    o.put("query", query);
    ArrayNode quotes = mapper.createArrayNode();
    ArrayNode suggestions = mapper.createArrayNode();
    if (result instanceof QuoteLookup.Found found) {
      o.set("speaker", speaker(found.speaker()));
      o.put("near_miss", found.corrected());
      for (Quote q : found.quotes()) {
        ObjectNode n = quotes.addObject();
        n.put("text", q.text());
        n.put("paragraph", q.paragraph());
        n.put("context", q.context());
        n.put("kind", q.kind().name().toLowerCase(Locale.ROOT));
      }
    } else {
      o.putNull("speaker");
      o.put("near_miss", false);
      List<String> names =
          result instanceof QuoteLookup.Ambiguous a
              ? a.candidates().stream().map(Speaker::name).toList()
              : ((QuoteLookup.NotFound) result).suggestions();
      names.forEach(suggestions::add);
    }
    o.set("quotes", quotes);
    o.set("suggestions", suggestions);
    return o;
  }

  /**
   * {articles: [{article, title, speakers: [{name, aliases, role, quotes, paraphrases,
   * paragraphs}]}]}: one group per article, in the order given, each speaker with that article's
   * quote and paraphrase counts and paragraph numbers only; an article that quotes nobody has an
   * empty list. {@code title} is the article's display title, or "" when it has none.
   */
  public ObjectNode speakers(QuoteBook book, List<Article> articles) {
    ObjectNode o = mapper.createObjectNode();
    ArrayNode groups = o.putArray("articles");
    for (QuoteBook.ArticleSpeakers g : book.speakersByArticle()) {
      ObjectNode group = groups.addObject();
      group.put("article", g.articleId());
      group.put(
          "title",
          articles.stream()
              .filter(a -> a.id().equals(g.articleId()))
              .map(Article::displayTitle)
              .findFirst()
              .orElse(""));
      ArrayNode list = group.putArray("speakers");
      for (Speaker s : g.speakers()) {
        ObjectNode n = speaker(s);
        List<Quote> quotes = book.quotesBy(s, g.articleId());
        long direct = quotes.stream().filter(q -> q.kind() == QuoteKind.DIRECT).count();
        n.put("quotes", direct);
        n.put("paraphrases", quotes.size() - direct);
        ArrayNode paragraphs = n.putArray("paragraphs");
        s.paragraphs().forEach(paragraphs::add);
        list.add(n);
      }
    }
    return o;
  }

  /** {title, bullets: [{text, paragraph}], quotes: [{speaker, text, paragraph}]}. */
  public ObjectNode summary(Summary s) {
    ObjectNode o = mapper.createObjectNode();
    o.put("title", s.title());
    ArrayNode bullets = o.putArray("bullets");
    for (Summary.Bullet b : s.bullets()) {
      ObjectNode n = bullets.addObject();
      n.put("text", b.text());
      n.put("paragraph", b.paragraph());
    }
    ArrayNode quotes = o.putArray("quotes");
    for (Summary.KeyQuote q : s.quotes()) {
      ObjectNode n = quotes.addObject();
      n.put("speaker", q.speaker());
      n.put("text", q.text());
      n.put("paragraph", q.paragraph());
    }
    return o;
  }

  private ObjectNode speaker(Speaker s) {
    ObjectNode n = mapper.createObjectNode();
    n.put("name", s.name());
    ArrayNode aliases = n.putArray("aliases");
    s.aliases().forEach(aliases::add);
    n.put("role", s.role());
    return n;
  }

  static double round(double v, int digits) {
    double f = Math.pow(10, digits);
    return Math.round(v * f) / f;
  }
}
