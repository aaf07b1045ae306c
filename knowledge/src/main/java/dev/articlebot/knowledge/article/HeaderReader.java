package dev.articlebot.knowledge.article;

import dev.articlebot.knowledge.lexicon.NewsLexicon;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the header of a page: the headline, the standfirst (dek), the byline, the dates and the
 * captions above the body, and where the body starts. Everything above the headline is the site's
 * navigation and is ignored.
 *
 * <p>How: the headline is the {@code h1} of an HTML page. In pasted text it is found from an
 * anchor, the first byline, date line or date field that has a headline above it: walking up from
 * the anchor over captions and author lines, up to two title-like lines are collected; of two, the
 * upper is the headline and the lower its dek, unless only the lower is about the story ({@link
 * #walkUp}). Then, walking down from the headline, header lines are read until the first line of
 * running text that is not a caption, an author note or furniture: that line starts the body.
 *
 * <p>Guarantee: the body starts at a line of running text, and no line after it is taken into the
 * header.
 */
final class HeaderReader {

  /** What the header says, and the index of the first body line. */
  record Header(
      String title,
      String dek,
      List<String> authors,
      String agency,
      String byline,
      List<DateStamps.Stamp> dates,
      List<String> captions,
      int bodyStart,
      String dateline) {}

  /** An HTML paragraph this long starts the body even without a full stop. */
  private static final int LONG_PARAGRAPH = 12;

  /** How many lines of running text tell what the story is about, for choosing its headline. */
  private static final int STORY_LINES = 12;

  private final List<Line> lines;
  private final List<LineKind> kinds;

  /** The headline found stands over a summary's points ({@link #titleCaseOverSummary}): no dek. */
  private boolean summaryUnderHeadline;

  private HeaderReader(List<Line> lines, List<LineKind> kinds) {
    this.lines = lines;
    this.kinds = bylinesOverTheStory(lines, kinds);
  }

  /**
   * The kinds as the header reads them: a credit that ends a story when printed under it ("Written
   * by Nadia Carrowby") is a byline above the story's running text, whose first long line may be
   * the standfirst over it.
   */
  private static List<LineKind> bylinesOverTheStory(List<Line> lines, List<LineKind> kinds) {
    List<LineKind> out = new ArrayList<>(kinds);
    int running = 0;
    for (int i = 0; i < lines.size(); i++) {
      String text = lines.get(i).text();
      if (kinds.get(i) == LineKind.PROSE
          && LineShape.words(text) >= LONG_PARAGRAPH
          && ++running > 1) {
        break;
      }
      if (kinds.get(i) == LineKind.END && Bylines.labelled(text).isPresent()) {
        out.set(i, LineKind.BYLINE);
      }
    }
    return out;
  }

  static Header read(List<Line> lines, List<LineKind> kinds) {
    return new HeaderReader(lines, kinds).read();
  }

  private Header read() {
    int headline = markedHeadline();
    if (headline < 0) headline = headlineRepeatedUnderADate();
    if (headline < 0) headline = headlineAboveAnAnchor();
    if (headline < 0) headline = headlineAboveTheFirstProse();
    headline = fullerCopy(headline);
    headline = underItsRubric(headline);
    int headlineEnd = wrappedHeadlineEnd(headline);
    StringBuilder title =
        new StringBuilder(
            headline >= 0
                ? LineShape.withoutPictographs(
                    valueOf(lines.get(headline).text(), Fields.Label.HEADLINE))
                : "");
    for (int k = headline + 1; k <= headlineEnd; k++) title.append(' ').append(lines.get(k).text());
    Found found = new Found(title.toString());
    int i = headlineEnd + 1;
    if (headline >= 0 && i < lines.size() && isUnstoppedCaption(i)) {
      found.captions.add(lines.get(i++).text());
    }
    if (i < lines.size() && !summaryUnderHeadline && isDek(i)) {
      found.dek = valueOf(lines.get(i++).text(), Fields.Label.SUMMARY);
    } else if (headline >= 0 && lines.get(headline).markup() == Line.Markup.HEADLINE) {
      int anchor = anchorUnderMarkedHeadline(headline);
      if (anchor > i) {
        if (isTitleLike(i) && LineShape.words(lines.get(i).text()) >= 6) {
          found.dek = lines.get(i).text();
        }
        // of the boxes' lines, the captions are still the header's, and so is an author's name
        // alone when the anchor is a date, not a byline
        boolean dated = kinds.get(anchor) == LineKind.DATE;
        for (int k = i; k < anchor; k++) {
          Line boxed = lines.get(k);
          if (boxed.markup() == Line.Markup.CAPTION || kinds.get(k) == LineKind.CAPTION) {
            found.captions.add(boxed.text());
          } else if (dated && !found.hasByline() && kinds.get(k) == LineKind.TEXT) {
            Bylines.unlabelled(boxed.text(), true)
                .ifPresent(
                    b -> {
                      found.authors.addAll(b.authors());
                      found.byline = b.printed();
                    });
          }
        }
        i = anchor;
      }
    }
    int bodyStart = lines.size();
    for (; i < lines.size(); i++) {
      int next = headerLine(i, found);
      if (next < 0) {
        bodyStart = i;
        break;
      }
      i = next;
    }
    if (opensWithHeading(bodyStart, headline, found)) bodyStart--;
    else bodyStart = pastLeadIns(bodyStart, found);
    // a date printed over the headline ("Friday, December 4th 2026 - 10:19 UTC"), when none under;
    // further up only a newsletter's masthead over its greeting and the story it leads with
    for (int k = headline - 1; found.dates.isEmpty() && k >= 0; k--) {
      String text = lines.get(k).text();
      if (kinds.get(k) == LineKind.DATE
          && (k >= headline - DATE_ABOVE || DateStamps.isMasthead(text))) {
        // the dates stacked there, read top down: "3 DEC, 14:21" / "Updated at: 3 DEC, 15:40"
        int top = k;
        while (top > 0 && kinds.get(top - 1) == LineKind.DATE && !lines.get(top).blankBefore()) {
          top--;
        }
        for (int d = top; d <= k; d++) found.dates.addAll(DateStamps.read(lines.get(d).text()));
      }
    }
    // a byline printed over the headline, when none under: a replica edition prints the paper,
    // date, page and writer first ("ELLEN MACISAAC STAFF REPORTER …" / "Council OKs …"); a social
    // post, its writer's name over their handle ("Dana Whitcomb" / "@dwhitcomb_news")
    for (int k = headline - 1; !found.hasByline() && k >= 0 && k >= headline - DATE_ABOVE; k--) {
      String text = lines.get(k).text();
      boolean overHandle =
          k + 1 < lines.size() && WebLexicon.HANDLE_LINE.matcher(lines.get(k + 1).text()).matches();
      Optional<Bylines.Byline> b =
          switch (kinds.get(k)) {
            case BYLINE -> Bylines.labelled(text);
            case TEXT -> Bylines.unlabelled(text, overHandle);
            default -> Optional.empty();
          };
      b.ifPresent(found::byline);
    }
    return new Header(
        found.title,
        found.dek,
        found.authors,
        found.agency,
        found.byline,
        found.dates,
        found.captions,
        bodyStart,
        found.dateline);
  }

  /**
   * The last line of a headline a page wrapped over lines ("Havenport council approves $48 million
   * water plant" / "expansion despite rate worries"): the lines right under it, with no blank line
   * between, that go on in lower case as a headline does, not a sentence or a field.
   */
  private int wrappedHeadlineEnd(int headline) {
    if (headline < 0 || lines.get(headline).markup() == Line.Markup.HEADLINE) return headline;
    int end = headline;
    while (end + 1 < lines.size() && capsHeadlineStart(end + 1) == headline) end++;
    while (end + 1 < lines.size()
        && !lines.get(end + 1).blankBefore()
        && kinds.get(end + 1) == LineKind.TEXT
        && !LineShape.endsLikeSentence(lines.get(end).text())
        && WRAPPED_ON.matcher(lines.get(end + 1).text()).lookingAt()
        && LineShape.words(lines.get(end).text()) + LineShape.words(lines.get(end + 1).text())
            <= MAX_HEADLINE_WORDS) {
      end++;
    }
    return end;
  }

  /** The most words of a line of an author's card under their name: a job, an office. */
  private static final int MAX_CARD_LINE_WORDS = 3;

  /**
   * The byline of line {@code i} when it names the next author of a block of cards, the last
   * author's name at {@code last}: two or three lines under it, each between them and the one under
   * {@code i} short ({@link #MAX_CARD_LINE_WORDS} words, no name), {@code i} itself a bare name of
   * a new person; empty otherwise.
   */
  private Optional<Bylines.Byline> nextAuthorCard(int i, int last) {
    int gap = i - last;
    if (last < 0 || gap < 2 || gap > 3 || i + 1 >= lines.size()) return Optional.empty();
    for (int k = last + 1; k <= i + 1; k++) {
      if (k == i) continue;
      String between = lines.get(k).text();
      if (kinds.get(k) != LineKind.TEXT
          || LineShape.words(between) > MAX_CARD_LINE_WORDS
          || lines.get(k).blankBefore()
          || Bylines.unlabelled(between, true).isPresent()) {
        return Optional.empty();
      }
    }
    if (lines.get(i).blankBefore()) return Optional.empty();
    return Bylines.unlabelled(lines.get(i).text(), true).filter(b -> b.authors().size() == 1);
  }

  /** A line of a few words, every one a newsroom job's ("Staff Writer", "Senior Reporter"). */
  private static boolean isNewsroomJob(String text) {
    String[] words = LineShape.tokens(text);
    if (words.length == 0 || words.length > 3) return false;
    for (String w : words) if (!WebLexicon.isRoleWord(w)) return false;
    return true;
  }

  /**
   * The first line of a headline printed in capitals over several lines ("BRT PRICE TAG CLIMBS" /
   * "AGAIN AS OPENING SLIPS") that line {@code j} belongs to: the lines in capitals of {@link
   * #MIN_CAPS_HEADLINE_WORDS} words or more right above it, no blank line between and none ending a
   * sentence (a section's label in capitals, "CITY HALL", is shorter); {@code j} itself when it is
   * no such line.
   */
  private int capsHeadlineStart(int j) {
    if (!isCapsHeadlineLine(j)) return j;
    int start = j;
    while (start > 0 && !lines.get(start).blankBefore() && isCapsHeadlineLine(start - 1)) start--;
    return start;
  }

  private boolean isCapsHeadlineLine(int j) {
    String text = lines.get(j).text();
    return kinds.get(j) == LineKind.TEXT
        && LineShape.isAllCaps(text)
        && LineShape.words(text) >= MIN_CAPS_HEADLINE_WORDS
        && !LineShape.endsLikeSentence(text);
  }

  private static final int MIN_CAPS_HEADLINE_WORDS = 3;

  /** A headline's next line goes on with a word in lower case. */
  private static final java.util.regex.Pattern WRAPPED_ON =
      java.util.regex.Pattern.compile("\\p{Ll}[\\p{L}'’-]*\\s");

  /** Longer than this, two lines are no headline. */
  private static final int MAX_HEADLINE_WORDS = 25;

  /**
   * The most words of a page tool's link that ends a story elsewhere ("Comments", "Comment 12").
   */
  private static final int MAX_TOOL_WORDS = 2;

  private static final SentenceSplitter SPLIT = new SentenceSplitter();

  /** How far over the headline its date may stand (an editors' box between them). */
  private static final int DATE_ABOVE = 4;

  /** The most words of a standfirst that {@link #walkUp} passes over. */
  private static final int MAX_DEK_WORDS = 40;

  /** A one-sentence standfirst right under a line like a headline, with no blank line between. */
  private boolean isDekUnder(int j) {
    String text = lines.get(j).text();
    return LineShape.words(text) <= MAX_DEK_WORDS
        && SPLIT.split(text).size() == 1
        && isTitleLike(j - 1)
        && !isCaptionLike(j);
  }

  /**
   * The headline of the page's fuller copy: a story pasted twice, first as a paywall cut it off,
   * then in full, prints its headline twice; the copy with more running text under it is the story.
   * A headline printed again under the first one's byline or date with no running text between is a
   * picture's alternative text, no copy.
   */
  private int fullerCopy(int headline) {
    if (headline < 0 || lines.get(headline).markup() == Line.Markup.HEADLINE) return headline;
    String title = lines.get(headline).text();
    int between = 0; // running text between the first copy and the next
    int underAnchor = 0; // of it, under the first copy's byline or date
    boolean anchored = false;
    for (int j = headline + 1; j < lines.size(); j++) {
      if (lines.get(j).text().equals(title)) {
        int after = 0;
        for (int k = j + 1; k < lines.size(); k++) after += startsRunningText(k) ? 1 : 0;
        // a picture's alternative text repeats the headline right under the byline or date:
        // no copy of the story
        if (anchored && underAnchor == 0) return headline;
        return after > between ? j : headline;
      }
      anchored |= isAnchor(j);
      between += startsRunningText(j) ? 1 : 0;
      underAnchor += anchored && startsRunningText(j) ? 1 : 0;
    }
    return headline;
  }

  /**
   * A heading right above the first paragraph, with no blank line between them (or under the mark
   * the site sets over each heading, or over the story's key points), below a header that has its
   * byline or date: the body's first section heading ("What we know so far"), not the header's.
   */
  private boolean opensWithHeading(int bodyStart, int headline, Found found) {
    int h = bodyStart - 1;
    if (bodyStart >= lines.size() || h <= headline + 1) return false;
    if (!found.hasByline() && found.dates.isEmpty() && !dateOver(headline)) return false;
    if (kinds.get(h) != LineKind.TEXT) return false;
    // a label over the story's key points may stand a blank line above them ("Key findings")
    if (lines.get(bodyStart).blankBefore()
        && !markedAsHeading(h)
        && !isListItem(lines.get(bodyStart).text())) {
      return false;
    }
    String text = lines.get(h).text();
    return BodyReader.isHeadingShape(text)
        && !text.equals(found.dek)
        && LineShape.words(text) >= 2
        && Bylines.unlabelled(text, true).isEmpty()
        && !(h == found.lastByline + 1 && isNewsroomJob(text))
        && !isCaptionLike(h);
  }

  /** Whether a date stands over the headline, {@link #DATE_ABOVE} lines up at most. */
  private boolean dateOver(int headline) {
    for (int k = headline - 1; k >= 0 && k >= headline - DATE_ABOVE; k--) {
      if (kinds.get(k) == LineKind.DATE) return true;
    }
    return false;
  }

  /**
   * Whether the line above {@code h} is furniture the page prints again over another line of the
   * same shape further down ("Title icon" over "The News", and over "Know More"): the mark a site
   * sets over each of its headings, so the line it marks is one, blank line under it or not.
   */
  private boolean markedAsHeading(int h) {
    if (h == 0 || kinds.get(h - 1) != LineKind.FURNITURE) return false;
    String mark = lines.get(h - 1).text();
    for (int k = h + 1; k + 1 < lines.size(); k++) {
      if (lines.get(k).text().equals(mark)
          && kinds.get(k + 1) == LineKind.TEXT
          && BodyReader.isHeadingShape(lines.get(k + 1).text())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The fewest words of a story's opening paragraph: a shorter sentence right above the running
   * text is the header's (a site's disclaimer, a picture's caption without its credit, an audio
   * player's label), never the story's first paragraph.
   */
  private static final int MIN_LEAD_WORDS = 12;

  /** The most words of a line before the story that {@link #pastLeadIns} passes over. */
  private static final int MAX_LEAD_IN_WORDS = 30;

  /**
   * Where the body starts past lead-ins: from {@code bodyStart}, lines that read as a sentence but
   * quote nobody, open no dateline and are no list item, and either have fewer than {@link
   * #MIN_LEAD_WORDS} words or share no content word with the headline and standfirst and name
   * nothing ("Newsweek is committed to challenging conventional wisdom …"), with furniture,
   * captions and notes among them (read as the header's), when running text that shares one follows
   * right under them; {@code bodyStart} itself otherwise. A story's lead tells what its headline
   * tells: every news page of the development corpus has a first paragraph that shares a content
   * word with its headline or standfirst.
   */
  private int pastLeadIns(int bodyStart, Found found) {
    Set<String> told = contentWords(found.title + " " + found.dek);
    int start = bodyStart;
    while (start < lines.size() && isLeadIn(start, told)) {
      start++;
      while (start < lines.size() && AMONG_LEAD_INS.contains(kinds.get(start))) start++;
    }
    boolean storyFollows =
        start < lines.size()
            && startsRunningText(start)
            && sharesAWord(lines.get(start).text(), told);
    if (start == bodyStart || !storyFollows) return bodyStart;
    // the captions and notes among them are the header's now
    for (int k = bodyStart; k < start; k++) if (!isLeadIn(k, told)) headerLine(k, found);
    return start;
  }

  /** What may stand among the lines before the story: furniture, captions, credits, notes. */
  private static final Set<LineKind> AMONG_LEAD_INS =
      java.util.EnumSet.of(
          LineKind.FURNITURE,
          LineKind.CREDIT,
          LineKind.CAPTION,
          LineKind.LABELLED_CAPTION,
          LineKind.IMAGE_SOURCE,
          LineKind.UPDATE_NOTE);

  private boolean isLeadIn(int i, Set<String> told) {
    Line line = lines.get(i);
    String text = line.text();
    int words = LineShape.words(text);
    boolean leadIn =
        kinds.get(i) == LineKind.PROSE
            && line.markup() == Line.Markup.NONE
            && words <= MAX_LEAD_IN_WORDS
            && !LineShape.hasQuotation(text)
            && !isListItem(text)
            && Datelines.read(text).isEmpty();
    return leadIn
        && (words < MIN_LEAD_WORDS
            || !told.isEmpty() && !sharesAWord(text, told) && namesNothing(text));
  }

  /**
   * Whether a sentence names no one and nothing: no capitalised word after its first. A story's
   * lead that shares no word with its headline still names its people, places or days ("On a gray
   * morning just before Thanksgiving, Wendell Kasper knelt …").
   */
  private static boolean namesNothing(String text) {
    String[] words = LineShape.tokens(text);
    for (int k = 1; k < words.length; k++) {
      java.util.OptionalInt letter = words[k].codePoints().filter(Character::isLetter).findFirst();
      if (letter.isPresent() && Character.isUpperCase(letter.getAsInt())) return false;
    }
    return true;
  }

  /**
   * A credit that names one picture: "Photograph: …", "Image: …", "Illustration by …" ("Photographs
   * by …" credits all the story's pictures).
   */
  private static final java.util.regex.Pattern PICTURE_CREDIT =
      java.util.regex.Pattern.compile(
          "^(?:Photo|Photograph|Image|Picture|Illustration)(?:\\s*:|\\s+by\\b)");

  /** A portrait's alternative text: "Photo of …", "Headshot of …". */
  private static final java.util.regex.Pattern PORTRAIT =
      java.util.regex.Pattern.compile("^(?:Photo|Picture|Image|Headshot|Portrait) of .{3,60}$");

  /**
   * The headline under a rubric taken for it: a section's name and the story's topic set apart by a
   * bar ("Europe | The Dutch housing squeeze") head a headline of any length ("Rent asunder")
   * printed right under them, with no end mark, over a longer line.
   */
  private int underItsRubric(int headline) {
    if (headline < 0 || headline + 2 >= lines.size()) return headline;
    java.util.regex.Matcher rubric = RUBRIC.matcher(lines.get(headline).text().strip());
    int next = headline + 1;
    String title = lines.get(next).text();
    boolean shortTitle =
        kinds.get(next) == LineKind.TEXT
            && !lines.get(next).blankBefore()
            && LineShape.words(title) >= 2
            && LineShape.lastMark(title) != '.'
            && LineShape.startsLikeTitle(title)
            && LineShape.words(lines.get(next + 1).text()) > LineShape.words(title);
    return rubric.matches() && shortTitle ? next : headline;
  }

  private static final java.util.regex.Pattern RUBRIC =
      java.util.regex.Pattern.compile(
          "^\\p{Lu}[\\p{L}&'’-]*(?: [\\p{L}&'’-]+){0,2} \\| [^|.!?]{3,60}$");

  /** What the header lines read so far say. */
  private static final class Found {
    final String title;
    String dek = "";
    final List<String> authors = new ArrayList<>();
    String agency = "";
    String byline = "";
    final List<DateStamps.Stamp> dates = new ArrayList<>();
    final List<String> captions = new ArrayList<>();
    String dateline = "";
    int lastByline = -2;

    Found(String title) {
      this.title = title;
    }

    boolean hasByline() {
      return !authors.isEmpty() || !agency.isEmpty() || !byline.isEmpty();
    }

    /** The writers, agency and printed line of the story's byline. */
    void byline(Bylines.Byline b) {
      authors.addAll(b.authors());
      agency = b.agency();
      byline = b.printed();
    }
  }

  /**
   * Reads header line {@code i} into {@code found}: returns the index of the last line it took (a
   * field's value or a caption's credit is the next line), or -1 when line {@code i} starts the
   * body.
   */
  private int headerLine(int i, Found found) {
    Line line = lines.get(i);
    String text = line.text();
    LineKind kind = kinds.get(i);
    if (line.markup() == Line.Markup.CAPTION) {
      found.captions.add(text);
      return i;
    }
    int clip = BodyReader.videoBlockEnd(lines, i);
    if (clip > i) return clip; // a video's block: its title and description are no caption
    if (EDITORS_NOTE.matcher(text).find() && i + 1 < lines.size() && isAnchor(i + 1)) {
      return i; // a wire's note to editors over its byline: "Eds: UPDATES with …"
    }
    switch (kind) {
      case BYLINE -> {
        Bylines.Byline b = Bylines.labelled(text).orElseThrow();
        if (!found.hasByline()) found.byline(b);
        found.dates.addAll(b.dates());
        found.lastByline = i;
      }
      case DATE -> {
        // "Updated" alone on the line above names the kind of the date under it
        DateStamps.Kind above = i > 0 ? kindLabel(lines.get(i - 1).text()) : null;
        List<DateStamps.Stamp> stamps = DateStamps.read(text);
        // "December 4, 2026" over "3:42 PM UTC": the time of that day, printed on its own line
        boolean timed =
            stamps.size() == 1
                && i + 1 < lines.size()
                && DateStamps.isClock(lines.get(i + 1).text());
        // "Dec 3rd 2026|AMSTERDAM": the place the story was filed from, after the date
        if (found.dateline.isEmpty()) {
          DateStamps.placeAfter(text).ifPresent(place -> found.dateline = place);
        }
        for (DateStamps.Stamp stamp : stamps) {
          String when = timed ? stamp.text() + " " + lines.get(i + 1).text().strip() : stamp.text();
          found.dates.add(
              new DateStamps.Stamp(
                  above == null ? stamp.kind() : above, when, above != null || stamp.labelled()));
        }
        if (timed) return i + 1;
      }
      case UPDATE_NOTE -> found.dates.add(DateStamps.updateNote(text).orElseThrow());
      case LABELLED_CAPTION -> found.captions.add(Captions.labelledCaption(text).orElseThrow());
      case CAPTION -> {
        // the writer's portrait by its alternative text over their name ("Photo of Liz Harlan" /
        // "Liz Harlan"): no picture of the story
        boolean portrait =
            i + 1 < lines.size()
                && PORTRAIT.matcher(text.strip()).matches()
                && text.strip().endsWith(" " + lines.get(i + 1).text().strip());
        if (portrait) return i;
        // its credit on the line under it ("Photo: Quillmere Energy / Jari Nummela") is its own
        if (i + 1 < lines.size() && Captions.creditsLineAbove(lines.get(i + 1), kinds.get(i + 1))) {
          found.captions.add(text + " " + lines.get(i + 1).text());
          return i + 1;
        }
        found.captions.add(text);
      }
      // a lead picture printed with its credit alone ("Image: Kay Nietfeld/dpa/picture alliance");
      // "Photographs by …" credits the story's pictures, a chart's "Source: …" its data
      case CREDIT -> {
        if (PICTURE_CREDIT.matcher(text).lookingAt()) found.captions.add(text);
      }
      case FIELD_LABEL -> {
        if (i + 1 < lines.size() && opensBody(lines.get(i + 1).text())) return -1;
        // "Dive Brief:" over the story, unless the header knows the label ("Summary:" is the dek)
        if (Fields.label(text) == Fields.Label.OTHER
            && BodyReader.labelsRunningText(lines, kinds, i)) {
          return -1;
        }
        if (i + 1 < lines.size()) {
          field(Fields.label(text), lines.get(i + 1).text(), found);
          return i + 1;
        }
      }
      case PROSE, TEXT -> {
        if (line.markup() == Line.Markup.ROW) return i; // a table's row names no writer
        int box = summaryBoxEnd(i);
        if (box >= 0) {
          // "Synopsis" over one paragraph that sums the story up: the standfirst
          if (box == i + 1 && found.dek.isEmpty() && kinds.get(box) == LineKind.PROSE) {
            found.dek = lines.get(box).text();
          }
          return box; // "Quick Reads" and its points, above the byline
        }
        int links = linkBoxEnd(i);
        if (links >= 0) return links; // "Wikipedia has more about this subject:" and its links
        // the same label under the byline opens the story's own box of points: the body
        if (found.hasByline() && SUMMARY_LABEL.matcher(text).matches()) return -1;
        if (followedByCredit(i)) {
          found.captions.add(text + " " + lines.get(i + 1).text());
          return i + 1;
        }
        // a note about the writer right under their name, or under their name, job and card's
        // tools ("Tomasz Wilk" / "Contributor" / "I cover the energy transition in Central and
        // Eastern Europe."; "Jamal Whitfield" / "Staff Writer" / "Close" / "Jamal Whitfield covers
        // the Milwaukee Bucks …")
        if (i == found.lastByline + 1 && isAuthorNote(text, found.authors)) return i;
        // past the card's lines only a note that names the writer or speaks as them: a
        // transcript's "GRANT HOLLOWAY, HOST: …" under "By" / "Transcript" is the story
        if (underCard(i, found)
            && (Trailers.isAuthorNote(text, found.authors) || Trailers.isBeatNote(text))) {
          return i;
        }
        // "Keystone-SDA" alone among the header's lines: the wire agency the story comes from.
        // "with Halden Press Agency" right under the byline: the agency its writer worked with.
        String agency = WebLexicon.agency(text);
        java.util.regex.Matcher with = WITH_AGENCY.matcher(text);
        if (agency == null && found.hasByline() && i == found.lastByline + 1 && with.lookingAt()) {
          agency = WebLexicon.agency(text.substring(with.end()));
        }
        if (agency != null) {
          if (found.agency.isEmpty()) found.agency = agency;
          return i;
        }
        // "Staff Writer" under "BY MEGAN HOLLOWAY": the writer's job, on a line of its own
        if (i == found.lastByline + 1 && isNewsroomJob(text)) return i;
        if (opensKeyPoints(i) && !bylineAfterList(i) || opensUnmarkedPoints(i)) return -1;
        Optional<Fields.Inline> inline = Fields.inline(text);
        if (inline.isPresent() && inlineField(inline.get(), found)) return i;
        boolean running =
            kind == LineKind.PROSE && !isListItem(text) && !isNameLine(text) && !inLabelledBox(i);
        boolean paragraph =
            line.markup() == Line.Markup.PARAGRAPH && LineShape.words(text) >= LONG_PARAGRAPH;
        if (running || paragraph) return -1;
        if (isDekUnderByline(i, found)) {
          found.dek = text;
          return i;
        }
        if (kindLabel(text) != null) return i; // "Last Updated" over its date: no name
        Optional<Bylines.Byline> card =
            found.hasByline() ? nextAuthorCard(i, found.lastByline) : Optional.empty();
        if (!found.hasByline()) {
          Optional<Bylines.Byline> b = Bylines.unlabelled(text, true);
          if (b.isPresent()) {
            found.byline(b.get());
            found.dates.addAll(b.get().dates());
            found.lastByline = i;
          }
        } else if (card.isPresent()) {
          // an author block of cards, each a name over its job and office ("Daniel R. Feld" /
          // "Counsel" / "Milwaukee"), the next card as the one before
          found.authors.addAll(card.get().authors());
          found.lastByline = i;
        } else if (found.lastByline >= 0 && i - found.lastByline <= 2) {
          // a second writer with their job, right under the first and maybe the first's job
          // ("Rachel Ong" / "Senior Political Correspondent" / "Mohamed Farhan Ismail, Housing
          // Correspondent"); a name alone there is the paper's or the first writer's again, unless
          // the first writer's name stood alone too (below)
          Optional<Bylines.Byline> b = Bylines.unlabelled(text, false);
          if (b.isEmpty()) b = Bylines.nameAndPlace(text);
          // the byline going on under itself: "By Corinne Vasterling, WJQX 17 Courts Reporter" /
          // "and Mateo Quillen, WJQX 17 Digital Producer"
          java.util.regex.Matcher and = AND_NEXT_WRITER.matcher(text);
          if (b.isEmpty() && i - found.lastByline == 1 && and.lookingAt()) {
            b = Bylines.labelled("By " + text.substring(and.end()));
          }
          // writers' names alone, one to a line ("Rachel Nakamura-Bell" / "Owen Tremblay-Sato"):
          // a second name right under a first that stood alone is a second writer
          if (b.isEmpty() && i - found.lastByline == 1 && isNameAlone(found.lastByline)) {
            b = Bylines.unlabelled(text, true).filter(n -> n.authors().size() == 1);
          }
          if (b.isPresent()) {
            for (String a : b.get().authors()) {
              if (found.authors.stream().noneMatch(a::equalsIgnoreCase)) found.authors.add(a);
            }
            found.lastByline = i;
          }
        }
      }
      default -> {} // furniture, links, data: the page around the story
    }
    return i;
  }

  /** "with " opening the line under a byline: an agency's name may follow. */
  private static final java.util.regex.Pattern WITH_AGENCY =
      java.util.regex.Pattern.compile("^(?i:with)\\s+(?=\\p{Lu})");

  /** "and " opening the line under a byline: the next writer's name follows. */
  private static final java.util.regex.Pattern AND_NEXT_WRITER =
      java.util.regex.Pattern.compile("^(?:(?i:and)|&)\\s+(?=\\p{Lu})");

  /** Whether line {@code i} is one writer's name and nothing else: no label, job or date. */
  private boolean isNameAlone(int i) {
    String text = lines.get(i).text().strip();
    return kinds.get(i) == LineKind.TEXT
        && Bylines.unlabelled(text, true)
            .filter(b -> b.authors().size() == 1 && b.authors().get(0).equals(text))
            .isPresent();
  }

  /** The most lines of a writer's card between their byline and the note about them. */
  private static final int MAX_CARD_LINES = 3;

  /**
   * Whether line {@code i} stands right under the writer's byline, or under it past at most {@link
   * #MAX_CARD_LINES} lines of their card: their name again, their newsroom job, the card's tools
   * ("Close").
   */
  private boolean underCard(int i, Found found) {
    if (found.lastByline < 0 || i <= found.lastByline) return false;
    if (i - found.lastByline - 1 > MAX_CARD_LINES) return false;
    for (int k = found.lastByline + 1; k < i; k++) {
      String text = lines.get(k).text().strip();
      boolean card =
          kinds.get(k) == LineKind.FURNITURE
              || isNewsroomJob(text)
              || LineShape.words(text) <= MAX_CARD_LINE_WORDS + 1
                  && Captions.endsWithNewsroomRole(text) // "SNC Staff Writer"
              || found.authors.stream().anyMatch(text::equalsIgnoreCase);
      if (!card) return false;
    }
    return true;
  }

  /** "Updated", "Published" alone on a line: the kind of the date printed under it, or null. */
  private static DateStamps.Kind kindLabel(String line) {
    String l = line.strip().toLowerCase(java.util.Locale.ROOT);
    if (l.matches("(?:last )?updated|modified")) return DateStamps.Kind.UPDATED;
    if (l.matches("(?:first )?published|posted")) return DateStamps.Kind.PUBLISHED;
    return null;
  }

  /** The most words of a place given as a labelled dateline ("Dateline: LONG BEACH, Calif."). */
  private static final int MAX_DATELINE_WORDS = 5;

  /** The fewest words of a dek given as a labelled field on one line. */
  private static final int MIN_INLINE_DEK_WORDS = 6;

  /**
   * A field and its value on one line among the header's lines, as a research database exports a
   * story: "Dateline: SHEFFIELD" (where it was filed), "Highlight: Drivers crossing …" (the dek).
   * False when the header takes nothing from it.
   */
  private static boolean inlineField(Fields.Inline f, Found found) {
    String value = f.value();
    switch (f.label()) {
      case DATELINE -> {
        if (LineShape.words(value) > MAX_DATELINE_WORDS) return false;
        field(f.label(), value, found);
        return true;
      }
      case SUMMARY -> {
        if (!found.dek.isEmpty() || LineShape.words(value) < MIN_INLINE_DEK_WORDS) return false;
        found.dek = value;
        return true;
      }
      default -> {
        return false;
      }
    }
  }

  /** A labelled field of the header: "Date:", "Summary:", "By:" with its value. */
  private static void field(Fields.Label label, String value, Found found) {
    switch (label) {
      case DATE -> found.dates.add(new DateStamps.Stamp(DateStamps.Kind.PUBLISHED, value));
      case UPDATED -> found.dates.add(new DateStamps.Stamp(DateStamps.Kind.UPDATED, value));
      case SUMMARY -> {
        if (found.dek.isEmpty() && LineShape.isProse(value)) found.dek = value;
      }
      case AUTHOR -> {
        if (found.hasByline()) return;
        Optional<Bylines.Byline> b = Bylines.labelled("By " + value);
        if (b.isPresent()) {
          found.authors.addAll(b.get().authors());
          found.agency = b.get().agency(); // "By: HORIZON 24 with AFP"
        } else {
          found.authors.addAll(Bylines.names(value, true));
        }
      }
      case DATELINE -> {
        if (found.dateline.isEmpty() && LineShape.words(value) <= MAX_DATELINE_WORDS) {
          found.dateline = value.strip();
        }
      }
      case HEADLINE, OTHER -> {}
    }
  }

  /**
   * {@code text} without the label of its field when that is {@code label} ("HED: Harbor Ridge
   * signs …" is the headline "Harbor Ridge signs …"); else as it is.
   */
  private static String valueOf(String text, Fields.Label label) {
    return Fields.inline(text)
        .filter(f -> f.label() == label)
        .map(Fields.Inline::value)
        .orElse(text);
  }

  // --- the headline ------------------------------------------------------------------------

  private int markedHeadline() {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).markup() == Line.Markup.HEADLINE) return i;
    }
    return -1;
  }

  /**
   * The headline above the last anchor that has one before the running text begins: a masthead's
   * date line ("Wednesday, December 2, 2026" under the paper's name) comes before the story's own
   * header, whose byline or date sits nearest the body; a line right under an anchor does not
   * replace a headline found above it. Else the line nearest above the first anchor.
   */
  private int headlineAboveAnAnchor() {
    int firstAnchor = -1;
    int lastAnchor = -1;
    Set<String> anchors = new HashSet<>();
    int found = -1;
    int running = 0;
    for (int i = 0; i < lines.size(); i++) running += startsRunningText(i) ? 1 : 0;
    int before = 0;
    boolean signed = false; // a byline stands above
    for (int i = 0; i < lines.size(); i++) {
      // a note over a story pasted whole ("Thought this was worth sharing — pasting it below"),
      // with no byline above it: the story's own header under it is the header, not the page's
      if (found >= 0 && !signed && startsRunningText(i) && quotedStoryHeadlineUnder(i) > i) {
        found = -1;
      }
      signed |= kinds.get(i) == LineKind.BYLINE;
      if (found >= 0 && startsRunningText(i)) return found;
      if (startsRunningText(i)) before++;
      // a header stands above the story's running text: a byline under most of it is another
      // story's, in a list of them under the story
      if (2 * before > running) break;
      if (!isAnchor(i) || isLinkedStorysAnchor(i)) continue;
      // the byline printed again where the story goes on after a jump ("HOTEL" / "FROM A3" /
      // "ELLEN MACISAAC STAFF REPORTER …"): the story's header is where it stood first
      if (!anchors.add(lines.get(i).text())) continue;
      if (firstAnchor < 0) firstAnchor = i;
      lastAnchor = i;
      int h = walkUp(i);
      // a line between two anchors ("December 2, 2026" / "Heard on Morning Report" / "By …") is
      // the header's, not a headline
      if (h >= 0 && !(found >= 0 && h > 0 && isAnchor(h - 1))) found = h;
    }
    if (found >= 0) return found;
    if (firstAnchor < 0) return -1;
    // "Friday, December 4th 2026 - 10:19 UTC" over the headline: with nothing like a headline
    // above the date (a menu's words), the headline is the line right under it, if like one; a
    // replica edition prints the paper, date, page and byline first, the headline under them all
    for (int anchor : new int[] {lastAnchor, firstAnchor}) {
      int under = titleUnder(anchor);
      if (under >= 0) return under;
    }
    return nearestTextAbove(firstAnchor);
  }

  /** The most lines between a note and the byline of the story it is posted over. */
  private static final int MAX_QUOTED_HEADER_LINES = 8;

  /**
   * The headline of a story pasted whole under the running text at {@code note}: a labelled byline
   * ("By Renata Osei-Bright and Calvin Thorsby") within {@link #MAX_QUOTED_HEADER_LINES} lines
   * below it, no running text between, with its headline under the note; -1 when there is none.
   */
  private int quotedStoryHeadlineUnder(int note) {
    for (int k = note + 1; k < lines.size() && k <= note + MAX_QUOTED_HEADER_LINES; k++) {
      if (startsRunningText(k)) return -1;
      if (kinds.get(k) == LineKind.BYLINE) {
        int h = walkUp(k);
        return h > note ? h : -1;
      }
    }
    return -1;
  }

  /**
   * The title-like line right under the anchor at {@code anchor}, past a release's contact line
   * under its date ("Contact: Kelsey Marchetti, 503-555-…") and furniture; -1 when there is none.
   */
  private int titleUnder(int anchor) {
    int under = anchor + 1;
    int fields = 0;
    while (under < lines.size()
        && under <= anchor + MAX_TOOLS_UNDER_DATE
        && (kinds.get(under) == LineKind.DATA && fields++ < MAX_FIELDS_UNDER_DATE
            || kinds.get(under) == LineKind.FURNITURE)) {
      under++;
    }
    return under < lines.size() && !startsRunningText(under) && isTitleLike(under) ? under : -1;
  }

  /**
   * A headline under the date that the page printed before, as the last link of its breadcrumb (a
   * minister's release: "Media releases" / the headline, then the ministers' names and jobs, the
   * date, the headline again): the title-like line of {@link #MIN_REPEATED_HEADLINE_WORDS} words or
   * more right under a date above the story's running text, when a line above the date reads the
   * same; -1 when there is none.
   */
  private int headlineRepeatedUnderADate() {
    for (int i = 0; i < lines.size() && !startsRunningText(i); i++) {
      if (kinds.get(i) != LineKind.DATE) continue;
      int under = titleUnder(i);
      if (under < 0 || LineShape.words(lines.get(under).text()) < MIN_REPEATED_HEADLINE_WORDS) {
        continue;
      }
      String title = lines.get(under).text().strip();
      for (int k = 0; k < i; k++) if (lines.get(k).text().strip().equals(title)) return under;
    }
    return -1;
  }

  /**
   * The fewest words of a headline the page printed twice, in its breadcrumb and over the story.
   */
  private static final int MIN_REPEATED_HEADLINE_WORDS = 5;

  /** The most lines of data between a date and the headline under it. */
  private static final int MAX_FIELDS_UNDER_DATE = 3;

  /** The most lines of data and furniture (a share bar's tools) between the two. */
  private static final int MAX_TOOLS_UNDER_DATE = 10;

  /** The most lines a linked story's title takes between its box's label and its date. */
  private static final int LINKED_TITLE_LINES = 2;

  /**
   * Whether the anchor at {@code i} is a linked story's, under a box's label ("Read also" /
   * "Kazakhstan, Turkmenistan join talks …" / "Yesterday, 19:05"): at most {@link
   * #LINKED_TITLE_LINES} lines of no running text between the label and it.
   */
  private boolean isLinkedStorysAnchor(int i) {
    for (int k = i - 1; k >= 0 && k >= i - LINKED_TITLE_LINES - 1; k--) {
      if (kinds.get(k) == LineKind.RELATED_LABEL) return true;
      if (kinds.get(k) == LineKind.PROSE && startsRunningText(k)) return false;
    }
    return false;
  }

  /**
   * A line of running text that is no caption, no list item and no line of a labelled box: where a
   * body can begin.
   */
  private boolean startsRunningText(int i) {
    return kinds.get(i) == LineKind.PROSE
        && !isCaptionLike(i)
        && !isListItem(lines.get(i).text())
        && LineShape.words(lines.get(i).text()) >= LONG_PARAGRAPH
        && !inLabelledBox(i);
  }

  /** The most words of a box's label in capitals: "ADVICE", "EMERGENCY WARNING". */
  private static final int MAX_BOX_LABEL_WORDS = 3;

  /**
   * Whether line {@code i} is a sentence of a box under a label in capitals, in one block with the
   * label and another sentence of the box, nothing else in the block ("ADVICE" / "LEAVE NOW if you
   * are in …" / "If you are not in these areas, stay informed …"); a kicker over a story's first
   * paragraph has that one alone, and a section's name in capitals over a headline heads no
   * sentences.
   */
  private boolean inLabelledBox(int i) {
    if (!LineShape.endsLikeSentence(lines.get(i).text())) return false;
    int top = i;
    while (top > 0 && !lines.get(top).blankBefore()) top--;
    if (top == i) return false;
    String label = lines.get(top).text();
    if (!LineShape.isAllCaps(label)
        || LineShape.words(label) > MAX_BOX_LABEL_WORDS
        || LineShape.endsLikeSentence(label)) {
      return false;
    }
    int end = top + 1;
    while (end < lines.size() && (end == top + 1 || !lines.get(end).blankBefore())) {
      if (!LineShape.endsLikeSentence(lines.get(end).text())) return false;
      end++;
    }
    return end - top - 1 >= 2;
  }

  /**
   * A masthead's motto: two or more sentences of at most {@link #MAX_MOTTO_SENTENCE_WORDS} words
   * each ("Your town. Your paper. Since 1978."), no running text.
   */
  private static boolean isMotto(String text) {
    List<Sentence> sentences = SPLITTER.split(text);
    if (sentences.size() < 2) return false;
    for (Sentence s : sentences) {
      if (LineShape.words(s.text()) > MAX_MOTTO_SENTENCE_WORDS) return false;
    }
    return true;
  }

  private static final int MAX_MOTTO_SENTENCE_WORDS = 4;

  private static final SentenceSplitter SPLITTER = new SentenceSplitter();

  /** Without byline or date: the headline above the first line of running text. */
  private int headlineAboveTheFirstProse() {
    for (int i = 0; i < lines.size(); i++) {
      // a letterhead's name with its "Inc." is no prose yet
      if (kinds.get(i) != LineKind.PROSE || isNameLine(lines.get(i).text())) continue;
      if (isMotto(lines.get(i).text())) continue;
      int h = walkUp(i);
      return h >= 0 ? h : nearestTextAbove(i);
    }
    return -1;
  }

  /**
   * The byline or date under a page's marked headline when boxes stand between them (a fact check's
   * claim and rating, a scoreboard): within {@link #BOXED_HEADER_LINES} lines, with no line of more
   * than {@link #BOXED_HEADER_WORDS} words before it. What stands between is the header's, its
   * first line the dek when it reads as one. -1 when there is none.
   */
  private int anchorUnderMarkedHeadline(int headline) {
    for (int j = headline + 1; j < lines.size() && j <= headline + BOXED_HEADER_LINES; j++) {
      if (isAnchor(j)) return j;
      if (LineShape.words(lines.get(j).text()) > BOXED_HEADER_WORDS) return -1;
    }
    return -1;
  }

  private static final int BOXED_HEADER_LINES = 10;

  /**
   * "Quick Reads", "Highlights", "In short": the label of a summary's points, which a site prints
   * between the headline and the byline without their bullet marks.
   */
  private static final java.util.regex.Pattern SUMMARY_LABEL =
      java.util.regex.Pattern.compile(
          "^(?:quick reads?|(?:key |story )?highlights|in short|in brief|at a glance|tl;?dr|the gist"
              + "|gist|synopsis)\\s*:?$",
          java.util.regex.Pattern.CASE_INSENSITIVE);

  /** "Quick Reads", "Highlights", "In short": the label of a box of a story's points. */
  static boolean isSummaryLabel(String line) {
    return SUMMARY_LABEL.matcher(line.strip()).matches();
  }

  /**
   * The label of a summary box that ends right above the byline or date at {@code anchor}: within
   * {@link #BOXED_HEADER_LINES} lines above it, none longer than {@link #BOXED_HEADER_WORDS} words;
   * -1 when there is none.
   */
  private int summaryBoxAbove(int anchor) {
    for (int j = anchor - 1; j >= 0 && anchor - j <= BOXED_HEADER_LINES; j--) {
      if (isSummaryLabel(lines.get(j).text())) return j;
      if (tooLongForASummaryBox(j)) return -1;
    }
    return -1;
  }

  /**
   * Whether line {@code j} is too long for a box of a story's points: more than {@link
   * #BOXED_HEADER_WORDS} words, or more than {@link #MAX_SUMMARY_WORDS} right under the box's
   * label, where one paragraph may sum the whole story up ("Synopsis" / "Bengaluru-based … cut
   * prices …").
   */
  private boolean tooLongForASummaryBox(int j) {
    int words = LineShape.words(lines.get(j).text());
    boolean underLabel = j > 0 && isSummaryLabel(lines.get(j - 1).text());
    return words > (underLabel ? MAX_SUMMARY_WORDS : BOXED_HEADER_WORDS);
  }

  private static final int MAX_SUMMARY_WORDS = 90;

  /**
   * The last line of a summary box whose label is line {@code label}, when a byline or a date
   * follows it within {@link #BOXED_HEADER_LINES} lines (none longer than {@link
   * #BOXED_HEADER_WORDS} words); -1 when line {@code label} opens no such box.
   */
  private int summaryBoxEnd(int label) {
    if (!isSummaryLabel(lines.get(label).text())) return -1;
    for (int j = label + 1; j < lines.size() && j - label <= BOXED_HEADER_LINES; j++) {
      if (isAnchor(j)) return j - 1;
      // a writer's name alone over the date ends the box too: the byline is not the box's
      if (j > label + 1 && isBareName(j) && anchorAfterFurniture(j + 1)) return j - 1;
      if (tooLongForASummaryBox(j)) return -1;
    }
    return -1;
  }

  private static final int BOXED_HEADER_WORDS = 40;

  /**
   * The last line of a box of links that line {@code label} announces with a colon ("Wikipedia has
   * more about this subject:" over "Tromsø" and "Vengsøy"): one or more lines right under it, each
   * a title of at most {@link #LINK_TITLE_WORDS} words without a sentence's end, the last followed
   * by a blank line or the end of the page. -1 when line {@code label} opens no such box. A story's
   * own list under a colon is read in the body: its items are sentences, or no blank line ends them
   * before the story goes on.
   */
  private int linkBoxEnd(int label) {
    String text = lines.get(label).text().strip();
    if (!text.endsWith(":")) return -1;
    int j = label + 1;
    while (j < lines.size() && !lines.get(j).blankBefore() && isLinkTitle(j)) j++;
    boolean closed = j == lines.size() || lines.get(j).blankBefore();
    return j > label + 1 && closed ? j - 1 : -1;
  }

  private static final int LINK_TITLE_WORDS = 6;

  private boolean isLinkTitle(int i) {
    String t = lines.get(i).text().strip();
    return kinds.get(i) == LineKind.TEXT
        && LineShape.words(t) <= LINK_TITLE_WORDS
        && !t.isEmpty()
        && Character.isUpperCase(t.codePointAt(0))
        && ".!?:;,".indexOf(t.charAt(t.length() - 1)) < 0;
  }

  /** A byline, a date line, a date or author field, or a name with a byline role. */
  private boolean isAnchor(int i) {
    LineKind k = kinds.get(i);
    if (k == LineKind.BYLINE || k == LineKind.DATE) return true;
    if (k == LineKind.FIELD_LABEL) {
      Fields.Label l = Fields.label(lines.get(i).text());
      return l == Fields.Label.DATE || l == Fields.Label.AUTHOR;
    }
    return k == LineKind.TEXT && Bylines.unlabelled(lines.get(i).text(), false).isPresent();
  }

  /** The most lines a video's block runs over ({@link BodyReader#videoBlockEnd}). */
  private static final int MAX_VIDEO_BLOCK_LINES = 5;

  /** The first line of a video's block that holds line {@code j}, or -1. */
  private int videoBlockOver(int j) {
    for (int k = j; k >= 0 && k > j - MAX_VIDEO_BLOCK_LINES; k--) {
      if (BodyReader.videoBlockEnd(lines, k) >= j) return k;
    }
    return -1;
  }

  /**
   * Up from {@code anchor} over captions, credits, author lines (and, before the first title, list
   * items, furniture and up to two short lines that are no title, such as "News provided by" /
   * "Acme Inc."): the headline among at most two title-like lines, or -1. A line above another has
   * five words or more, or ends with a question or exclamation mark; a shorter line there is a
   * kicker ("Forwarded by a subscriber"). Of two with a line between them (a section label, an
   * author line), the lower is the headline: a dek sits right under its headline. Else the upper is
   * the headline when the lower reads as its dek ({@link #readsAsDek}) or when the upper is as much
   * about the story as the lower; when only the lower shares a word with the story's text, the
   * upper is a line of the site (a ticker, another story) and the lower is the headline.
   */
  private int walkUp(int anchor) {
    List<Integer> titles = new ArrayList<>(2);
    int skipped = 0;
    boolean apart = false; // a line stands between the two titles: they are no headline and dek
    int box = summaryBoxAbove(anchor);
    int from = box >= 0 ? box : anchor;
    for (int j = from - 1; j >= 0 && titles.size() < 2; j--) {
      LineKind k = kinds.get(j);
      String text = lines.get(j).text();
      if (isCaptionLike(j) || k == LineKind.TEXT && Bylines.unlabelled(text, true).isPresent()) {
        if (titles.size() == 1) apart = true;
        continue;
      }
      // a summary's bullets under the headline ("• Shares drop as much as 14%") are no title
      if (isListItem(text) && titles.isEmpty()) continue;
      // nor is a video's block between the headline and the byline (its label, the title of the
      // clip up next, its running time)
      int clip = titles.isEmpty() ? videoBlockOver(j) : -1;
      if (clip >= 0) {
        j = clip;
        continue;
      }
      // nor is a line of a box with its label in capitals ("ADVICE" / "LEAVE NOW if …")
      if (titles.isEmpty() && inLabelledBox(j)) continue;
      // the company under a wire's credit ("News provided by" / "Acme Inc.") is no title
      if (j > 0 && PROVIDER_LABEL.matcher(lines.get(j - 1).text()).matches()) {
        j--;
        continue;
      }
      // a field's value under its label ("From:" / "Department for Transport") is no title; a
      // headline under the page's kind ("Statistical bulletin:"), its dek right under it, is
      if (j > 0
          && kinds.get(j - 1) == LineKind.FIELD_LABEL
          && k != LineKind.FIELD_LABEL
          && !isLabelledHeadline(j)) {
        j--;
        continue;
      }
      // a standfirst of one sentence right under the headline is no title either
      if (titles.isEmpty() && k == LineKind.PROSE && j > 0 && isDekUnder(j)) continue;
      if (titles.isEmpty() && k == LineKind.FURNITURE) continue;
      // a writer's note on their beat in their card over the date ("I cover …") is no title
      if (titles.isEmpty() && Trailers.isBeatNote(text)) continue;
      // a share bar's link to the comments ("Comments") between the headline and the byline
      if (titles.isEmpty() && k == LineKind.END && LineShape.words(text) <= MAX_TOOL_WORDS)
        continue;
      int capsStart = capsHeadlineStart(j);
      if (titles.size() == 1 && capsStart < j) {
        titles.add(capsStart); // a headline in capitals, wrapped over lines
        continue;
      }
      // an editors' note between the headline and the byline ("Eds: UPDATES with …")
      if (titles.isEmpty() && EDITORS_NOTE.matcher(text).find()) continue;
      if (!isTitleLike(j)) {
        if (titles.isEmpty() && skipped < 2 && isShortText(j)) {
          skipped++;
          continue;
        }
        break;
      }
      if (titles.size() == 1 && LineShape.words(text) < 5 && !exclaims(text)) break;
      titles.add(j);
    }
    if (titles.isEmpty()) return -1;
    if (titles.size() == 1) {
      int title = titles.get(0);
      return title > 0 && isShortHeadlineOver(title - 1, title) ? title - 1 : title;
    }
    int lower = titles.get(0);
    int upper = titles.get(1);
    int titleCase = titleCaseOverSummary(upper, anchor);
    if (titleCase >= 0) {
      summaryUnderHeadline = true;
      return titleCase;
    }
    if (apart) return lower;
    // a ticker's headlines ("Breaking News" / four headlines) end right above the story's: the
    // upper line has two more title-like lines right above it, so it is a list's last item
    if (upper >= 2
        && isTitleLike(upper - 1)
        && isTitleLike(upper - 2)
        && noBlankBetween(upper - 2, lower)) {
      return lower;
    }
    if (readsAsDek(lines.get(lower).text(), lines.get(upper).text())) return upper;
    Set<String> story = storyWords(anchor);
    boolean upperAbout = sharesAWord(lines.get(upper).text(), story);
    boolean lowerAbout = sharesAWord(lines.get(lower).text(), story);
    return !upperAbout && lowerAbout ? lower : upper;
  }

  /** A wire's credit of the company whose release it carries: "News provided by". */
  private static final java.util.regex.Pattern PROVIDER_LABEL =
      java.util.regex.Pattern.compile(
          "^(?i:(?:news|content|release) )?(?i:provided|distributed) by:?$");

  /**
   * A headline under a label that names the page's kind ("Statistical bulletin:" / "Consumer price
   * inflation, Ireland: March 2027" / its dek): a title-like line of {@link
   * #MIN_REPEATED_HEADLINE_WORDS} words or more with a line of running text right under it, in its
   * block; a field's value is followed by the next field.
   */
  private boolean isLabelledHeadline(int j) {
    return isTitleLike(j)
        && LineShape.words(lines.get(j).text()) >= MIN_REPEATED_HEADLINE_WORDS
        && j + 1 < lines.size()
        && !lines.get(j + 1).blankBefore()
        && kinds.get(j + 1) == LineKind.PROSE;
  }

  /**
   * A magazine's short headline ("The Last Crossing") over a standfirst of several sentences: a
   * line of two to four capitalised words, not in capitals, standing alone between blank lines (no
   * menu's item), right over the only title-like line, which holds two sentences or more.
   */
  private boolean isShortHeadlineOver(int j, int dek) {
    String text = lines.get(j).text();
    String below = lines.get(dek).text();
    int words = LineShape.words(text);
    return kinds.get(j) == LineKind.TEXT
        && kinds.get(dek) == LineKind.PROSE
        && words >= 2
        && words <= 4
        && lines.get(j).blankBefore()
        && lines.get(dek).blankBefore()
        && LineShape.startsLikeTitle(text)
        && LineShape.allWordsCapitalised(text)
        && !LineShape.isAllCaps(text)
        && !LineShape.isMenu(text)
        && LineShape.endsLikeSentence(below)
        && SPLIT.split(below).size() >= 2;
  }

  /**
   * A tabloid's headline over its summary: a line of eight words or more, each capitalised, right
   * above {@code top} with no blank line from it down to {@code anchor}, and at most three more
   * title-like lines between, none of them in title case. The lines under it are the summary's
   * points (their bullet marks lost in the paste), not a headline and its dek. -1 when there is
   * none.
   */
  private int titleCaseOverSummary(int top, int anchor) {
    for (int k = top + 1; k <= anchor; k++) if (lines.get(k).blankBefore()) return -1;
    for (int j = top; j >= 0 && top - j <= 3; j--) {
      String text = lines.get(j).text();
      if (!isTitleLike(j)) return -1;
      if (LineShape.allWordsCapitalised(text)) {
        return j < top && LineShape.words(text) >= 8 ? j : -1;
      }
      if (lines.get(j).blankBefore()) return -1;
    }
    return -1;
  }

  /** Whether a byline or date comes at {@code k} or after furniture from there ("Khaya24"). */
  private boolean anchorAfterFurniture(int k) {
    while (k < lines.size() && kinds.get(k) == LineKind.FURNITURE) k++;
    return k < lines.size() && isAnchor(k);
  }

  /** A line of two to four capitalised name words alone ("Sibusiso Mahlangu"). */
  private boolean isBareName(int j) {
    return kinds.get(j) == LineKind.TEXT
        && LineShape.words(lines.get(j).text()) <= 4
        && Bylines.unlabelled(lines.get(j).text(), true).isPresent();
  }

  /** No blank line stands between lines {@code from} and {@code to} (both included). */
  private boolean noBlankBetween(int from, int to) {
    if (from < 0) return false;
    for (int k = from + 1; k <= to; k++) if (lines.get(k).blankBefore()) return false;
    return true;
  }

  /**
   * A line of at most four capitalised words, such as an organisation's name ("Acme Robotics
   * Inc."): its full stop belongs to an abbreviation, so it does not start the body.
   */
  private static boolean isNameLine(String text) {
    return LineShape.words(text) <= 4 && LineShape.allWordsCapitalised(text);
  }

  /** A line of at most four words that is text, not furniture, a date or a label. */
  private boolean isShortText(int j) {
    LineKind k = kinds.get(j);
    return (k == LineKind.TEXT || k == LineKind.PROSE) && LineShape.words(lines.get(j).text()) <= 4;
  }

  /**
   * A line under a headline reads as its dek when it ends as a sentence does or is clearly longer.
   */
  private static boolean readsAsDek(String lower, String upper) {
    char mark = LineShape.lastMark(lower);
    return mark == '.'
        || mark == '!'
        || mark == '?'
        || mark == '…'
        || lower.length() >= upper.length() * 6 / 5;
  }

  /** The content words (four letters or more) of the running text after {@code from}. */
  private Set<String> storyWords(int from) {
    Set<String> words = new HashSet<>();
    int prose = 0;
    for (int i = from + 1; i < lines.size() && prose < STORY_LINES; i++) {
      if (kinds.get(i) != LineKind.PROSE) continue;
      prose++;
      words.addAll(contentWords(lines.get(i).text()));
    }
    return words;
  }

  private static boolean sharesAWord(String line, Set<String> story) {
    for (String w : contentWords(line)) if (story.contains(w)) return true;
    return false;
  }

  /** The content words of a text: four letters or more, no function word, a plural's "s" off. */
  static Set<String> contentWords(String text) {
    Set<String> out = new HashSet<>();
    for (String w : LineShape.normalised(text).split(" ")) {
      if (w.length() < 4 || NewsLexicon.isFunctionWord(w)) continue;
      out.add(w.endsWith("s") ? w.substring(0, w.length() - 1) : w);
    }
    return out;
  }

  /** The nearest line above {@code i} that is text, not furniture, a caption or a field. */
  private int nearestTextAbove(int i) {
    for (int j = i - 1; j >= 0; j--) {
      LineKind k = kinds.get(j);
      if ((k == LineKind.TEXT || k == LineKind.PROSE) && !isCaptionLike(j)) return j;
    }
    return -1;
  }

  /**
   * "Editor's note: This story has been updated …", a wire's "Eds: UPDATES with …": a note on the
   * story, never its headline or standfirst.
   */
  private static final java.util.regex.Pattern EDITORS_NOTE =
      java.util.regex.Pattern.compile(
          "^(?:editor[’']?s[’']? note|eds)\\s*:", java.util.regex.Pattern.CASE_INSENSITIVE);

  /**
   * A line that could be a headline: it starts like a title, is not a menu, label, list item or
   * caption, and has four words or more, or ends with a question or exclamation mark. A line of up
   * to four capitalised words without such a mark is a section label or kicker, not a headline.
   */
  private boolean isTitleLike(int j) {
    LineKind k = kinds.get(j);
    String text = LineShape.withoutPictographs(lines.get(j).text());
    if (EDITORS_NOTE.matcher(text).find()) return false;
    // "Explainer: Why the deal is stalling" over a byline is the story's own headline
    boolean kicked = k == LineKind.RELATED_INLINE && RelatedLinks.isKicker(text);
    if (k != LineKind.TEXT && k != LineKind.PROSE && !kicked) return false;
    int words = LineShape.words(text);
    char mark = LineShape.lastMark(text);
    boolean exclaims = exclaims(text);
    if (!LineShape.startsLikeTitle(text) || LineShape.isMenu(text) || isListItem(text)) {
      return false;
    }
    if (mark == ':' || words > 60) return false;
    if (words <= 4 && LineShape.allWordsCapitalised(text) && !exclaims) return false;
    return words >= 4 || exclaims;
  }

  /**
   * The lead picture's caption right under the headline, in the standfirst's place: two sentences
   * or more with no stop after the last, as captions drop it and a standfirst of several sentences
   * keeps it.
   */
  private boolean isUnstoppedCaption(int i) {
    String text = lines.get(i).text();
    return lines.get(i).markup() == Line.Markup.NONE
        && LineShape.words(text) >= MIN_CAPTION_WORDS
        && !LineShape.endsLikeSentence(text)
        && SPLIT.split(text).size() >= 2;
  }

  private static final int MIN_CAPTION_WORDS = 8;

  /**
   * The line right after the headline is the dek when it is title-like and a byline or date
   * follows, or when it is a heading said as a sentence right under a marked headline (an HTML
   * page's subtitle).
   */
  private boolean isDek(int i) {
    Line line = lines.get(i);
    if (line.markup() == Line.Markup.CAPTION || LineShape.words(line.text()) < 6) return false;
    if (!isTitleLike(i) || Bylines.unlabelled(line.text(), true).isPresent()) return false;
    // a page's subtitle in a heading right under its headline, said as a sentence
    if (line.markup() == Line.Markup.HEADING
        && i > 0
        && lines.get(i - 1).markup() == Line.Markup.HEADLINE
        && LineShape.endsLikeSentence(line.text())) {
      return true;
    }
    // a line over the lead picture's caption is the picture's title unless it reads as a dek
    if (i + 1 < lines.size() && isCaptionLike(i + 1) && i > 0) {
      if (!readsAsDek(line.text(), lines.get(i - 1).text())) return false;
      // one sentence, then a blank line and the lead picture: the standfirst over the picture,
      // the story under it
      if (SPLIT.split(line.text()).size() == 1 && lines.get(i + 1).blankBefore()) return true;
    }
    if (kinds.get(i) == LineKind.TEXT) return true;
    if (isSubheadUnderCapsHeadline(i)) return true;
    // one sentence right under the headline over a release's labels ("Peer-Reviewed Publication"
    // / the institution's name): two short lines, no blank line between, no running text
    if (!line.blankBefore() && SPLIT.split(line.text()).size() == 1 && labelsUnder(i)) {
      return true;
    }
    for (int j = i + 1; j < lines.size(); j++) {
      if (isAnchor(j)) return true;
      int box = summaryBoxEnd(j);
      if (box >= 0) {
        j = box;
        continue;
      }
      if (kinds.get(j) == LineKind.PROSE && !followedByCredit(j)) return false;
    }
    return false;
  }

  /** The most words of a release's subhead under its headline in capitals. */
  private static final int MAX_SUBHEAD_WORDS = 25;

  /**
   * A release's subhead: under a headline in capitals, set apart by blank lines, one sentence of at
   * most {@link #MAX_SUBHEAD_WORDS} words over a longer paragraph ("OR 58 … TO CLOSE SIX WEEKS …" /
   * "Full closure … begins Jan. 11; commercial trucks will detour through Roseburg." / "The Oregon
   * Department of Transportation will fully close …").
   */
  private boolean isSubheadUnderCapsHeadline(int i) {
    if (i == 0 || i + 1 >= lines.size()) return false;
    String text = lines.get(i).text();
    String next = lines.get(i + 1).text();
    return LineShape.isAllCaps(lines.get(i - 1).text())
        && lines.get(i).blankBefore()
        && lines.get(i + 1).blankBefore()
        && SPLIT.split(text).size() == 1
        && LineShape.words(text) <= MAX_SUBHEAD_WORDS
        && Datelines.read(text).isEmpty() // "DULUTH, Minn., Dec. 2, 2026 — …" opens the story
        && kinds.get(i + 1) == LineKind.PROSE
        && LineShape.words(next) > LineShape.words(text);
  }

  /** The most words of a label under a release's standfirst. */
  private static final int MAX_LABEL_WORDS = 4;

  /** Two short lines of text right under line {@code i}, no blank line before either. */
  private boolean labelsUnder(int i) {
    for (int j = i + 1; j <= i + 2; j++) {
      if (j >= lines.size() || lines.get(j).blankBefore()) return false;
      if (kinds.get(j) != LineKind.TEXT && kinds.get(j) != LineKind.FURNITURE) return false;
      if (LineShape.words(lines.get(j).text()) > MAX_LABEL_WORDS) return false;
    }
    return true;
  }

  /**
   * A dek printed under the byline and dates, as reader views and some sites print it: a title-like
   * line of eight words or more without end punctuation, no caption, when the header has no dek
   * yet, and right above the first paragraph or the lead picture's caption.
   */
  private boolean isDekUnderByline(int i, Found found) {
    if (!found.dek.isEmpty() || !found.hasByline() && found.dates.isEmpty()) return false;
    String text = lines.get(i).text();
    if (kinds.get(i) != LineKind.TEXT || LineShape.words(text) < 8 || !isTitleLike(i)) return false;
    if (LineShape.endsLikeSentence(text) || Bylines.unlabelled(text, true).isPresent())
      return false;
    int next = i + 1;
    while (next < lines.size() && isCaptionLike(next)) next++;
    return next < lines.size() && startsRunningText(next);
  }

  private static boolean exclaims(String text) {
    char mark = LineShape.lastMark(text);
    return mark == '?' || mark == '!';
  }

  private boolean isCaptionLike(int j) {
    LineKind k = kinds.get(j);
    return k == LineKind.CAPTION
        || k == LineKind.CREDIT
        || k == LineKind.LABELLED_CAPTION
        || k == LineKind.IMAGE_SOURCE
        || lines.get(j).markup() == Line.Markup.CAPTION
        || followedByCredit(j);
  }

  /**
   * A line with a credit under it: a caption. A sentence over a chart's source line ("Source:
   * Varick") stays a sentence, except right above the byline, where the lead picture's caption
   * stands with its source ("Crews battled the fire…" / "Source: WTLX" / "By …").
   */
  private boolean followedByCredit(int i) {
    if (i + 1 >= lines.size()) return false;
    if (!Captions.creditsLineAbove(lines.get(i + 1), kinds.get(i + 1))
        && !isOwnersMark(lines.get(i + 1))) {
      return false;
    }
    if (kinds.get(i) == LineKind.TEXT) return true;
    return kinds.get(i) == LineKind.PROSE
        && (!Captions.isSourceLine(lines.get(i + 1).text())
            || i + 2 < lines.size() && isAnchor(i + 2));
  }

  /** The most words of a picture's owner after the copyright sign. */
  private static final int MAX_OWNER_WORDS = 8;

  /**
   * A picture's owner under its caption among the header's lines: "© Northern Economic Union –
   * Audiovisual Service", the copyright sign and a name, no year (a page's copyright has one).
   */
  private static boolean isOwnersMark(Line line) {
    String t = line.text().strip();
    return !line.blankBefore()
        && t.startsWith("©")
        && LineShape.words(t) <= MAX_OWNER_WORDS
        && t.chars().noneMatch(Character::isDigit);
  }

  /**
   * A note on the author right under the byline: a line that opens with a newsroom job and says no
   * more in its first sentence ({@link Bylines#opensWithRole}: "Senior reporter covering health."),
   * or one that opens with an author's full name and says what they do, or holds an address ({@link
   * Trailers#isAuthorNote}). A lead that opens with a role word ("A team of researchers has…") or
   * with another person of the author's first name is body.
   */
  private static boolean isAuthorNote(String text, List<String> authors) {
    if (Bylines.opensWithRole(text)) return true;
    return Trailers.isAuthorNote(text, authors);
  }

  /**
   * What a label introduces when it is the body's first line: a quotation, or a list of key points
   * that the story's text begins with.
   */
  private static boolean opensBody(String next) {
    return LineShape.opensQuotation(next) || isListItem(next);
  }

  /**
   * The first of two or more list items that each say something ({@link LineShape#MIN_POINT_WORDS}
   * words or more): the story's key points, which open its body ("At a glance", "Highlights" above
   * them stay in the header).
   */
  private boolean opensKeyPoints(int i) {
    return isListItem(lines.get(i).text())
        && LineShape.words(lines.get(i).text()) >= LineShape.MIN_POINT_WORDS
        && i + 1 < lines.size()
        && isListItem(lines.get(i + 1).text())
        && LineShape.words(lines.get(i + 1).text()) >= LineShape.MIN_POINT_WORDS;
  }

  /** The fewest lines of a list of key points copied without its bullets. */
  private static final int MIN_UNMARKED_POINTS = 3;

  /**
   * The first of the story's key points copied without their bullets, under its headline and date
   * ("Net sales of $842.6 million, up 7.8%" / "GAAP diluted EPS of $1.26, up 24%" / …): a block of
   * {@link #MIN_UNMARKED_POINTS} lines or more that opens after a blank line, each of {@link
   * LineShape#MIN_POINT_WORDS} words or more that does not end as a sentence or a label does and is
   * no byline or date, two of them with a figure, and running text below it past captions and
   * furniture.
   */
  private boolean opensUnmarkedPoints(int i) {
    if (!lines.get(i).blankBefore()) return false;
    int figures = 0;
    int j = i;
    for (; j < lines.size() && (j == i || !lines.get(j).blankBefore()); j++) {
      String text = lines.get(j).text();
      if (LineShape.words(text) < LineShape.MIN_POINT_WORDS
          || isAnchor(j)
          || LineShape.endsLikeSentence(text)
          || LineShape.lastMark(text) == ':') {
        return false;
      }
      if (LineShape.hasFigure(text)) figures++;
    }
    if (j - i < MIN_UNMARKED_POINTS || figures < 2) return false;
    while (j < lines.size()
        && (isCaptionLike(j)
            || kinds.get(j) == LineKind.FURNITURE
            || kinds.get(j) == LineKind.RELATED_LABEL)) {
      j++;
    }
    return j < lines.size() && startsRunningText(j);
  }

  /**
   * Whether the list from line {@code i} is followed, past furniture, by a byline or a date: then
   * it summarises the story under its headline ("• Shares drop as much as 14%" over "By …") and
   * stays in the header.
   */
  private boolean bylineAfterList(int i) {
    int j = i;
    while (j < lines.size() && isListItem(lines.get(j).text())) j++;
    while (j < lines.size() && kinds.get(j) == LineKind.FURNITURE) j++;
    if (j >= lines.size()) return false;
    LineKind k = kinds.get(j);
    return k == LineKind.BYLINE
        || k == LineKind.DATE
        || k == LineKind.TEXT && Bylines.unlabelled(lines.get(j).text(), true).isPresent();
  }

  /**
   * "• …", "- …", "* …", "🔹 …": an item of a key-points list above the body; a bullet-like symbol
   * (a diamond, a check mark, a pointing hand, a coloured dot) opens an item as a bullet does.
   */
  static boolean isListItem(String text) {
    return LIST_ITEM.matcher(text).matches();
  }

  private static final java.util.regex.Pattern LIST_ITEM =
      java.util.regex.Pattern.compile(
          "^(?:[•·▪◦*–-]|[🔹🔸🔺🔻◆◇■□●○▶►✅✔☑➡👉📌🔴🟠🟡🟢🔵⚫⚪⭐✳❗⚡]\\x{FE0F}?)\\s+.*");
}
