package dev.articlebot.knowledge.article;

import dev.articlebot.knowledge.lexicon.NewsLexicon;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the body of a page, from the header's body start, in four passes.
 *
 * <ol>
 *   <li><b>By kind.</b> Every line gets a role from its {@link LineKind} and the lines around it:
 *       running text and the items of a list ("• …", "- …") are paragraphs; furniture, dates, data
 *       and fields are dropped; captions (with a credit line under them joined on) are kept apart;
 *       a list label, or a link with its label ("Related video: …"), drops the links under it (up
 *       to a short heading over running text); a video's running time ("Duration 2:14") drops the
 *       one-sentence description under it, a sponsor's label ("Sponsored Content") the ad's lines
 *       under it up to a blank line, and a box on the writer's interests ("Disclosure statement")
 *       its one paragraph; a short question over a paragraph, in capitals or set off above only, is
 *       a heading; copyright and wire credits end the article.
 *   <li><b>Headings and leftovers.</b> A line without end punctuation between two dropped lines is
 *       furniture too. Short lines under a paragraph that ends with a colon are the items of its
 *       list, and so are the lines right under a box's label in capitals ("BY THE NUMBERS"). Else a
 *       short one is a heading when a paragraph follows it, a long one is a paragraph that lacks
 *       its full stop, and anything else is dropped.
 *   <li><b>The tail.</b> Notes about the authors at the end are dropped, and so are a box's call to
 *       the reader ("Want to write?") and a lone line that furniture has cut off from the body at
 *       its end.
 *   <li><b>Repeats.</b> A line that is the headline or cites it in quotation marks, and a pull
 *       quote (a paragraph of six words or more whose words all stand in another paragraph), are
 *       dropped.
 * </ol>
 *
 * <p>Guarantee: every line of running text between the body start and the end of the article
 * becomes exactly one paragraph unless one of the named rules above drops it. The first pass drops
 * only what a classifier of {@link LineKind} named, and each classifier's own guarantee bounds the
 * prose it may take: {@link Boilerplate} (a sentence only when it speaks to the reader about the
 * page), {@link Fields} (a label never reports speech, and a quotation under it is kept), {@link
 * Captions} (a sentence only with a credit that names only its source) and {@link Trailers} (a
 * sentence never ends the article). A leftover line that reports speech, or that introduces a
 * quotation or a list under it, is a paragraph, never dropped.
 */
final class BodyReader {

  /** What the body is made of, in reading order. */
  enum Role {
    PARAGRAPH,
    HEADING,
    CAPTION,
    DROP,
    /** Not decided in the first pass: a heading, a paragraph without its full stop, or junk. */
    PENDING
  }

  /** One piece of the body: its role and text. */
  record Piece(Role role, String text) {}

  /**
   * The body's pieces, the update time an editor's note in it gave, if any, and the agencies a
   * closing credit names ("ab/rm (dpa, Reuters)"), or "".
   */
  record Body(
      List<Piece> pieces,
      Optional<DateStamps.Stamp> update,
      String agency,
      List<String> writers,
      List<DateStamps.Stamp> signedDates) {}

  private static final SentenceSplitter SPLITTER = new SentenceSplitter();

  /** The fewest and the most words of a caption printed without credit or full stop. */
  private static final int MIN_CAPTION_WORDS = 10; // a section heading has fewer

  private static final int MAX_CAPTION_WORDS = 45;

  /** The fewest words of a line in capitals that links to another story, not heads a section. */
  private static final int MIN_CAPS_LINK_WORDS = 9;

  private static final Pattern ENDS_WITH_NUMBER = Pattern.compile("\\s\\d[\\d,]*\\s*$");

  /** A line that opens with a question word asks what someone says; it reports nobody's words. */
  private static final Pattern QUESTION_WORD =
      Pattern.compile("(?:what|why|how|who|where|when)\\b(?!.*:\\s*$)", Pattern.CASE_INSENSITIVE);

  private static final int MIN_LONG_LINE = 10;
  private static final int MAX_HEADING_WORDS = 12;
  private static final int TAIL_GAP = 3;

  /** The most words of a note under a table's last row that does not say it is one. */
  private static final int MAX_TABLE_NOTE_WORDS = 12;

  /** What a table's source or note under its last row opens with: "Source: …", "Note: …". */
  private static final Pattern TABLE_NOTE = Pattern.compile("^(?:Sources?|Notes?)\\s*:\\s*\\S");

  private static final int MIN_PULL_QUOTE = 6;
  private static final int MAX_PULL_QUOTE = 60;

  private final List<Line> lines;
  private final List<LineKind> kinds;
  private final HeaderReader.Header header;
  private final Role[] roles;

  /** The shortest stem two words must share to count as one in {@link #isPictureTitle}. */
  private static final int STEM = 5;

  /**
   * A picture's title over its caption ("Crew inspecting rock slope above OR 58" / "An ODOT crew
   * inspects loose basalt above OR 58 …"): the caption right under it holds at least half of its
   * words (by their first {@link #STEM} letters). A section's heading over a picture says something
   * else ("Parents worry about walking routes" / "Tasha Monroe speaks during public comment …").
   */
  private boolean isPictureTitle(int i) {
    if (i + 1 >= lines.size() || kinds.get(i + 1) != LineKind.CAPTION) return false;
    java.util.Set<String> caption = stems(lines.get(i + 1).text());
    java.util.Set<String> title = stems(texts[i]);
    if (title.isEmpty()) return false;
    long shared = title.stream().filter(caption::contains).count();
    return 2 * shared >= title.size();
  }

  private static java.util.Set<String> stems(String text) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (String w : LineShape.normalised(text).split(" ")) {
      if (w.isEmpty() || NewsLexicon.isFunctionWord(w)) continue;
      out.add(w.length() > STEM ? w.substring(0, STEM) : w);
    }
    return out;
  }

  /** The line right under {@code i}, with no blank line between, names a source ("Source: …"). */
  private boolean overASourceLine(int i) {
    return i + 1 < lines.size()
        && !lines.get(i + 1).blankBefore()
        && SOURCE_LABEL.matcher(lines.get(i + 1).text()).lookingAt();
  }

  /** A box's or a chart's source line: "Source: team injury reports, Wed. Dec. 2". */
  private static final Pattern SOURCE_LABEL = Pattern.compile("^(?:Sources?|Data)\\s*:\\s*\\S");

  /** The fewest paragraphs of the story before a writer's biography may end it. */
  private static final int MIN_PARAGRAPHS_BEFORE_BIO = 3;

  private int paragraphsSoFar(int start, int i) {
    int n = 0;
    for (int k = start; k < i; k++) if (roles[k] == Role.PARAGRAPH) n++;
    return n;
  }

  /** A chart's or map's maker on a line of their own: "Chart: Sofia Reyes", "Graphic by …". */
  private static final Pattern CHART_CREDIT =
      Pattern.compile("^(?:Chart|Graphic|Map|Interactive)s?\\s*(?::|by\\b)");

  /** The most words of a line of a chart's block: its title, legend and source. */
  private static final int MAX_CHART_LINE_WORDS = 16;

  /**
   * The label of a box on how a story was reported ("How We Reported This Story", "About the
   * data"), over its paragraphs and a link to the full account.
   */
  private static final Pattern METHOD_LABEL =
      Pattern.compile(
          "^(?i:how we (?:reported|did|analy[sz]ed) (?:this|it|the data)(?: story)?|about (?:this|the)"
              + " (?:data|analysis)|methodology)\\s*:?$");

  /** The link that closes such a box: "Read the full methodology". */
  private static final Pattern METHOD_LINK =
      Pattern.compile("^(?i:(?:read|see) (?:the|our) (?:full |complete )?methodology)\\.?$");

  /** The most lines of a box on how a story was reported, its closing link included. */
  private static final int MAX_METHOD_LINES = 12;

  /** The labels of the lone lines of data read as the story's ("vote"), in lower case. */
  private final java.util.Set<String> storyFieldLabels = new java.util.HashSet<>();

  /** The items of the page's table of contents: its headings printed again above the story. */
  private final java.util.Set<Integer> contentsItems = new java.util.HashSet<>();

  private final String[] texts;
  private DateStamps.Stamp update;
  private String agency = "";
  private List<String> writers = List.of();

  /** The dates of the writer's signature line under the story ({@link Bylines#signature}). */
  private List<DateStamps.Stamp> signedDates = List.of();

  private BodyReader(List<Line> lines, List<LineKind> kinds, HeaderReader.Header header) {
    this.lines = lines;
    this.kinds = kinds;
    this.header = header;
    this.roles = new Role[lines.size()];
    this.texts = new String[lines.size()];
  }

  static Body read(List<Line> lines, List<LineKind> kinds, HeaderReader.Header header) {
    return new BodyReader(lines, kinds, header).read();
  }

  private Body read() {
    int start = header.bodyStart();
    // a video's block that the header ran into: the body starts after its running time
    for (int k = start - 1; k >= Math.max(0, start - 3); k--) {
      int clip = videoBlockEnd(k);
      if (clip >= start) {
        start = clip + 1;
        break;
      }
    }
    for (int i = 0; i < start; i++) roles[i] = Role.DROP;
    byKind(start);
    newsletterPitches(start);
    seeAllBoxes(start);
    bookmarkCards(start);
    documentViewers(start);
    headingsAndLeftovers(start);
    tail(start);
    repeats(start);
    List<Piece> pieces = new ArrayList<>();
    for (int i = start; i < lines.size(); i++) {
      if (roles[i] != Role.DROP) pieces.add(new Piece(roles[i], texts[i]));
    }
    return new Body(pieces, Optional.ofNullable(update), agency, writers, signedDates);
  }

  // --- pass 1 ------------------------------------------------------------------------------

  /**
   * Whether line {@code i} goes on with an open list of links to other stories: a headline, teaser
   * or date right under the line before ({@link RelatedLinks#continuesList}); or a box of stories
   * set apart by blank lines, each a headline of five words or more with at most a one-sentence
   * teaser right under it ("How to prepare your bushfire plan" / "Fire authorities say…") and a
   * blank line or the page's end after the teaser. A body paragraph under a short heading, or of
   * two sentences, ends the list; so does a heading of fewer than five words (shorter than a listed
   * headline) right over running text.
   */
  private boolean inRelatedList(int i) {
    String text = lines.get(i).text();
    if (!lines.get(i).blankBefore()) {
      if (isTopicUnderItsLabel(i)) return true;
      // an item's button ("Follow") and the list's note to the reader under its items ("Authors
      // and topics you follow will be added to your personal news feed"): no one's words
      if (kinds.get(i) == LineKind.FURNITURE) return true;
      if (Boilerplate.speaksToTheReader(text) && !LineShape.hasQuotation(text)) return true;
      if (headsRunningText(i) || headsStoryParagraph(i)) return false;
      if (RelatedLinks.continuesList(text)) return true;
      return isTeaserOfListedHeadline(i) || isSentenceHeadlineInList(i);
    }
    if (isSentenceHeadlineInList(i)) return true;
    return RelatedLinks.isListedHeadline(text)
        && i + 1 < lines.size()
        && (lines.get(i + 1).blankBefore()
            || RelatedLinks.continuesList(lines.get(i + 1).text())
            || isTeaserOfListedHeadline(i + 1));
  }

  /**
   * A topic of a "Topics" or "Tags" list printed one to a line ("Breaking News" / "Local News"):
   * every line between it and the label, in the same block, is as short.
   */
  private boolean isTopicUnderItsLabel(int i) {
    for (int j = i; j > 0; j--) {
      if (LineShape.words(lines.get(j).text()) > MAX_TOPIC_WORDS) return false;
      if (TOPICS_LABEL.matcher(lines.get(j - 1).text()).matches()) return true;
      if (lines.get(j).blankBefore()) return false;
    }
    return false;
  }

  private static final int MAX_TOPIC_WORDS = 3;

  private static final Pattern TOPICS_LABEL =
      Pattern.compile("(?i)(?:topics|tags|keywords|related topics)\\s*:?");

  /**
   * A line of data set alone between blank lines right under a paragraph of running text ("Vote:
   * 7-0", "PREDICTION: Ravens 24, Steelers 20"): a fact of the story printed as a field, not a box
   * of data, whose lines stand together.
   */
  private boolean isLoneDataUnderAParagraph(int i) {
    boolean aloneAfter = i + 1 >= lines.size() || lines.get(i + 1).blankBefore();
    return i > 0
        && lines.get(i).blankBefore()
        && aloneAfter
        && kinds.get(i - 1) == LineKind.PROSE
        && roles[i - 1] == Role.PARAGRAPH;
  }

  /**
   * A heading too short for a listed headline, with running text right under it; a listed story's
   * writer's name under its headline ("Helen Okafor-Bright") is none.
   */
  private boolean headsRunningText(int i) {
    String text = lines.get(i).text();
    return !RelatedLinks.isListedHeadline(text)
        && kinds.get(i) != LineKind.DATE // a listed link's date heads nothing
        && Bylines.unlabelled(text, true).isEmpty()
        && isHeadingShape(text)
        && i + 1 < lines.size()
        && isRunningText(i + 1);
  }

  /**
   * A heading over a paragraph of the story, right under a list's last item ("Greens call for 'real
   * transition'" over "The opposition Greens criticized the deal … Tobias Engelhardt, …"): the
   * paragraph has two sentences or more and {@link #MIN_STORY_PARAGRAPH_WORDS} words or more,
   * longer than a listed story's teaser, and tells of what the heading names. A listed story's
   * headline over the paragraph the list was pasted into names something else.
   */
  private boolean headsStoryParagraph(int i) {
    if (!isHeadingShape(lines.get(i).text()) || i + 1 >= lines.size()) return false;
    String next = lines.get(i + 1).text();
    if (kinds.get(i + 1) != LineKind.PROSE
        || lines.get(i + 1).blankBefore()
        || LineShape.words(next) < MIN_STORY_PARAGRAPH_WORDS
        || SPLITTER.split(next).size() < 2) {
      return false;
    }
    Set<String> said = HeaderReader.contentWords(next);
    long shared =
        HeaderReader.contentWords(lines.get(i).text()).stream().filter(said::contains).count();
    return shared >= MIN_SHARED_WITH_SECTION;
  }

  /** A section's heading names what its paragraph tells: this many content words of it or more. */
  private static final int MIN_SHARED_WITH_SECTION = 2;

  private static final int MIN_STORY_PARAGRAPH_WORDS = 30;

  /**
   * A listed headline written as sentences ("A startup ranked workers by emoji use. It lasted 11
   * days."): at most {@link #MAX_SENTENCE_HEADLINE_WORDS} words, with a line of the list or of the
   * page (no running text) right under it, no blank line between.
   */
  private boolean isSentenceHeadlineInList(int i) {
    if (LineShape.words(lines.get(i).text()) > MAX_SENTENCE_HEADLINE_WORDS) return false;
    return i + 1 < lines.size()
        && !lines.get(i + 1).blankBefore()
        && kinds.get(i + 1) != LineKind.PROSE;
  }

  private static final int MAX_SENTENCE_HEADLINE_WORDS = 24;

  /** A one-sentence teaser right under a listed headline, before a blank line or the end. */
  private boolean isTeaserOfListedHeadline(int i) {
    if (i == 0 || lines.get(i).blankBefore()) return false;
    if (!RelatedLinks.isListedHeadline(lines.get(i - 1).text())) return false;
    String text = lines.get(i).text();
    boolean lastOfItem = i + 1 >= lines.size() || lines.get(i + 1).blankBefore();
    return lastOfItem && LineShape.words(text) <= 30 && SPLITTER.split(text).size() == 1;
  }

  private void byKind(int start) {
    boolean ended = false;
    boolean inList = false;
    boolean oneLink = false; // the open list's label names one link ("Related article")
    boolean inCard = false;
    int packedLinks = 0; // the open list's lines right under the line above
    boolean teasers = false; // whether a line of the open list ends a sentence
    boolean disclosed = false; // a box of the writer's interests has been read
    boolean asked = false; // a section of readers' questions ("FAQs") has begun
    int signedOff = -1; // the line of the writer's sign-off that ended the story
    for (int i = start; i < lines.size(); i++) {
      Line line = lines.get(i);
      String text = line.text();
      texts[i] = text;
      roles[i] = Role.DROP;
      // the writer's signature line under the story: their name, address and dates, no text
      Optional<Bylines.Byline> signature =
          writers.isEmpty() && i > start ? Bylines.signature(text) : Optional.empty();
      if (signature.isPresent()) {
        writers = signature.get().authors();
        signedDates = signature.get().dates();
        continue;
      }
      if (ended) {
        // a credit among the trailers still names the story's agency and writers
        if (agency.isEmpty()) agency = Trailers.creditedAgency(text).orElse("");
        if (writers.isEmpty()) writers = Trailers.reporters(text);
        // the story's picture under its writer's sign-off, as a social post prints it
        if (signedOff == i - 1 && kinds.get(i) == LineKind.CAPTION) roles[i] = Role.CAPTION;
        continue;
      }
      // a list printed one link to a line, no blank line and no teaser between its links, gains no
      // link with a teaser after a blank line: a title over a sentence there is the story's again,
      // and so is a heading set apart over running text
      if (inList
          && line.blankBefore()
          && packedLinks >= 2
          && !teasers
          && (overASentence(i) || headsRunningTextBelowABlank(i))) {
        inList = false;
      }
      if (inList && !inRelatedList(i)) inList = false;
      if (inList && !line.blankBefore()) packedLinks++;
      if (inList && LineShape.endsLikeSentence(text)) teasers = true;
      if (inList && kinds.get(i) == LineKind.END) inList = false; // "Comments (7)" under a list
      if (inList) {
        // "Related article": a card of one link, whatever stands under it
        if (oneLink) inList = false;
        // a gallery's captions under its label ("PHOTO GALLERY") are the story's captions
        if (kinds.get(i) == LineKind.CAPTION) roles[i] = Role.CAPTION;
        continue;
      }
      if (inCard
          && (line.blankBefore() || !RelatedLinks.continuesList(text) || headsRunningText(i))) {
        inCard = false;
      }
      if (inCard) continue;
      // a box of a release's data, each field a label in capitals over its value ("JOURNAL" /
      // "Nature Climate Change", "DOI" / "10.1038/…"): no text of the story
      int fields = fieldBoxEnd(i);
      if (fields > i) {
        for (int k = i + 1; k <= fields; k++) {
          drop(k);
        }
        i = fields;
        continue;
      }
      // a data card the page sets under or beside the story: a name over its fields, with the
      // card's tools ("Halvorsen Fluid Systems Inc." / "Industry: …" / "Employees: …" / "Follow")
      int card = dataCardEnd(i);
      if (card > i) {
        drop(i, card);
        i = card;
        continue;
      }
      // a market quote's box between paragraphs (the company, its ticker, its price and change,
      // "As of close …", "View full quote"): figures, no words of the story
      int figures = figuresBoxEnd(i);
      if (figures > i) {
        drop(i, figures);
        i = figures;
        continue;
      }
      // a summary a machine wrote over the story, told by its note: the note, and the box above
      // it up to a blank line (its label and its points), are no words of the reporters
      if (WebLexicon.MACHINE_SUMMARY_NOTE.matcher(text).find()) {
        for (int k = i; k > start && !lines.get(k).blankBefore(); k--) {
          drop(k - 1);
        }
        continue;
      }
      // a reply under a social post: its writer's name over their handle ("@rickd"), its time,
      // "Replying to @…", then its text; none of it the post's
      if (WebLexicon.HANDLE_LINE.matcher(text).matches()) {
        if (i > start && kinds.get(i - 1) == LineKind.TEXT && LineShape.words(texts[i - 1]) <= 4) {
          roles[i - 1] = Role.DROP;
        }
        for (int k = i + 1; k < lines.size() && k <= i + MAX_BOX_LINES; k++) {
          String replied = lines.get(k).text();
          drop(k);
          i = k;
          boolean lead = kinds.get(k) == LineKind.FURNITURE || REPLYING_TO.matcher(replied).find();
          if (!lead) break;
        }
        continue;
      }
      // a box the page closes itself: on how the story was reported, from its label to its link
      // to the full account; a social post embedded in the page, between the network's "View this
      // post on Instagram" and its credit "A post shared by Name (@handle)": no words of the story
      int closed = closedBoxEnd(i);
      if (closed > i) {
        drop(i, closed);
        i = closed;
        continue;
      }
      // a writer's biography under the story ("Lena Haskins is a reporter at …"): the story is over
      if (Trailers.isAuthorBio(text, header.authors())
          && paragraphsSoFar(start, i) >= MIN_PARAGRAPHS_BEFORE_BIO) {
        ended = true;
        continue;
      }
      // a box of the page's own: a sponsor's, a recommendation widget's or a poll's, its label,
      // then its lines (teasers, advertisers, a question and its answers; no statement among
      // them) up to a blank line
      if (BOX_LABEL.matcher(text).matches()) {
        for (int k = i + 1; k < lines.size() && k <= i + MAX_BOX_LINES; k++) {
          if (lines.get(k).blankBefore()) break;
          if (kinds.get(k) == LineKind.PROSE && LineShape.lastMark(lines.get(k).text()) != '?') {
            break;
          }
          drop(k);
          i = k;
        }
        continue;
      }
      // a company's financial statements under its release: their titles, rows and labels
      if (line.blankBefore() && isStatementsTitle(i)) {
        int end = statementsEnd(i);
        drop(i, end);
        i = end;
        continue;
      }
      // the story's tags on one line under it ("Tags: Space, Science, Scotland"): the story is over
      if (TAG_LINE.matcher(text).matches()
          && paragraphsSoFar(start, i) >= MIN_PARAGRAPHS_BEFORE_BIO) {
        ended = true;
        continue;
      }
      // a quiz's question over its lettered options ("1. What is …?" / "a) Kestrel" / "b) …")
      if (isQuizQuestion(i)) {
        int k = i + 1;
        while (k < lines.size() && QUIZ_OPTION.matcher(lines.get(k).text()).matches()) k++;
        drop(i, k - 1);
        i = k - 1;
        continue;
      }
      // a glossary: its label ("WORD CHECK", "Key words") over two entries or more, each a word
      // and its meaning after a dash, up to a blank line
      int glossary = glossaryEnd(i);
      if (glossary > i) {
        drop(i, glossary);
        i = glossary;
        continue;
      }
      // a table of contents: its label and its items, the headings below again, up to a blank line
      if (TABLE_OF_CONTENTS.matcher(text).matches()) {
        for (int k = i + 1; k < lines.size() && !lines.get(k).blankBefore(); k++) {
          if (LineShape.words(lines.get(k).text()) > MAX_ITEM_WORDS) break;
          drop(k);
          contentsItems.add(k);
          i = k;
        }
        continue;
      }
      if (line.markup() == Line.Markup.ROW) {
        roles[i] = Role.PARAGRAPH; // a table's row is read as the story prints it
        // and so is its source or note, right under its last row ("x-clinched division title")
        if (i + 1 < lines.size()
            && lines.get(i + 1).markup() != Line.Markup.ROW
            && !MORE_OF_IT.matcher(lines.get(i + 1).text()).lookingAt()
            && !lines.get(i + 1).blankBefore()
            && (TABLE_NOTE.matcher(lines.get(i + 1).text()).lookingAt()
                || LineShape.words(lines.get(i + 1).text()) <= MAX_TABLE_NOTE_WORDS
                    && LineShape.lastMark(lines.get(i + 1).text()) != ':')) {
          i++;
          texts[i] = lines.get(i).text();
          roles[i] = Role.PARAGRAPH;
        }
        continue;
      }
      if (line.markup() == Line.Markup.CAPTION) {
        roles[i] = Role.CAPTION;
        continue;
      }
      if (line.markup() == Line.Markup.HEADING) {
        LineKind k = kinds.get(i);
        if (k == LineKind.RELATED_LABEL) {
          inList = true;
          oneLink = ONE_LINK_LABEL.matcher(text).matches();
          packedLinks = 0;
          teasers = false;
        } else if (k == LineKind.END) ended = true; // "Quick hits", "Comments" as a page's heading
        else if (k != LineKind.FURNITURE) roles[i] = Role.HEADING;
        continue;
      }
      int clip = videoBlockEnd(i);
      if (clip > i) {
        // a video's block: its label and title, the player's description of it, its running time
        for (int k = i; k <= clip; k++) {
          drop(k);
        }
        i = clip;
        continue;
      }
      // another site's content set into the page under its label, up to the blank line after it
      if (WebLexicon.EMBED_LABEL.matcher(text.strip()).matches()) {
        int embed = Math.min(blockEnd(i), i + MAX_BOX_LINES);
        drop(i, embed);
        i = embed;
        continue;
      }
      // a match's facts under its report: its scorers, line-ups, referee and crowd, no sentence of
      // the story
      if (isMatchFact(text)) continue;
      // an advertisement's own lines under its marker, up to the blank line that ends its block
      int ad = advertisementEnd(i);
      if (ad > i) {
        drop(i, ad);
        i = ad;
        continue;
      }
      // a promotion's block: "Kenya floods appeal" / "US$25 could provide …" / "Donate now"
      int promotion = callToActionBoxEnd(i);
      if (promotion > i) {
        drop(i, promotion);
        i = promotion;
        continue;
      }
      switch (kinds.get(i)) {
        case END -> {
          ended = true;
          if (Trailers.signOff(text).isPresent()) signedOff = i;
          agency = Trailers.creditedAgency(text).orElse("");
          if (writers.isEmpty()) writers = Trailers.reporters(text); // none signed above
        }
        case UPDATE_NOTE -> {
          if (update == null) update = DateStamps.updateNote(text).orElseThrow();
        }
        case LABELLED_CAPTION -> {
          roles[i] = Role.CAPTION;
          texts[i] = Captions.labelledCaption(text).orElseThrow();
          // its credit under it, past the picture's own tools ("view more")
          int k = i + 1;
          while (k < lines.size() && k <= i + 2 && kinds.get(k) == LineKind.FURNITURE) k++;
          if (k < lines.size() && kinds.get(k) == LineKind.CREDIT) {
            texts[i] = texts[i] + " " + lines.get(k).text();
            for (int j = i + 1; j <= k; j++) {
              drop(j);
            }
            i = k;
          }
        }
        case CAPTION -> roles[i] = Role.CAPTION;
        // "Vote: 5-2 (Marsh, Delacroix opposed)" set alone under a paragraph: the story's fact
        case DATA -> {
          if (isLoneDataUnderAParagraph(i)) {
            roles[i] = Role.PARAGRAPH;
            storyFieldLabels.add(Fields.labelOf(text));
          }
        }
        case CREDIT -> {
          // a chart's source under its labels pasted one to a line ("Standard", "2024", "5k"):
          // none of the block above it is a section heading
          if (Captions.isSourceLine(text)) {
            for (int k = i - 1; k >= 0 && !lines.get(k + 1).blankBefore(); k--) {
              if (roles[k] == Role.PENDING) roles[k] = Role.DROP;
            }
          }
          // a chart's maker ("Chart: Sofia Reyes") under the chart's lines (its title, legend,
          // "Loading…", its source): the whole block is the chart's, short lines all
          if (CHART_CREDIT.matcher(text).lookingAt()) {
            for (int k = i - 1; k >= start && !lines.get(k + 1).blankBefore(); k--) {
              if (LineShape.words(lines.get(k).text()) > MAX_CHART_LINE_WORDS) break;
              drop(k);
            }
          }
        }
        case RELATED_LABEL -> {
          inList = true;
          oneLink = ONE_LINK_LABEL.matcher(text).matches();
          packedLinks = 0;
          teasers = false;
        }
        // "Related video: …" and the card under it (its source, its title) up to the text
        case RELATED_INLINE -> inCard = true;
        case FIELD_LABEL -> {
          int box = LineShape.isAllCaps(text) ? factBoxEnd(i) : -1;
          if (box > i) {
            // "SIDEBAR:" over its facts, each with a figure ("Routes consolidated since August:
            // 11"): the box's items are the story's, under its label
            roles[i] = Role.HEADING;
            texts[i] = text.strip().replaceFirst("\\s*:$", "");
            for (int k = i + 1; k <= box; k++) {
              texts[k] = lines.get(k).text();
              roles[k] = Role.PARAGRAPH;
            }
            i = box;
          } else if (isTopicLabel(text)) {
            roles[i] = Role.HEADING; // "On the new signing:" over the words on it
          } else if (introducesWhatFollows(i)) {
            roles[i] = Role.PARAGRAPH; // "Key points:" over a list, a label over a quotation
          } else if (labelsRunningText(lines, kinds, i)) {
            roles[i] = Role.HEADING; // "Dive Brief:" over the story's running text: its label
            texts[i] = text;
          } else if (i + 1 < lines.size()
              && Captions.isPictureLabel(text)
              && kinds.get(i + 1) == LineKind.CAPTION) {
            roles[i + 1] = Role.CAPTION; // "Image:" over the picture's caption and its credit
            texts[i + 1] = lines.get(i + 1).text();
            i++;
          } else if (i + 1 < lines.size()) {
            roles[i + 1] = Role.DROP;
            texts[i + 1] = lines.get(i + 1).text();
            i++;
            // "Charges:" over one labelled line per suspect ("Fortner: trafficking …"), one block
            while (i + 1 < lines.size()
                && !lines.get(i + 1).blankBefore()
                && Fields.opensWithLabel(lines.get(i + 1).text())
                && Fields.opensWithLabel(lines.get(i).text())) {
              drop(++i);
            }
          }
        }
        case PROSE, TEXT -> {
          if (disclosureBox(i, disclosed)) {
            disclosed = true;
            texts[i + 1] = lines.get(i + 1).text(); // the box's label and its one paragraph
            roles[i + 1] = Role.DROP;
            i++;
          } else if (i + 1 < lines.size() && isEmbedCredit(lines.get(i + 1).text())) {
            texts[i + 1] = lines.get(i + 1).text(); // an embedded post and its credit: not body
            roles[i + 1] = Role.DROP;
            i++;
          } else if (i + 1 < lines.size()
              && !lines.get(i + 1).blankBefore()
              && WebLexicon.DOWNLOAD_LINK.matcher(lines.get(i + 1).text().strip()).matches()
              && !LineShape.hasQuotation(text)) {
            // a picture's caption over its download link ("Download image (JPG, 2.4 MB)")
            roles[i] = Role.CAPTION;
            texts[i + 1] = lines.get(i + 1).text();
            roles[i + 1] = Role.DROP;
            i++;
          } else if (isInSitesBox(i)) {
            drop(i); // the site's own box: its appeal, this line, its button ("Donate / Dona")

          } else if (i + 1 < lines.size()
              && Captions.creditsLineAbove(lines.get(i + 1), kinds.get(i + 1))
              && (!CHART_CREDIT.matcher(lines.get(i + 1).text()).lookingAt()
                  // a map's caption: one sentence alone over its maker ("Graphic: Hollis Tran")
                  || line.blankBefore() && LineShape.endsLikeSentence(text))
              && !(kinds.get(i) == LineKind.PROSE
                  && Captions.isSourceLine(lines.get(i + 1).text()))) {
            roles[i] = Role.CAPTION;
            texts[i] = text + " " + lines.get(i + 1).text();
            roles[i + 1] = Role.DROP;
            texts[i + 1] = lines.get(i + 1).text();
            // a chart: its title, right over what it shows and its source, is no section heading,
            // nor are its legend's and axes' labels pasted one to a line between them; a chart of
            // several such lines is captioned by its title and its source
            if (Captions.isSourceLine(lines.get(i + 1).text())) {
              int top = i;
              while (top > 0 && roles[top - 1] == Role.PENDING && !lines.get(top).blankBefore()) {
                top--;
              }
              for (int k = top; k < i; k++) roles[k] = Role.DROP;
              if (top < i - 1) texts[i] = lines.get(top).text() + " " + lines.get(i + 1).text();
            }
            i++;
          } else {
            boolean running = kinds.get(i) == LineKind.PROSE || HeaderReader.isListItem(text);
            boolean faq = FAQ_LABEL.matcher(text).matches();
            asked |= faq;
            if (faq
                || isQuestionHeading(i)
                || isDashHeading(i)
                || asked && isAskedQuestion(i)
                || isTopicLabel(text)) {
              roles[i] = Role.HEADING;
            } else {
              roles[i] = running ? Role.PARAGRAPH : Role.PENDING;
            }
          }
        }
        default -> {
          // a day's heading over its entries ("Thursday, Dec. 3" over a police log's items): set
          // apart above, running text right under it
          if (kinds.get(i) == LineKind.DATE
              && DAY_HEADING.matcher(text).matches()
              && line.blankBefore()
              && i + 1 < lines.size()
              && !lines.get(i + 1).blankBefore()
              && kinds.get(i + 1) == LineKind.PROSE) {
            roles[i] = Role.HEADING;
            continue;
          }
          // a tip to the reader in a list of them, running text right above and below with no
          // blank line between: the story's ("Check your loan statement to see whether …")
          if (isTipAmongText(i)) {
            roles[i] = Role.PARAGRAPH;
            continue;
          }
          // furniture, dates, bylines, data, credits, image sources: dropped, and with them
          // another story's card in the body: the date it says it was published, then its
          // teaser of one sentence right under it, alone up to a blank line
          if (kinds.get(i) == LineKind.DATE && saysPublished(text) && teaserUnder(i)) {
            texts[i + 1] = lines.get(i + 1).text();
            roles[i + 1] = Role.DROP;
            i++;
            continue;
          }
          // a video's running time, and the one-sentence description the player prints under it
          if (VIDEO_DURATION.matcher(text).matches() && i + 1 < lines.size()) {
            String next = lines.get(i + 1).text();
            if (LineShape.words(next) <= 45 && SPLITTER.split(next).size() == 1) {
              texts[i + 1] = next;
              roles[i + 1] = Role.DROP;
              i++;
            }
          }
        }
      }
    }
  }

  /**
   * The label of a box on the writer's interests over its one paragraph of running text, as
   * academics' articles print them ("Disclosure statement" / "Tamsin Weatherall receives funding
   * from …"); "Partners" and the funders under it only after such a box.
   */
  private boolean disclosureBox(int i, boolean disclosed) {
    if (i + 1 >= lines.size() || kinds.get(i + 1) != LineKind.PROSE) return false;
    String label = lines.get(i).text().strip();
    return DISCLOSURE_LABEL.matcher(label).matches()
        || disclosed && PARTNERS_LABEL.matcher(label).matches();
  }

  private static final Pattern DISCLOSURE_LABEL =
      Pattern.compile(
          "^(?:disclosure(?: statement)?|competing interests|conflicts? of interests?"
              + "|declarations? of interests?)$",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern PARTNERS_LABEL =
      Pattern.compile("^(?:partners|funders|funding)$", Pattern.CASE_INSENSITIVE);

  /**
   * The last of the two or more lines of a fact box under its label at {@code label} (a blank line
   * may stand between the label and the first), no blank line between them, each a short line with
   * a figure; -1 when there are fewer.
   */
  private int factBoxEnd(int label) {
    int j = label + 1;
    while (j < lines.size()
        && (j == label + 1 || !lines.get(j).blankBefore())
        && LineShape.hasFigure(lines.get(j).text())
        && LineShape.words(lines.get(j).text()) <= MAX_ITEM_WORDS) {
      j++;
    }
    return j - 1 > label + 1 ? j - 1 : -1;
  }

  /** The most words of an item of a list or a fact box, as a line of its own. */
  private static final int MAX_ITEM_WORDS = LineShape.MAX_FACT_WORDS;

  /** A date line that labels its date as a publication's ("This content was published on …"). */
  private static boolean saysPublished(String text) {
    return DateStamps.read(text).stream()
        .anyMatch(d -> d.labelled() && d.kind() == DateStamps.Kind.PUBLISHED);
  }

  /** One sentence right under line {@code i}, no blank line between, and a blank line after it. */
  private boolean teaserUnder(int i) {
    if (i + 1 >= lines.size() || lines.get(i + 1).blankBefore()) return false;
    String next = lines.get(i + 1).text();
    boolean alone = i + 2 >= lines.size() || lines.get(i + 2).blankBefore();
    return alone && LineShape.words(next) <= 45 && SPLITTER.split(next).size() == 1;
  }

  /** A label that names one link: "Related article", "Related story", "Related video". */
  private static final Pattern ONE_LINK_LABEL =
      Pattern.compile("^related (?:article|story|video|link)\\s*:?$", Pattern.CASE_INSENSITIVE);

  /**
   * The label over a box of the page's own: a sponsor's ("Sponsored Content", "Paid post",
   * "Promoted"), a recommendation widget's ("Sponsored Links by Taboola", "You May Like",
   * "Recommended by Outbrain", "Around the Web"), a listing's ("FEATURED PROPERTY"), a shop's
   * ("Compare prices", "Where to buy"), a poll's ("POLL", "Reader poll", or the label with its
   * question: "POLL: Should parking be free?").
   */
  private static final Pattern BOX_LABEL =
      Pattern.compile(
          "^(?:sponsored(?: content| links?| stories)?(?: by \\S+)?|paid (?:content|post)"
              + "|promoted(?: content| stories| links)?|partner content|from our sponsors?"
              + "|you may (?:also )?like|recommended (?:for you|by \\S+)|around the web"
              + "|featured (?:property|properties|listings?|homes?|jobs?)|have your say"
              + "|compare prices|price comparison|where to buy|(?:today's )?best prices?"
              + "|(?:reader |quick |today's )?poll)(?:\\s*:?|\\s*:\\s+\\S.*\\?)$",
          Pattern.CASE_INSENSITIVE);

  /** A weekday and a date, no time and no label: "Thursday, Dec. 3", "Monday, 30 November". */
  private static final Pattern DAY_HEADING =
      Pattern.compile(
          "^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? (?:\\p{Lu}\\p{Ll}{2,8}\\.? \\d{1,2}"
              + "|\\d{1,2} \\p{Lu}\\p{Ll}{2,8})(?:,? \\d{4})?$");

  /** The line a social network's embed opens with: "View this post on Instagram". */
  private static final Pattern EMBED_OPENER =
      Pattern.compile(
          "^View (?:this )?post on (?:Instagram|Facebook|Threads|TikTok|X|Twitter)$",
          Pattern.CASE_INSENSITIVE);

  /** The credit an embedded post closes with: "A post shared by Helen's Kitchen (@helenspvd)". */
  private static final Pattern EMBED_CLOSER = Pattern.compile("^A post shared by \\S.{0,80}$");

  /** "Replying to @dwhitcomb_news": the line over a reply's text. */
  private static final Pattern REPLYING_TO = Pattern.compile("^Replying to @");

  /** The most lines of such a box. */
  private static final int MAX_BOX_LINES = 14;

  /** A box the page opens and closes with lines of its own, within so many lines. */
  private record ClosedBox(Pattern opener, Pattern closer, int maxLines) {}

  private static final List<ClosedBox> CLOSED_BOXES =
      List.of(
          new ClosedBox(METHOD_LABEL, METHOD_LINK, MAX_METHOD_LINES),
          new ClosedBox(EMBED_OPENER, EMBED_CLOSER, MAX_BOX_LINES));

  /**
   * The last line of a box of {@link #CLOSED_BOXES} that line {@code i} opens: its closing line
   * within the box's bound; -1 when {@code i} opens none or nothing closes it.
   */
  private int closedBoxEnd(int i) {
    for (ClosedBox box : CLOSED_BOXES) {
      if (!box.opener().matcher(lines.get(i).text()).matches()) continue;
      for (int k = i + 1; k < lines.size() && k <= i + box.maxLines(); k++) {
        if (box.closer().matcher(lines.get(k).text()).matches()) return k;
      }
    }
    return -1;
  }

  /** A video's label over its title: "Video: Crews work to restore power". */
  private static final Pattern VIDEO_LABEL =
      Pattern.compile("^(?:Video|Watch)\\s*:\\s*\\S.*", Pattern.CASE_INSENSITIVE);

  /** A video player's label alone on its line: "Video", "Watch". */
  private static final Pattern VIDEO_WORD =
      Pattern.compile("^(?:Video|Watch)$", Pattern.CASE_INSENSITIVE);

  /** A running time alone on its line: "2:47". */
  private static final Pattern RUNNING_TIME = Pattern.compile("^\\d{1,2}:\\d{2}(?::\\d{2})?$");

  /**
   * The last line of a video's block opening at {@code i} ("Video: …", its title again, a sentence
   * that describes it, its running time within four lines; or "Video" alone, a title and a sentence
   * that describes it; or a title with its running time in brackets and a sentence under it that
   * describes it), or -1 when line {@code i} opens none.
   */
  private int videoBlockEnd(int i) {
    return videoBlockEnd(lines, i);
  }

  /** {@link #videoBlockEnd(int)} over any lines: the header's too. */
  static int videoBlockEnd(List<Line> lines, int i) {
    // "Video" alone over the video's title and the player's one-sentence description of it
    if (VIDEO_WORD.matcher(lines.get(i).text()).matches() && i + 2 < lines.size()) {
      String title = lines.get(i + 1).text();
      String about = lines.get(i + 2).text();
      if (RelatedLinks.isListedHeadline(title)
          && LineShape.words(title) <= 15
          && LineShape.words(about) <= 45
          && SPLITTER.split(about).size() <= 2) {
        return i + 2; // the description and its credit
      }
    }
    // a video's title with its running time in brackets ("… seals win over Bucks (0:46)") over
    // the player's one-sentence description of it
    if (TIMED_TITLE.matcher(lines.get(i).text().strip()).matches() && i + 1 < lines.size()) {
      String about = lines.get(i + 1).text();
      boolean described =
          LineShape.words(about) <= 45
              && SPLITTER.split(about).size() == 1
              && !LineShape.hasQuotation(about);
      return described ? i + 1 : i;
    }
    if (!VIDEO_LABEL.matcher(lines.get(i).text()).matches()) return -1;
    for (int k = i + 1; k < lines.size() && k <= i + 4; k++) {
      String t = lines.get(k).text().strip();
      if (RUNNING_TIME.matcher(t).matches() || VIDEO_DURATION.matcher(t).matches()) return k;
    }
    return -1;
  }

  /** A video's title with its running time in brackets: "Talbot's 3 seals the win (0:46)". */
  private static final Pattern TIMED_TITLE =
      Pattern.compile("^\\p{Lu}.{5,120}\\s\\(\\d{1,2}:\\d{2}\\)$");

  /** A video player's running time: "Duration 2:14". */
  private static final Pattern VIDEO_DURATION =
      Pattern.compile("^Duration\\s*:?\\s*\\d{1,2}:\\d{2}(?::\\d{2})?$", Pattern.CASE_INSENSITIVE);

  /**
   * A section heading asked as a question ("WHAT HAPPENS NEXT?", "Who pays for the mercury?"): at
   * most ten words without quotation marks, over a paragraph of running text, and either in
   * capitals or set off by a blank line above and none below (an interviewer's question, set off
   * like its answer, stays a paragraph).
   */
  private boolean isQuestionHeading(int i) {
    String text = lines.get(i).text();
    if (LineShape.lastMark(text) != '?' || LineShape.words(text) > 10) return false;
    // a speaker's turn in a transcript ("MAYOR HOLLIS: Thank you, Ruth. Marcus?") is said, not set
    if (SPEAKER_LABEL.matcher(text).lookingAt()) return false;
    if (LineShape.hasQuotation(text) || !LineShape.startsLikeTitle(text)) return false;
    if (i + 1 >= lines.size() || kinds.get(i + 1) != LineKind.PROSE) return false;
    if (LineShape.words(lines.get(i + 1).text()) < MIN_LONG_LINE) return false;
    if (LineShape.isAllCaps(text)) return true;
    // a short question over a paragraph, set apart like every paragraph ("What happens to the
    // employees?"): a heading too
    if (LineShape.words(text) <= SHORT_QUESTION && lines.get(i).blankBefore()) return true;
    return lines.get(i).blankBefore() && !lines.get(i + 1).blankBefore();
  }

  /**
   * The label of a box listing the story's own headings, which follow again below: "Table of
   * Contents", "In this article", "Jump to".
   */
  private static final Pattern TABLE_OF_CONTENTS =
      Pattern.compile(
          "^(?i:table of contents|contents|in this (?:article|story)|jump to|on this page)\\s*:?$");

  /**
   * A sentence to the reader that names a thing of the web ("Check your loan statement or app to
   * see …", {@link Boilerplate#isSiteTalking}) but is one of a list of tips: no call to action
   * ("Sign up here") nor page phrase, a heading or running text right above it and running text
   * right below, no blank line on either side, and no link, address or offer in it.
   */
  private boolean isTipAmongText(int i) {
    String text = lines.get(i).text();
    if (kinds.get(i) != LineKind.FURNITURE || !Boilerplate.isSiteTalking(text)) return false;
    if (Boilerplate.isCallToAction(text) || Boilerplate.hasFurniturePhrase(text)) return false;
    if (!LineShape.endsLikeSentence(text) || i == 0 || i + 1 >= lines.size()) return false;
    if (lines.get(i).blankBefore() || lines.get(i + 1).blankBefore()) return false;
    if (WebLexicon.WEB_ADDRESS.matcher(text).find() || WebLexicon.READER_OFFER.matcher(text).find())
      return false;
    LineKind above = kinds.get(i - 1);
    return (above == LineKind.PROSE || above == LineKind.TEXT)
        && kinds.get(i + 1) == LineKind.PROSE;
  }

  /**
   * Drops a newsletter box's pitch and name over its sign-up form ("BRUSSELS PLAYBOOK" / "Your
   * guide to the most powerful people in the EU, every weekday morning." / "By signing up, you
   * agree …"): the line right above a sign-up line of furniture, no blank line between, when it has
   * at most {@link #MAX_PITCH_WORDS} words, quotes and reports no one, and names a newsletter or
   * speaks to the reader; and a name of at most four words right above that pitch. A paragraph
   * above a form that does neither is the story's.
   */
  private void newsletterPitches(int start) {
    for (int i = start + 1; i < lines.size(); i++) {
      if (kinds.get(i) != LineKind.FURNITURE
          || lines.get(i).blankBefore()
          || !SIGN_UP.matcher(lines.get(i).text()).find()) {
        continue;
      }
      int pitch = i - 1;
      if (roles[pitch] == Role.DROP || !isPitch(lines.get(pitch).text())) continue;
      drop(pitch);
      int name = pitch - 1;
      if (name >= start
          && !lines.get(pitch).blankBefore()
          && roles[name] != Role.DROP
          && kinds.get(name) == LineKind.TEXT
          && LineShape.words(lines.get(name).text()) <= 4) {
        drop(name);
      }
    }
  }

  /**
   * Drops a box of the site's that closes with a link to all of its kind ("Semafor Signals" /
   * "Supported by …" / "Global insights on today’s biggest stories." / "See all Signals"): from the
   * label that names the link's last word, or from the blank line that opens the link's block, at
   * most {@link #MAX_BOX_LINES} lines up, to the link, when no line between is running text of
   * {@link #MIN_RUNNING_WORDS} words or more or a quotation.
   */
  private void seeAllBoxes(int start) {
    for (int i = start + 1; i < lines.size(); i++) {
      Matcher link = SEE_ALL.matcher(lines.get(i).text().strip());
      if (!link.matches()) continue;
      String[] named = LineShape.tokens(link.group(1));
      if (named.length == 0) continue;
      String last = named[named.length - 1].toLowerCase(java.util.Locale.ROOT);
      for (int k = i - 1; k >= start && k >= i - MAX_BOX_LINES; k--) {
        String text = lines.get(k).text();
        if (LineShape.words(text) >= MIN_RUNNING_WORDS || LineShape.hasQuotation(text)) break;
        boolean label =
            LineShape.words(text) <= 4
                && Arrays.stream(LineShape.tokens(text))
                    .anyMatch(w -> w.toLowerCase(java.util.Locale.ROOT).equals(last));
        // or the block the link closes, from the blank line above it ("Stocks to watch" / "HALV
        // 84.12 +9.02%" / … / "View all market data")
        if (label || lines.get(k).blankBefore()) {
          drop(k, i);
          break;
        }
      }
    }
  }

  /**
   * Drops a card that links another story of the site inside the body (its title, its one-line
   * description, the site's name, the writer's name, one to a line): a line that repeats the name
   * the page opens with, no blank line before it, the lines above it up to a blank line or a
   * paragraph (at most {@link #MAX_CARD_TEXT_LINES}, none of a story paragraph's {@link
   * #MIN_STORY_PARAGRAPH_WORDS} words) and a bare name under it.
   */
  private void bookmarkCards(int start) {
    String site = lines.isEmpty() ? "" : lines.get(0).text().strip();
    if (site.isEmpty() || LineShape.words(site) > 5) return;
    for (int i = start + 1; i < lines.size(); i++) {
      if (!lines.get(i).text().strip().equals(site) || lines.get(i).blankBefore()) continue;
      int top = i;
      while (top > start
          && i - top < MAX_CARD_TEXT_LINES
          && !lines.get(top).blankBefore()
          && LineShape.words(lines.get(top - 1).text()) < MIN_STORY_PARAGRAPH_WORDS) {
        top--;
      }
      if (top == i) continue;
      int end = i;
      if (end + 1 < lines.size()
          && !lines.get(end + 1).blankBefore()
          && Bylines.unlabelled(lines.get(end + 1).text(), true).isPresent()) {
        end++;
      }
      drop(top, end);
    }
  }

  private static final int MAX_CARD_TEXT_LINES = 2;

  /**
   * Drops an embedded document viewer: the block between blank lines that holds its page counter
   * ({@link PdfPageBreaks#isViewerCounter}); its label, credit and the document's text there are no
   * words of the story.
   */
  private void documentViewers(int start) {
    List<String> shown = Arrays.asList(texts);
    for (int i = start; i < lines.size(); i++) {
      if (!PdfPageBreaks.isViewerCounter(shown, i)) continue;
      int top = i;
      while (top > start && !lines.get(top).blankBefore()) top--;
      int end = blockEnd(i);
      drop(top, end);
      i = end;
    }
  }

  private static final Pattern SEE_ALL =
      Pattern.compile("^(?i:see|view|browse) all (\\p{L}[\\p{L}\\s'’&-]{0,40})$");

  /** A line of running text has this many words or more. */
  private static final int MIN_RUNNING_WORDS = 12;

  private static final Pattern SIGN_UP =
      Pattern.compile("\\b(?:sign(?:ing)? up|subscribe)\\b", Pattern.CASE_INSENSITIVE);

  private static final Pattern NEWSLETTER =
      Pattern.compile("\\bnewsletters?\\b", Pattern.CASE_INSENSITIVE);

  private static final int MAX_PITCH_WORDS = 25;

  private static boolean isPitch(String text) {
    return LineShape.words(text) <= MAX_PITCH_WORDS
        && !LineShape.hasQuotation(text)
        && !WebLexicon.reportsSpeech(text)
        && (Boilerplate.speaksToTheReader(text) || NEWSLETTER.matcher(text).find());
  }

  /**
   * The unit or audit note under a financial statement's title: "(in millions, except per share
   * data)", "(In thousands)", "(unaudited)".
   */
  private static final Pattern STATEMENT_NOTE =
      Pattern.compile(
          "^\\((?i:(?:(?:amounts|dollars|\\$|u\\.s\\. dollars) )?in (?:millions|thousands|billions)\\b"
              + "[^()]*|unaudited)\\)$");

  /** The most lines of a financial statement's title block above its unit note. */
  private static final int MAX_STATEMENT_TITLE_LINES = 4;

  /**
   * Whether the block that opens at {@code i} is a financial statement's title: lines in capitals
   * ("ACME CORP." / "CONDENSED CONSOLIDATED BALANCE SHEETS") over a unit or audit note ({@link
   * #STATEMENT_NOTE}), nothing else in the block.
   */
  private boolean isStatementsTitle(int i) {
    for (int k = i; k < lines.size() && k <= i + MAX_STATEMENT_TITLE_LINES; k++) {
      if (k > i && lines.get(k).blankBefore()) return false;
      String t = lines.get(k).text();
      if (STATEMENT_NOTE.matcher(t).matches()) return k > i;
      if (!LineShape.isAllCaps(t)) return false;
    }
    return false;
  }

  /**
   * The last line of the financial statements that open at {@code from}: their title blocks, rows,
   * column heads and row labels, up to (not including) a line of running text or a heading over one
   * ("Non-GAAP Financial Measures" / its text).
   */
  private int statementsEnd(int from) {
    int end = from;
    for (int k = from + 1; k < lines.size(); k++) {
      if (lines.get(k).markup() == Line.Markup.ROW) {
        end = k;
        continue;
      }
      if (isRunningText(k)
          || isHeadingShape(lines.get(k).text()) && k + 1 < lines.size() && isRunningText(k + 1)) {
        break;
      }
      end = k;
    }
    return end;
  }

  /** A line of running text: a sentence of {@link #MIN_LONG_LINE} words or more. */
  private boolean isRunningText(int k) {
    return kinds.get(k) == LineKind.PROSE && LineShape.words(lines.get(k).text()) >= MIN_LONG_LINE;
  }

  /**
   * The last entry of a glossary under the label at {@code label}: a line of at most four words
   * that ends no sentence, over two entries or more in its block ({@link LineShape#definesAWord});
   * -1 when there is none.
   */
  private int glossaryEnd(int label) {
    String text = lines.get(label).text();
    if (LineShape.words(text) > MAX_GLOSSARY_LABEL_WORDS || LineShape.endsLikeSentence(text)) {
      return -1;
    }
    int k = label + 1;
    while (k < lines.size()
        && !lines.get(k).blankBefore()
        && LineShape.definesAWord(lines.get(k).text())) {
      k++;
    }
    return k - label - 1 >= 2 ? k - 1 : -1;
  }

  private static final int MAX_GLOSSARY_LABEL_WORDS = 4;

  /**
   * A topic's label over someone's words: "On" and what the words are about, or a name and "on" it,
   * ending in a colon, with no verb of its own ("On the new signing:", "Captain Tevita Manulevu on
   * the no-try and his 200th game:"); "On Monday he said:" reports.
   */
  private static boolean isTopicLabel(String text) {
    if (!TOPIC_LABEL.matcher(text.strip()).matches()) return false;
    if (LineShape.words(text) > MAX_TOPIC_LABEL_WORDS || WebLexicon.reportsSpeech(text)) {
      return false;
    }
    for (String w : LineShape.tokens(text)) {
      String x = w.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}]", "");
      if (NewsLexicon.isFiniteVerbForm(x)) return false;
    }
    return true;
  }

  private static final Pattern TOPIC_LABEL =
      Pattern.compile("^(?:On|(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,4}on)\\s+[^.!?:]{2,80}:$");

  private static final int MAX_TOPIC_LABEL_WORDS = 14;

  /** A link to the rest of a table or list: "View full ladder", "See all results". */
  private static final Pattern MORE_OF_IT =
      Pattern.compile("(?i)^(?:view|see|show|read)\\s+(?:the\\s+)?(?:full|all|more|complete)\\b");

  /** The story's tags on one line: "Tags: Space, Science, Scotland, Schools". */
  private static final Pattern TAG_LINE =
      Pattern.compile("^(?i:tags|topics|keywords|filed under)\\s*:\\s*[^.!?]{1,150}$");

  /** A quiz's lettered option: "a) Kestrel", "B. 312". */
  private static final Pattern QUIZ_OPTION = Pattern.compile("^[a-dA-D][).]\\s+\\S.{0,60}$");

  /** A quiz's question: one ending "?" over two lettered options or more. */
  private boolean isQuizQuestion(int i) {
    return LineShape.lastMark(lines.get(i).text()) == '?'
        && i + 2 < lines.size()
        && QUIZ_OPTION.matcher(lines.get(i + 1).text()).matches()
        && QUIZ_OPTION.matcher(lines.get(i + 2).text()).matches();
  }

  /** Line {@code k} is no text of the story. */
  private void drop(int k) {
    texts[k] = lines.get(k).text();
    roles[k] = Role.DROP;
  }

  /** Drops lines {@code from} to {@code to}, both included. */
  private void drop(int from, int to) {
    for (int k = from; k <= to; k++) drop(k);
  }

  /** The fewest fields of a box of data, each a label over its value. */
  private static final int MIN_FIELDS = 3;

  /** The most words of a field's label, and of a value that is no sentence. */
  private static final int MAX_FIELD_LABEL_WORDS = 5;

  private static final int MAX_FIELD_VALUE_WORDS = 12;

  /**
   * The last line of a box of data that opens at {@code i}: {@link #MIN_FIELDS} or more blocks of
   * two lines, a label in capitals over its value, a blank line before each, the values short and
   * without a sentence's end but one. {@code i} when none opens there: a story's sections under
   * headings in capitals hold sentences.
   */
  private int fieldBoxEnd(int i) {
    int fields = 0;
    int sentences = 0;
    int k = i;
    while (k + 1 < lines.size()) {
      String label = lines.get(k).text();
      Line value = lines.get(k + 1);
      boolean field =
          lines.get(k).blankBefore()
              && LineShape.isAllCaps(label)
              && LineShape.words(label) <= MAX_FIELD_LABEL_WORDS
              && !value.blankBefore()
              && (k + 2 >= lines.size() || lines.get(k + 2).blankBefore());
      if (!field) break;
      boolean sentence =
          LineShape.endsLikeSentence(value.text())
              || LineShape.words(value.text()) > MAX_FIELD_VALUE_WORDS;
      if (sentence && ++sentences > 1) break;
      fields++;
      k += 2;
    }
    return fields >= MIN_FIELDS ? k - 1 : i;
  }

  /** The fewest labelled fields of a data card. */
  private static final int MIN_CARD_FIELDS = 2;

  /** The most words of a data card's name. */
  private static final int MAX_CARD_NAME_WORDS = 6;

  /**
   * The last line of a data card that opens at {@code i}: a block between blank lines of at most
   * {@link #MAX_BOX_LINES} lines, its first a short name with no verb, then no running text, at
   * least {@link #MIN_CARD_FIELDS} fields ("Label: value") and a line of the page's tools
   * ("Follow"); {@code i} when none opens there. A fact box the newsroom wrote has no tools.
   */
  private int dataCardEnd(int i) {
    if (!lines.get(i).blankBefore()) return i;
    int end = blockEnd(i);
    if (end == i || end - i + 1 > MAX_BOX_LINES) return i;
    String name = lines.get(i).text().strip();
    if (LineShape.words(name) > MAX_CARD_NAME_WORDS
        || LineShape.hasFiniteVerb(LineShape.tokens(name), 0)
        || LineShape.hasQuotation(name)) {
      return i;
    }
    int fields = 0;
    boolean tools = false;
    for (int k = i + 1; k <= end; k++) {
      String t = lines.get(k).text();
      if (kinds.get(k) == LineKind.PROSE || kinds.get(k) == LineKind.END) return i;
      if (Fields.isLabelledValue(t, MAX_FIELD_VALUE_WORDS)) fields++;
      if (kinds.get(k) == LineKind.FURNITURE) tools = true;
    }
    return fields >= MIN_CARD_FIELDS && tools ? end : i;
  }

  /** The fewest lines of a box of figures, and the fewest of them figures alone. */
  private static final int MIN_FIGURE_BOX_LINES = 3;

  private static final int MIN_FIGURES_IN_BOX = 2;

  /**
   * A figure alone on its line, with at most a currency's letters: "C$14.22", "-3.25 (-18.60%)".
   */
  private static final Pattern FIGURE_LINE =
      Pattern.compile("^[^\\p{L}]*(?:\\p{Lu}{1,3})?[^\\p{L}]*\\d[^\\p{L}]*$");

  /**
   * The last line of a box of figures that opens at {@code i}: a block between blank lines of
   * {@link #MIN_FIGURE_BOX_LINES} to {@link #MAX_BOX_LINES} lines, {@link #MIN_FIGURES_IN_BOX} or
   * more of them figures alone, none with a finite verb, longer than a field's value, or ending the
   * story; {@code i} when none opens there. A table of the story's prints its rows as rows, and a
   * list of its points holds clauses.
   */
  private int figuresBoxEnd(int i) {
    if (!lines.get(i).blankBefore()) return i;
    int end = blockEnd(i);
    if (end - i + 1 < MIN_FIGURE_BOX_LINES || end - i + 1 > MAX_BOX_LINES) return i;
    int figures = 0;
    for (int k = i; k <= end; k++) {
      String t = lines.get(k).text().strip();
      if (lines.get(k).markup() != Line.Markup.NONE) return i;
      // a line that ends the story or opens a list under it ("Comments") is read as such
      if (kinds.get(k) == LineKind.END || kinds.get(k) == LineKind.RELATED_LABEL) return i;
      if (LineShape.words(t) > MAX_FIELD_VALUE_WORDS) return i;
      if (LineShape.hasFiniteVerb(LineShape.tokens(t), 0)) return i;
      if (FIGURE_LINE.matcher(t).matches()) figures++;
    }
    return figures >= MIN_FIGURES_IN_BOX ? end : i;
  }

  /** The label of a section of readers' questions and their answers: "FAQs". */
  private static final Pattern FAQ_LABEL =
      Pattern.compile("^(?i:faqs?|frequently asked questions|questions and answers)\\s*:?$");

  /** The most words of a reader's question over its answer in a section of them. */
  private static final int MAX_ASKED_WORDS = 25;

  /**
   * In a section of readers' questions, a question over the paragraph that answers it: a heading,
   * whatever spacing the page gives it.
   */
  private boolean isAskedQuestion(int i) {
    String text = lines.get(i).text();
    return LineShape.lastMark(text) == '?'
        && LineShape.words(text) <= MAX_ASKED_WORDS
        && LineShape.startsLikeTitle(text)
        && !LineShape.hasQuotation(text)
        && i + 1 < lines.size()
        && kinds.get(i + 1) == LineKind.PROSE
        && LineShape.lastMark(lines.get(i + 1).text()) != '?';
  }

  /**
   * A transcript's speaker label in capitals: "MAYOR HOLLIS: ", "DR. RUTH LANGE: " (an interview's
   * "Q: " is a question's mark, and its question may head its answer).
   */
  private static final Pattern SPEAKER_LABEL =
      Pattern.compile("^\\p{Lu}[\\p{Lu}.'’-]+(?: \\p{Lu}[\\p{Lu}.'’-]*){0,4}: \\S");

  /** The most words of a question that heads a section even set apart like a paragraph. */
  private static final int SHORT_QUESTION = 7;

  /**
   * The credit under an embedded social-media post: "— Name (@handle) December 3, 2026". The post
   * above it is the poster's, shown on the page, not the story's text.
   */
  private static final Pattern EMBED_CREDIT =
      Pattern.compile("^[—–-]\\s*[^()]{1,80}\\(@\\w{1,30}\\)\\s.{0,30}\\b(?:19|20)\\d\\d$");

  /** A heading's shape at {@code i}, over running text after a blank line. */
  private boolean headsRunningTextBelowABlank(int i) {
    return isHeadingShape(lines.get(i).text())
        && i + 1 < lines.size()
        && lines.get(i + 1).blankBefore()
        && isRunningText(i + 1);
  }

  /** The line right under {@code i}, with no blank line between, ends a sentence. */
  private boolean overASentence(int i) {
    return i + 1 < lines.size()
        && !lines.get(i + 1).blankBefore()
        && LineShape.endsLikeSentence(lines.get(i + 1).text());
  }

  /**
   * A section heading that a dash opens, as wire services set them ("- Commuters caught in the
   * middle"): a heading's shape after the dash, set apart by blank lines above and below, over
   * running text, with no other item of a list right above or below it (a list's lone item stays a
   * paragraph only among its siblings).
   */
  private boolean isDashHeading(int i) {
    Matcher m = DASH_HEADING.matcher(lines.get(i).text());
    if (!m.matches() || !isHeadingShape(m.group(1))) return false;
    if (!lines.get(i).blankBefore() || i + 1 >= lines.size()) return false;
    if (!lines.get(i + 1).blankBefore() || kinds.get(i + 1) != LineKind.PROSE) return false;
    boolean listAbove = i > 0 && HeaderReader.isListItem(lines.get(i - 1).text());
    return !listAbove && !HeaderReader.isListItem(lines.get(i + 1).text());
  }

  private static final Pattern DASH_HEADING = Pattern.compile("^[–-]\\s+(\\S.*)$");

  private static boolean isEmbedCredit(String text) {
    return EMBED_CREDIT.matcher(text.strip()).matches();
  }

  // --- pass 2 ------------------------------------------------------------------------------

  private void headingsAndLeftovers(int start) {
    for (int i = start; i < lines.size(); i++) {
      int signed = liveEntrySignatureEnd(i);
      if (signed > i) {
        roles[i] = Role.HEADING; // a live page's entry: its time, its headline, its writer
        drop(i + 1, signed);
        i = signed;
        continue;
      }
      if (roles[i] == Role.PENDING && isKickedLinkBetweenParagraphs(i)) roles[i] = Role.DROP;
      // "Vote: Tabled until Jan. 13" under a paragraph, as the story's other votes are set
      if (roles[i] == Role.PENDING
          && isLoneDataUnderAParagraph(i)
          && Fields.opensWithLabel(texts[i])
          && storyFieldLabels.contains(Fields.labelOf(texts[i]))) {
        roles[i] = Role.PARAGRAPH;
      }
      if (roles[i] == Role.PENDING && isUnpunctuatedCaption(i)) roles[i] = Role.CAPTION;
      // a link to another story in capitals ("STATE OFFICIALS RESPOND TO … : REPORT"), longer
      // than a heading in capitals: no sentence of the story is set so
      if (roles[i] == Role.PENDING
          && LineShape.isAllCaps(texts[i])
          && LineShape.words(texts[i]) >= MIN_CAPS_LINK_WORDS) {
        roles[i] = Role.DROP;
      }
    }
    for (int i = start; i < lines.size(); i++) {
      boolean asksWhatIsSaid = QUESTION_WORD.matcher(texts[i]).lookingAt(); // "What City Hall says"
      // a heading that ends with a speech verb and no colon ("Guidance raised, buyback added")
      // reports nothing
      // a heading that quotes a line of the story ("'The terminals just said no'") reports nothing
      boolean quotedHeading =
          QUOTED_HEADING.matcher(texts[i].strip()).matches()
              && LineShape.words(texts[i]) <= MAX_QUOTED_HEADING_WORDS;
      boolean speaks =
          reportsSpeech(texts[i])
              && !asksWhatIsSaid
              && !quotedHeading
              && (LineShape.lastMark(texts[i]) == ':' || !endsWithSpeechVerb(texts[i]));
      if (roles[i] == Role.PENDING && (speaks || introducesWhatFollows(i))) {
        roles[i] = Role.PARAGRAPH; // "Kuhn added:", "Her message:" over a quotation
      }
    }
    itemsOfAnIntroducedList(start);
    java.util.Map<String, Integer> printed = new java.util.HashMap<>();
    for (int i = start; i < lines.size(); i++) {
      if (!contentsItems.contains(i)) printed.merge(texts[i], 1, Integer::sum);
    }
    for (int i = start; i < lines.size(); i++) {
      // a line without a full stop printed twice in the body is a video's or a teaser's title,
      // shown by its player and again in its list: a heading or a paragraph is printed once (the
      // page's table of contents aside)
      if (roles[i] == Role.PENDING && printed.get(texts[i]) > 1) roles[i] = Role.DROP;
      if (roles[i] == Role.PENDING && betweenDropped(i, start) && !isSponsoredHeading(i)) {
        roles[i] = Role.DROP;
      }
    }
    for (int i = start; i < lines.size(); i++) {
      if (roles[i] == Role.PENDING && signsAnEntry(texts[i])) roles[i] = Role.DROP;
      // the headline again inside the body: the running head of an exported or printed copy's
      // next page ("Page 3 of 3" / the headline), never a section's heading
      if (roles[i] == Role.PENDING && texts[i].equals(header.title())) roles[i] = Role.DROP;
      // the byline again where the story goes on after a jump ("HOTEL" / "FROM A3" / the byline)
      if (roles[i] == Role.PENDING && texts[i].equals(header.byline())) roles[i] = Role.DROP;
    }
    for (int i = start; i < lines.size(); i++) {
      if (roles[i] != Role.PENDING) continue;
      if (isLastOfUnmarkedItems(i)) {
        roles[i] = Role.PARAGRAPH;
        continue;
      }
      // a title-like line between dropped lines, with page furniture right under it, is a box's
      // tagline ("Independent journalism about …" over "Become a Member"), no heading
      // "Note: ask Sam about this": a label and a note in lower case head nothing
      if (isHeadingShape(texts[i])
          && !LABEL_THEN_LOWER_CASE.matcher(texts[i].strip()).lookingAt()
          && !(betweenDropped(i, start)
              && kinds.get(i + 1) == LineKind.FURNITURE
              && !isSponsoredHeading(i))
          && !overASourceLine(i)
          && !isPictureTitle(i)
          && !isLastOfDatedItems(i)
          && !overItsCallToAction(i)
          && (nextContent(i) == Role.PARAGRAPH || headsLongLeftover(i))) {
        roles[i] = Role.HEADING;
      } else if (LineShape.words(texts[i]) < MIN_LONG_LINE
          && lines.get(i).markup() != Line.Markup.PARAGRAPH) {
        roles[i] = Role.DROP;
      }
    }
    for (int i = start; i < lines.size(); i++) {
      if (roles[i] != Role.PENDING) continue;
      roles[i] = betweenDropped(i, start) ? Role.DROP : Role.PARAGRAPH;
    }
  }

  /** A one-word label, its colon and a word in lower case: "Note: ask …". */
  private static final Pattern LABEL_THEN_LOWER_CASE =
      Pattern.compile("^\\p{Lu}\\p{Ll}+:\\s+\\p{Ll}");

  /**
   * A line that is one quotation and nothing else, without a full stop: "'Not a blank cheque'",
   * "‘I’d forgotten what it was like to walk the dog’" (an apostrophe inside a word is no mark).
   */
  private static final Pattern QUOTED_HEADING =
      Pattern.compile("^['\"‘“](?:[^'\"‘“’”.!?]|(?<=\\p{L})['’](?=\\p{L}))+['\"’”]$");

  private static final int MAX_QUOTED_HEADING_WORDS = 8;

  /**
   * A timeline's last entry ("Dec. 2 – Ballots counted; union wins 1,842-317" under "Nov. 30 –
   * Three days of voting begin"): a line that opens with a date and a dash, right under another
   * that does.
   */
  private boolean isLastOfDatedItems(int i) {
    return i > 0
        && !lines.get(i).blankBefore()
        && DATED_ITEM.matcher(texts[i]).lookingAt()
        && DATED_ITEM.matcher(lines.get(i - 1).text()).lookingAt();
  }

  /**
   * The last of a list's items copied without their bullets ("Operating margin of 13.5%" under
   * "GAAP diluted EPS of $1.26, up 24%"): a line of {@link LineShape#MIN_POINT_WORDS} words or more
   * right under a paragraph of the body (or a line long enough to be read as one) that has no end
   * punctuation, an item of the same list; a glossary's short entries are none.
   */
  private boolean isLastOfUnmarkedItems(int i) {
    return i > 0
        && !lines.get(i).blankBefore()
        && LineShape.words(texts[i]) >= LineShape.MIN_POINT_WORDS
        && (roles[i - 1] == Role.PARAGRAPH
            || roles[i - 1] == Role.PENDING && LineShape.words(texts[i - 1]) >= MIN_LONG_LINE)
        && !LineShape.endsLikeSentence(texts[i - 1])
        && LineShape.lastMark(texts[i - 1]) != ':';
  }

  /**
   * A promoted item's title right over its call to action or its teaser's link, in its block
   * ("Infographic – Baltic Offshore Grid: key figures" / "See full infographic"; "Become a referee"
   * / "Courses are running this winter. Find your nearest course >"): no section's heading.
   */
  private boolean overItsCallToAction(int i) {
    if (i + 1 >= lines.size() || lines.get(i + 1).blankBefore()) return false;
    String next = lines.get(i + 1).text();
    return Boilerplate.isCallToAction(next) || Boilerplate.isTeaserLink(next);
  }

  private static final Pattern DATED_ITEM =
      Pattern.compile("^\\p{Lu}\\p{Ll}{2,8}\\.? \\d{1,2},? [–—-] ");

  /**
   * The items of a list a paragraph introduces with a colon ("The proposed slabs are:" / "Up to
   * 15,000 litres: Rs 7 per 1,000 litres" / …): short lines without end punctuation right under it
   * (nothing dropped between) or under the item before, each a paragraph; and so are those of a
   * fact box, right under its label in capitals with no blank line between, each with a figure ("BY
   * THE NUMBERS" / "212 hotel rooms and 36 condominium units"); a label over links or a promotion
   * ("DIVE BRIEF" / "Port of Long Beach posts busiest November on record") heads no figures.
   */
  private void itemsOfAnIntroducedList(int start) {
    boolean open = false;
    boolean boxed = false;
    boolean labelled = false; // the line before is the box's label: a blank line may follow it
    for (int i = start; i < lines.size(); i++) {
      // a box's item: a figure ("484 — beds planned …") or a field ("Where: Harmonia Hall, …")
      boolean inBox =
          boxed
              && (labelled || !lines.get(i).blankBefore())
              && (LineShape.hasFigure(texts[i]) || Fields.opensWithLabel(texts[i]));
      // a line of data in a box ("Info: bluffstreetplayers.org or 507-555-0143") is its item too
      boolean boxedData = inBox && roles[i] == Role.DROP && kinds.get(i) == LineKind.DATA;
      if ((roles[i] == Role.PENDING || boxedData)
          && (open || inBox)
          && LineShape.words(texts[i]) <= MAX_ITEM_WORDS) {
        roles[i] = Role.PARAGRAPH;
        continue;
      }
      open = roles[i] == Role.PARAGRAPH && LineShape.lastMark(texts[i]) == ':';
      labelled = isFactBoxLabel(i);
      boxed = inBox && roles[i] == Role.PARAGRAPH || isBoxLabel(i) || labelled;
    }
  }

  /** A box's label ({@link LineShape#isBoxLabel}) over the next line, in its block. */
  private boolean isBoxLabel(int i) {
    return roles[i] == Role.PENDING
        && LineShape.isBoxLabel(texts[i])
        && i + 1 < lines.size()
        && !lines.get(i + 1).blankBefore();
  }

  /**
   * A fact box's label in any case ("By the numbers", {@link LineShape#labelsFactItems}) after a
   * blank line, over the lines with a figure right under it ({@link #factBoxEnd}).
   */
  private boolean isFactBoxLabel(int i) {
    if (roles[i] != Role.PENDING || !lines.get(i).blankBefore()) return false;
    int end = factBoxEnd(i);
    if (end < 0) return false;
    List<String> items = new ArrayList<>();
    for (int k = i + 1; k <= end; k++) items.add(lines.get(k).text());
    return LineShape.labelsFactItems(texts[i], items);
  }

  /** The most words of a box's button: "Donate / Dona", "Support us". */
  private static final int MAX_BUTTON_WORDS = 4;

  /**
   * Whether line {@code i} is the middle of a box of the site's own, set as one block: right under
   * the site talking to its reader ({@link Boilerplate#isSiteTalking}: "Mirador is a nonprofit
   * newsroom. We publish every story …") and right over a short line that is no sentence, its
   * button ("Donate / Dona"), which ends the block.
   */
  private boolean isInSitesBox(int i) {
    if (i == 0 || i + 1 >= lines.size() || lines.get(i).blankBefore()) return false;
    Line button = lines.get(i + 1);
    return kinds.get(i - 1) == LineKind.FURNITURE
        && Boilerplate.isSiteTalking(lines.get(i - 1).text())
        && !button.blankBefore()
        && LineShape.words(button.text()) <= MAX_BUTTON_WORDS
        && !LineShape.endsLikeSentence(button.text())
        && (i + 2 >= lines.size() || lines.get(i + 2).blankBefore());
  }

  /**
   * A line of a match's facts ({@link WebLexicon#MATCH_FACT}) that is data, not a sentence: at most
   * {@link #MAX_FACT_LOWER_WORDS} words in lower case ("capt", "not used"), so that "Penalties:
   * According to the Deputy Governor, banks that …" stays the story's.
   */
  private static boolean isMatchFact(String text) {
    if (!WebLexicon.MATCH_FACT.matcher(text.strip()).find()) return false;
    int lower = 0;
    for (String w : LineShape.tokens(text)) {
      if (!w.isEmpty() && Character.isLowerCase(w.codePointAt(0))) lower++;
    }
    return lower <= MAX_FACT_LOWER_WORDS;
  }

  private static final int MAX_FACT_LOWER_WORDS = 3;

  /**
   * The last line of an advertisement printed as a block under its marker ("ADVERTISEMENT" /
   * "BRINDLECOMBE FURNITURE BARN" / "UP TO 40% OFF SOFAS" / "brindlecombebarn.com"), or -1: the
   * marker alone ({@link WebLexicon#ADVERTISEMENT}, at most two words), then lines right under it
   * up to a blank line or the page's end, at most {@link #MAX_BOX_LINES}, none of them a sentence
   * or a quotation (a story's paragraph glued under the marker stays).
   */
  private int advertisementEnd(int i) {
    String marker = lines.get(i).text().strip();
    if (LineShape.words(marker) > 2 || !WebLexicon.ADVERTISEMENT.matcher(marker).find()) return -1;
    int end = blockEnd(i);
    if (end - i > MAX_BOX_LINES) return -1;
    for (int k = i + 1; k <= end; k++) {
      String text = lines.get(k).text();
      if (LineShape.endsLikeSentence(text) || LineShape.hasQuotation(text)) return -1;
    }
    return end;
  }

  /** The last line of the block line {@code i} stands in: the line before the next blank line. */
  private int blockEnd(int i) {
    int end = i;
    while (end + 1 < lines.size() && !lines.get(end + 1).blankBefore()) end++;
    return end;
  }

  /**
   * The last line of a promotion set as a block of its own from line {@code i}, or -1: three to
   * {@link #MAX_PROMOTION_LINES} lines between blank lines (or the page's end), each of at most
   * {@link #MAX_PITCH_WORDS} words, no quotation among them, the first a short label that ends no
   * sentence, at most two sentences before the button (a site's appeal to the reader, in words only
   * a site uses, may run to {@link #MAX_APPEAL_WORDS} words and say more), and a button that opens
   * with a verb of action ({@link WebLexicon#ACTION_VERBS}) as its last line or over one line of
   * furniture (its form's note): "Kenya floods appeal" / "US$25 could provide …" / "Donate now".
   */
  private int callToActionBoxEnd(int i) {
    if (!lines.get(i).blankBefore()) return -1;
    int end = blockEnd(i);
    if (end - i < 2 || end - i > MAX_PROMOTION_LINES - 1) return -1;
    int button = isButton(lines.get(end).text()) ? end : end - 1;
    if (button == end - 1
        && (!isButton(lines.get(button).text()) || kinds.get(end) != LineKind.FURNITURE)) {
      return -1;
    }
    String label = lines.get(i).text();
    // a live page's entry opens with its time and closes with its "Share": no promotion
    if (button - i < 2
        || kinds.get(i) == LineKind.DATE
        || LineShape.endsLikeSentence(label)
        || LineShape.words(label) > MAX_BUTTON_WORDS + 2) {
      return -1;
    }
    int sentences = 0;
    for (int k = i; k < button; k++) {
      if (kinds.get(k) == LineKind.END) return -1; // "Comments" over a sign-in: the story ended
      String text = lines.get(k).text();
      // the site's appeal to the reader in words only a site uses ("… paid for by readers like
      // you. … please consider a gift today.") may run longer
      boolean appeal =
          Boilerplate.speaksToTheReader(text)
              && WebLexicon.PAGE_PHRASES.matcher(text).find()
              && LineShape.words(text) <= MAX_APPEAL_WORDS;
      // a line that introduces what follows ("… since before dawn:") is the story's
      if (LineShape.words(text) > MAX_PITCH_WORDS && !appeal
          || LineShape.hasQuotation(text)
          || LineShape.lastMark(text) == ':') {
        return -1;
      }
      if (LineShape.endsLikeSentence(text) && !appeal) sentences += SPLITTER.split(text).size();
    }
    return sentences <= 2 ? end : -1;
  }

  /** The most words of a site's appeal to its reader in a promotion's block. */
  private static final int MAX_APPEAL_WORDS = 60;

  /** The most lines of a promotion's block, its label, pitch, form, button and note. */
  private static final int MAX_PROMOTION_LINES = 6;

  /** A button: a few words opening with a verb of action, no sentence ("Donate now", "Sign up"). */
  private static boolean isButton(String line) {
    String button = line.replaceFirst("^[^\\p{L}]+", "");
    String[] verb = LineShape.tokens(button);
    if (verb.length == 0) return false;
    String first = verb[0].toLowerCase(java.util.Locale.ROOT);
    return LineShape.words(button) <= MAX_BUTTON_WORDS
        && !LineShape.endsLikeSentence(button)
        && WebLexicon.ACTION_VERBS.contains(first)
        && !PAGE_TOOLS.contains(first); // "Share", "Save": the page's tools, no promotion's button
  }

  private static final Set<String> PAGE_TOOLS = Set.of("share", "save", "print", "copy", "email");

  /** A live page's tag on an entry, under its writer: "Key event", "Pinned post". */
  private static final Pattern ENTRY_TAG = Pattern.compile("^(?:Key event|Pinned post)$");

  /** The most words of the line that signs a live page's entry: "Callum Reid and PA Media". */
  private static final int MAX_SIGNATURE_WORDS = 8;

  /**
   * The last line of the signature under a live page's entry headline at {@code i}: the headline
   * stands right under the entry's time ("14:05 GMT") and over its writer's name, printed once or
   * twice, and maybe a tag ("Key event"); -1 when {@code i} is no such headline.
   */
  private int liveEntrySignatureEnd(int i) {
    if (roles[i] != Role.PENDING || i == 0 || !DateStamps.isClock(lines.get(i - 1).text())) {
      return -1;
    }
    if (LineShape.endsLikeSentence(texts[i]) || !isHeadingShape(texts[i])) return -1;
    int k = i + 1;
    while (k < lines.size() && !lines.get(k).blankBefore() && isEntrySigner(k)) k++;
    if (k == i + 1) return -1;
    while (k < lines.size() && ENTRY_TAG.matcher(lines.get(k).text()).matches()) k++;
    return k - 1;
  }

  private boolean isEntrySigner(int k) {
    String text = lines.get(k).text();
    return LineShape.words(text) <= MAX_SIGNATURE_WORDS
        && !LineShape.endsLikeSentence(text)
        && Bylines.unlabelled(text, true).isPresent();
  }

  /**
   * A line that signs the entry below it on a live page: one of the article's authors alone ("Nadia
   * Brennan") or credited ("From CNN’s Maya Thornton", "From CNN’s Sophie Lindqvist in Baltimore"),
   * in a short line that is no sentence.
   */
  private boolean signsAnEntry(String text) {
    String t = text.strip().replaceAll("\\s+in(?:\\s+\\p{Lu}[\\p{L}.’'-]*)+$", "");
    if (LineShape.words(t) > 10 || LineShape.endsLikeSentence(t)) return false;
    for (String author : header.authors()) {
      if (t.equals(author) || t.endsWith(" " + author) && t.startsWith("From ")) return true;
    }
    return false;
  }

  /** The line's last word is a speech verb ("… buyback added"). */
  private static boolean endsWithSpeechVerb(String text) {
    String[] t = LineShape.tokens(text);
    return t.length > 0 && NewsLexicon.isFiniteSpeechVerb(t[t.length - 1].replaceAll("\\W+$", ""));
  }

  /** A line that reports someone speaking ("Ostrowski said:") is never furniture. */
  private static boolean reportsSpeech(String text) {
    return WebLexicon.reportsSpeech(text);
  }

  /**
   * A line ending in a colon right above a quotation or the items of a list: it introduces them
   * ("Her message:", "Key points:").
   */
  private boolean introducesWhatFollows(int i) {
    if (i + 1 >= lines.size() || LineShape.lastMark(texts[i]) != ':') return false;
    String next = lines.get(i + 1).text();
    return LineShape.opensQuotation(next) || HeaderReader.isListItem(next);
  }

  /**
   * A link to another story with its kicker, glued between two paragraphs with no blank line either
   * side ("Championship roundup: Stafford Rovers stay top as Bedford Borough slip up"): a label of
   * a few words and a colon, then a title that ends with no mark; no caption, no heading.
   */
  private boolean isKickedLinkBetweenParagraphs(int i) {
    String text = texts[i];
    if (i == 0 || i + 1 >= lines.size()) return false;
    if (lines.get(i).blankBefore() || lines.get(i + 1).blankBefore()) return false;
    return Fields.opensWithLabel(text)
        && Character.isLetterOrDigit(LineShape.lastMark(text))
        && LineShape.words(text) >= MIN_CAPTION_WORDS
        && kinds.get(i - 1) == LineKind.PROSE
        && kinds.get(i + 1) == LineKind.PROSE;
  }

  /**
   * A photo's caption printed without its credit or full stop, as tabloid sites print them ("Mrs
   * Holroyd with her son Graham, 54, who has helped set up the stalls"): one or two sentences of
   * {@link #MIN_CAPTION_WORDS} to {@link #MAX_CAPTION_WORDS} words whose last ends with a word (no
   * full stop, no footnote's number), between two lines of the story's text (a paragraph or another
   * caption on each side, a paragraph on one). A paragraph of the story ends as a sentence does; a
   * long paragraph cut off without its full stop stays one.
   */
  private boolean isUnpunctuatedCaption(int i) {
    String text = texts[i];
    int words = LineShape.words(text);
    if (words < MIN_CAPTION_WORDS || words > MAX_CAPTION_WORDS) return false;
    if (!LineShape.startsLikeTitle(text) || HeaderReader.isListItem(text)) return false;
    if (LineShape.isAllCaps(text)) return false; // a promo's link in capitals
    if (text.strip().endsWith("]")) return false; // a reference work's "[citation needed]"
    // a table's title, right over its rows, heads it
    if (i + 1 < lines.size() && lines.get(i + 1).markup() == Line.Markup.ROW) return false;
    // a quotation with its speaker ("“…,” Pruitt said, laughing. (quote approximate …)") is the
    // story's, whatever it ends with
    if (LineShape.hasQuotation(text) && reportsSpeech(text)) return false;
    // one quotation alone on its line heads the section that tells it
    if (QUOTED_HEADING.matcher(text.strip()).matches()) return false;
    // it ends with a word or a number of its own ("since 1995"): no sentence's end, and no
    // footnote's number glued to one ("… that night.3")
    boolean endsWithWord =
        Character.isLetter(LineShape.lastMark(text)) || ENDS_WITH_NUMBER.matcher(text).find();
    if (!endsWithWord || SPLITTER.split(text).size() > 2) return false;
    Role before = Role.DROP;
    for (int j = i - 1; j >= 0 && before == Role.DROP; j--) before = roles[j];
    Role after = nextContentOrCaption(i);
    boolean storyBefore = before == Role.PARAGRAPH || before == Role.CAPTION;
    boolean storyAfter = after == Role.PARAGRAPH || after == Role.CAPTION;
    return storyBefore && storyAfter && (before == Role.PARAGRAPH || after == Role.PARAGRAPH);
  }

  /** The role of the next line after {@code i} that is not dropped. */
  private Role nextContentOrCaption(int i) {
    for (int j = i + 1; j < lines.size(); j++) {
      if (roles[j] != Role.DROP) return roles[j];
    }
    return Role.DROP;
  }

  /**
   * A section's heading over its sponsor's line, then running text ("TEAM NEWS" / "Team news in
   * association with Quayline Motors" / the section's first paragraph): no box's tagline.
   */
  private boolean isSponsoredHeading(int i) {
    return i + 2 < lines.size()
        && !lines.get(i + 1).blankBefore()
        && WebLexicon.SPONSOR.matcher(lines.get(i + 1).text().strip()).matches()
        && kinds.get(i + 2) == LineKind.PROSE;
  }

  /** Furniture on both sides: the line above and the line below are dropped. */
  private boolean betweenDropped(int i, int start) {
    return i > start
        && i + 1 < lines.size()
        && roles[i - 1] == Role.DROP
        && roles[i + 1] == Role.DROP;
  }

  /** Short, unpunctuated, starting like a title, not a menu: "Contractor withdrew". */
  static boolean isHeadingShape(String text) {
    return LineShape.words(text) <= MAX_HEADING_WORDS
        && text.length() <= 100
        && !LineShape.endsLikeSentence(text)
        && LineShape.startsLikeTitle(text)
        && !LineShape.isMenu(text)
        && !HeaderReader.isListItem(text)
        && !MARKET_QUOTE.matcher(text).find();
  }

  /**
   * The fewest words of running text under a label that make the label a section's ("Dive Brief:"
   * over the story), not a field's ("Story Source:" over a one-line credit).
   */
  private static final int LABELLED_TEXT_WORDS = 20;

  /** Whether field label {@code i} is a section's label over running text ("Dive Brief:"). */
  static boolean labelsRunningText(List<Line> lines, List<LineKind> kinds, int i) {
    return i + 1 < lines.size()
        && kinds.get(i + 1) == LineKind.PROSE
        && LineShape.words(lines.get(i + 1).text()) >= LABELLED_TEXT_WORDS
        && !Captions.isPictureLabel(lines.get(i).text());
  }

  /**
   * A share's price and its change, as a ticker prints them: "… 182.00 -11.43%", "…4.6150-2.08%".
   */
  private static final Pattern MARKET_QUOTE =
      Pattern.compile("\\d[.,]\\d+\\s*[-+−]\\d+(?:[.,]\\d+)?%$");

  /**
   * A box's label ({@link HeaderReader#isSummaryLabel}) over its points printed without marks
   * ("Highlights" / "Coral Line to open …"): the next line is left over, long enough to stay a
   * paragraph, and right under it.
   */
  private boolean headsLongLeftover(int i) {
    return HeaderReader.isSummaryLabel(texts[i])
        && i + 1 < lines.size()
        && roles[i + 1] == Role.PENDING
        && !lines.get(i + 1).blankBefore()
        && LineShape.words(texts[i + 1]) >= MIN_LONG_LINE
        && RelatedLinks.isListedHeadline(texts[i + 1]);
  }

  /** The role of the next line after {@code i} that is neither dropped nor a caption. */
  private Role nextContent(int i) {
    for (int j = i + 1; j < lines.size(); j++) {
      if (roles[j] != Role.DROP && roles[j] != Role.CAPTION) return roles[j];
    }
    return Role.DROP;
  }

  // --- pass 3 ------------------------------------------------------------------------------

  private void tail(int start) {
    List<String> credited = credited();
    boolean changed = true;
    while (changed) {
      changed = false;
      int last = lastParagraph(lines.size() - 1, start);
      if (last < 0) return;
      String text = texts[last];
      if (Trailers.isAuthorNote(text, credited)
          || underAuthorBox(last, credited)
          || isCutOff(last, start)
          || ASKS_THE_READER.matcher(text.strip()).matches()) {
        roles[last] = Role.DROP;
        // and the heading it had, which heads nothing now
        for (int j = last - 1; j >= start && roles[j] != Role.PARAGRAPH; j--) {
          if (roles[j] == Role.HEADING) roles[j] = Role.DROP;
        }
        changed = true;
      }
    }
  }

  /**
   * An author box's note under the box's own name line ("Maya Lindqvist, Staff Writer" / "Maya is a
   * sophomore studying journalism."): right under a line that opens with a credited writer's name,
   * a note about that writer that calls them by their first name.
   */
  private boolean underAuthorBox(int last, List<String> credited) {
    if (last == 0 || lines.get(last).blankBefore()) return false;
    String above = lines.get(last - 1).text();
    for (String writer : credited) {
      String first = writer.split(" ", 2)[0];
      if (above.startsWith(writer) && Trailers.isAuthorNote(texts[last], List.of(first))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A box's call to the reader as the body's last line: a question of at most five words that opens
   * with the verb, its "you" left out ("Want to write?", "Got a news tip?", "Have a story idea?").
   * A story that ends on a question asks it of someone, with its subject ("Who knows?", "Will it
   * last?").
   */
  private static final Pattern ASKS_THE_READER =
      Pattern.compile(
          "^(?i:want|got|have|need|know|interested|looking|like)\\b(?:\\s+\\S+){0,4}\\?$");

  /**
   * The people the header credits: its authors, and anyone else its byline names after "by" ("Story
   * by Marisa Okafor, photos by Dale Brennecke").
   */
  private List<String> credited() {
    List<String> out = new ArrayList<>(header.authors());
    Matcher m = CREDITED.matcher(header.byline());
    while (m.find()) if (!out.contains(m.group(1))) out.add(m.group(1));
    return out;
  }

  private static final Pattern CREDITED =
      Pattern.compile("\\b(?i:by)\\s+(\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){1,3})");

  /**
   * A last paragraph that furniture cuts off from the body and that speaks of the site or of a
   * writer, not of the story: at least {@link #TAIL_GAP} dropped lines stand between it and the
   * paragraph before, it quotes and reports no one, and it names page things (a newsletter, a link,
   * an app…), opens with a writer's role ("Writer on cities…") or is a teaser's headline (five
   * words or more, no sentence's end).
   */
  private boolean isCutOff(int last, int start) {
    int before = lastParagraph(last - 1, start);
    if (before < 0) return false;
    int dropped = 0;
    for (int j = before + 1; j < last; j++) {
      if (roles[j] == Role.DROP || roles[j] == Role.HEADING) dropped++;
    }
    String text = texts[last];
    boolean aboutSiteOrWriter =
        WebLexicon.READER_WEB_WORDS.matcher(text).find() || Bylines.opensWithRole(text);
    // a teaser's headline in a feed under the story ends no sentence
    boolean teaser = RelatedLinks.isListedHeadline(text);
    return dropped >= TAIL_GAP
        && (aboutSiteOrWriter || teaser)
        && !LineShape.hasQuotation(text)
        && !WebLexicon.reportsSpeech(text);
  }

  /** "University of X. “The headline.” Site, 1 December 2026.": a citation of this page. */
  private boolean citesTheHeadline(String text) {
    String title = header.title();
    if (LineShape.words(title) < 4) return false;
    String t = text.replace('“', '"').replace('”', '"');
    String quoted = "\"" + title.replaceAll("[.?!]$", "");
    return t.equals(title) || t.contains(quoted + "\"") || t.contains(quoted + ".\"");
  }

  private int lastParagraph(int from, int start) {
    for (int j = from; j >= start; j--) if (roles[j] == Role.PARAGRAPH) return j;
    return -1;
  }

  // --- pass 4 ------------------------------------------------------------------------------

  private void repeats(int start) {
    List<Integer> paragraphs = new ArrayList<>();
    List<Integer> credited = new ArrayList<>();
    for (int i = start; i < lines.size(); i++) {
      if (roles[i] == Role.CAPTION && QUOTE_WITH_CREDIT.matcher(texts[i].strip()).matches()) {
        credited.add(i);
      }
      if (roles[i] != Role.PARAGRAPH) continue;
      if (citesTheHeadline(texts[i])) roles[i] = Role.DROP;
      else paragraphs.add(i);
    }
    dropPullQuotes(paragraphs, credited);
  }

  /**
   * A quotation and its speaker after a dash on one line ("“I’m against signing a blank cheque” –
   * Cllr Peadar Gilsenan"): a pull quote's shape, read as a caption for want of a full stop.
   */
  private static final Pattern QUOTE_WITH_CREDIT =
      Pattern.compile("^[“\"‘']([^“”\"]+?)[,.!?]?[”\"’']\\s*[—–-]\\s*\\p{Lu}[^“”\"]{2,80}$");

  /**
   * Drops a pull quote: a paragraph of {@link #MIN_PULL_QUOTE} to {@link #MAX_PULL_QUOTE} words
   * whose words stand, in order, inside a longer paragraph still kept. Each paragraph is normalised
   * once; candidates are found through the first {@link #MIN_PULL_QUOTE} words of each, looked up
   * in an index of every paragraph's word windows of that length, so the pass is linear in the
   * body's words. A line of {@code credited} ({@link #QUOTE_WITH_CREDIT}) is held to the paragraphs
   * by its quotation alone.
   */
  private void dropPullQuotes(List<Integer> paragraphs, List<Integer> credited) {
    Map<Integer, String[]> words = new HashMap<>();
    Map<Integer, Integer> length = new HashMap<>();
    Map<String, List<int[]>> windows = new HashMap<>();
    boolean anyCandidate = false;
    List<Integer> candidates = new ArrayList<>(paragraphs);
    candidates.addAll(credited);
    for (int i : candidates) {
      Matcher quoted = QUOTE_WITH_CREDIT.matcher(texts[i].strip());
      String n =
          LineShape.normalised(
              credited.contains(i) && quoted.matches() ? quoted.group(1) : texts[i]);
      String[] w = n.isEmpty() ? new String[0] : n.split(" ");
      words.put(i, w);
      length.put(i, n.length());
      if (w.length >= MIN_PULL_QUOTE && w.length <= MAX_PULL_QUOTE) anyCandidate = true;
    }
    if (!anyCandidate) return;
    for (int j : paragraphs) {
      String[] w = words.get(j);
      for (int k = 0; k + MIN_PULL_QUOTE <= w.length; k++) {
        windows.computeIfAbsent(window(w, k), x -> new ArrayList<>()).add(new int[] {j, k});
      }
    }
    for (int i : candidates) {
      String[] w = words.get(i);
      if (w.length < MIN_PULL_QUOTE || w.length > MAX_PULL_QUOTE) continue;
      for (int[] at : windows.getOrDefault(window(w, 0), List.of())) {
        int j = at[0];
        if (j == i || roles[j] != Role.PARAGRAPH || length.get(j) <= length.get(i)) continue;
        if (holdsAt(words.get(j), at[1], w)) {
          roles[i] = Role.DROP; // a pull quote repeating a body sentence
          // and the line that credits it ("- Thandeka Mbali, Makhanda resident")
          if (i + 1 < lines.size() && creditsPullQuote(i + 1)) roles[i + 1] = Role.DROP;
          break;
        }
      }
    }
  }

  /**
   * The credit under a pull quote: a dash, a name and maybe who they are ("- Thandeka Mbali,
   * Makhanda resident"), or, right under it, the name and who they are in capitals ("DR. MARGARET
   * LISOWSKI HARBOUR HERITAGE SOCIETY").
   */
  private boolean creditsPullQuote(int i) {
    String text = texts[i].strip();
    if (PULL_QUOTE_CREDIT.matcher(text).matches()) return true;
    // "Bernadette Fallowfield, Carers Standing Together" right under the quotation
    if (!lines.get(i).blankBefore() && NAME_AND_WHO.matcher(text).matches()) return true;
    return !lines.get(i).blankBefore()
        && LineShape.isAllCaps(text)
        && LineShape.words(text) <= MAX_CAPS_CREDIT_WORDS
        && !LineShape.endsLikeSentence(text);
  }

  private static final int MAX_CAPS_CREDIT_WORDS = 10;

  /** A name and, after a comma, who they are, with no full stop. */
  private static final Pattern NAME_AND_WHO =
      Pattern.compile("^\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){1,3},\\s*[^.!?]{1,60}$");

  /** A dash, a name and maybe who they are: the credit under a pull quote. */
  private static final Pattern PULL_QUOTE_CREDIT =
      Pattern.compile(
          "^[—–-]\\s*\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){1,3}(?:,\\s*[^.!?]{1,60})?$");

  private static String window(String[] w, int from) {
    return String.join(" ", Arrays.asList(w).subList(from, from + MIN_PULL_QUOTE));
  }

  private static boolean holdsAt(String[] container, int from, String[] part) {
    if (from + part.length > container.length) return false;
    for (int k = 0; k < part.length; k++) if (!container[from + k].equals(part[k])) return false;
    return true;
  }
}
