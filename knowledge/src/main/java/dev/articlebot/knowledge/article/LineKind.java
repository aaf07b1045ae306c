package dev.articlebot.knowledge.article;

/**
 * What one line is by its own shape, before its neighbours are looked at. {@link #of} tries the
 * classifiers in a fixed order; the first that recognises the line names it.
 */
enum LineKind {
  /** Copyright or wire credits: nothing after it is the article ({@link Trailers}). */
  END,
  /** "Update, December 3rd, 11:40AM ET: …" ({@link DateStamps#updateNote}). */
  UPDATE_NOTE,
  /** "Image caption, …" ({@link Captions#labelledCaption}). */
  LABELLED_CAPTION,
  /** "Image source, …" ({@link Captions#isImageSource}). */
  IMAGE_SOURCE,
  /** A line that is only a photo credit ({@link Captions#isCreditLine}). */
  CREDIT,
  /** A caption ending with its credit ({@link Captions#hasCredit}). */
  CAPTION,
  /** "By …" ({@link Bylines#labelled}). */
  BYLINE,
  /** A date line ({@link DateStamps#read}). */
  DATE,
  /** A label that opens a list of links ({@link RelatedLinks#isLabel}). */
  RELATED_LABEL,
  /** A label with its link ({@link RelatedLinks#isInline}). */
  RELATED_INLINE,
  /** A field label whose value is the next line ({@link Fields#label}). */
  FIELD_LABEL,
  /** A key-value data line ({@link Fields#isData}). */
  DATA,
  /** Page furniture ({@link Boilerplate#test}). */
  FURNITURE,
  /** Running text: it ends as a sentence does. */
  PROSE,
  /** Anything else: headlines, headings, navigation, list items. */
  TEXT;

  static LineKind of(String line) {
    if (Trailers.endsArticle(line)) return END;
    if (!DateStamps.read(line).isEmpty()) return DATE;
    if (DateStamps.updateNote(line).isPresent()) return UPDATE_NOTE;
    if (Captions.labelledCaption(line).isPresent()) return LABELLED_CAPTION;
    if (Captions.isImageSource(line)) return IMAGE_SOURCE;
    if (Captions.isCreditLine(line)) return CREDIT;
    if (Captions.hasCredit(line)) return CAPTION;
    if (Bylines.labelled(line).isPresent()) return BYLINE;
    if (RelatedLinks.isLabel(line)) return RELATED_LABEL;
    if (RelatedLinks.isInline(line)) return RELATED_INLINE;
    if (Fields.label(line) != null) return FIELD_LABEL;
    if (Fields.isData(line)) return DATA;
    if (Boilerplate.test(line)) return FURNITURE;
    return LineShape.isProse(line) ? PROSE : TEXT;
  }
}
