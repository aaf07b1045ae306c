package dev.articlebot.knowledge.library;

import dev.articlebot.knowledge.article.Article;
import dev.articlebot.knowledge.article.Caption;
import dev.articlebot.knowledge.article.Paragraph;
import dev.articlebot.knowledge.article.Sentence;
import dev.articlebot.knowledge.quote.ArticleQuotes;
import dev.articlebot.knowledge.quote.Quote;
import dev.articlebot.knowledge.quote.QuoteKind;
import dev.articlebot.knowledge.quote.Speaker;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A parsed article and the quotes found in it, as bytes the library stores beside the article:
 * start-up reads them back instead of parsing the file and extracting its quotes again. Each form
 * opens with a version; bytes of another version or cut short are refused ({@link
 * IllegalArgumentException}), never read in part.
 */
final class ArticleCodec {
  private static final int ARTICLE_VERSION = 1;
  private static final int QUOTES_VERSION = 1;

  private ArticleCodec() {}

  static byte[] encode(Article a) {
    return write(
        out -> {
          out.writeInt(ARTICLE_VERSION);
          str(out, a.id());
          str(out, a.title());
          str(out, a.dek());
          strings(out, a.authors());
          str(out, a.agency());
          str(out, a.byline());
          str(out, a.published());
          str(out, a.updated());
          str(out, a.dateline());
          str(out, a.url());
          out.writeInt(a.paragraphs().size());
          for (Paragraph p : a.paragraphs()) {
            str(out, p.section());
            str(out, p.text());
            out.writeInt(p.sentences().size());
            for (Sentence s : p.sentences()) {
              out.writeInt(s.start());
              out.writeInt(s.end());
              boolean verbatim = p.text().substring(s.start(), s.end()).equals(s.text());
              out.writeBoolean(verbatim);
              if (!verbatim) str(out, s.text());
            }
          }
          out.writeInt(a.captions().size());
          for (Caption c : a.captions()) {
            str(out, c.text());
            out.writeInt(c.afterParagraph());
          }
        });
  }

  static Article decodeArticle(byte[] bytes) {
    return read(
        bytes,
        in -> {
          version(in, ARTICLE_VERSION, "article");
          String id = str(in);
          String title = str(in);
          String dek = str(in);
          List<String> authors = strings(in);
          String agency = str(in);
          String byline = str(in);
          String published = str(in);
          String updated = str(in);
          String dateline = str(in);
          String url = str(in);
          int n = count(in);
          List<Paragraph> paragraphs = new ArrayList<>(n);
          for (int i = 0; i < n; i++) {
            String section = str(in);
            String text = str(in);
            int k = count(in);
            List<Sentence> sentences = new ArrayList<>(k);
            for (int j = 0; j < k; j++) {
              int start = in.readInt();
              int end = in.readInt();
              String s = in.readBoolean() ? text.substring(start, end) : str(in);
              sentences.add(new Sentence(j, s, start, end));
            }
            paragraphs.add(new Paragraph(i + 1, section, text, sentences));
          }
          int c = count(in);
          List<Caption> captions = new ArrayList<>(c);
          for (int i = 0; i < c; i++) captions.add(new Caption(str(in), in.readInt()));
          return new Article(
              id,
              title,
              dek,
              authors,
              agency,
              byline,
              published,
              updated,
              dateline,
              url,
              paragraphs,
              captions);
        });
  }

  static byte[] encode(ArticleQuotes q) {
    return write(
        out -> {
          out.writeInt(QUOTES_VERSION);
          str(out, q.articleId());
          out.writeInt(q.quotes().size());
          for (Quote x : q.quotes()) {
            str(out, x.speakerName());
            str(out, x.text());
            out.writeInt(x.paragraph());
            str(out, x.context());
            str(out, x.kind().name());
          }
          speakers(out, q.speakers());
          strings(out, q.terms());
          speakers(out, q.unquoted());
        });
  }

  static ArticleQuotes decodeQuotes(byte[] bytes) {
    return read(
        bytes,
        in -> {
          version(in, QUOTES_VERSION, "quotes");
          String articleId = str(in);
          int n = count(in);
          List<Quote> quotes = new ArrayList<>(n);
          for (int i = 0; i < n; i++) {
            String speaker = str(in);
            String text = str(in);
            int paragraph = in.readInt();
            String context = str(in);
            QuoteKind kind = QuoteKind.valueOf(str(in));
            quotes.add(new Quote(articleId, speaker, text, paragraph, context, kind));
          }
          List<Speaker> speakers = speakers(in);
          List<String> terms = strings(in);
          List<Speaker> unquoted = speakers(in);
          return new ArticleQuotes(articleId, quotes, speakers, terms, unquoted);
        });
  }

  private static void speakers(DataOutputStream out, List<Speaker> speakers) throws IOException {
    out.writeInt(speakers.size());
    for (Speaker s : speakers) {
      str(out, s.name());
      strings(out, s.aliases());
      str(out, s.role());
      out.writeInt(s.paragraphs().size());
      for (int p : s.paragraphs()) out.writeInt(p);
      strings(out, s.descriptions());
    }
  }

  private static List<Speaker> speakers(DataInputStream in) throws IOException {
    int n = count(in);
    List<Speaker> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String name = str(in);
      List<String> aliases = strings(in);
      String role = str(in);
      int k = count(in);
      List<Integer> paragraphs = new ArrayList<>(k);
      for (int j = 0; j < k; j++) paragraphs.add(in.readInt());
      out.add(new Speaker(name, aliases, role, paragraphs, strings(in)));
    }
    return out;
  }

  private static void strings(DataOutputStream out, List<String> values) throws IOException {
    out.writeInt(values.size());
    for (String v : values) str(out, v);
  }

  private static List<String> strings(DataInputStream in) throws IOException {
    int n = count(in);
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) out.add(str(in));
    return out;
  }

  private static void str(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static String str(DataInputStream in) throws IOException {
    int n = count(in);
    return new String(in.readNBytes(n), StandardCharsets.UTF_8);
  }

  /** A length or count: never negative, never more than the bytes left could hold. */
  private static int count(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > in.available()) throw new IOException("a count of " + n + " does not fit");
    return n;
  }

  private static void version(DataInputStream in, int expected, String what) throws IOException {
    int v = in.readInt();
    if (v != expected) throw new IOException(what + " in format " + v + ", not " + expected);
  }

  @FunctionalInterface
  private interface Writer {
    void write(DataOutputStream out) throws IOException;
  }

  @FunctionalInterface
  private interface Reader<T> {
    T read(DataInputStream in) throws IOException;
  }

  private static byte[] write(Writer w) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      w.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array does not fail
    }
    return bytes.toByteArray();
  }

  private static <T> T read(byte[] bytes, Reader<T> r) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      T value = r.read(in);
      if (in.available() != 0) throw new IOException(in.available() + " bytes left over");
      return value;
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("unreadable stored article: " + e.getMessage(), e);
    }
  }
}
