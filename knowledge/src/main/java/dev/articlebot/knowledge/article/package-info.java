/**
 * Articles: reading them from files and pages, and the parsed {@link
 * dev.articlebot.knowledge.article.Article} every other part of the knowledge core uses.
 *
 * <p>The reader is a small pipeline; each step is one class, and each classifier says in its
 * comment what it guarantees.
 *
 * <ol>
 *   <li><b>Bytes to text.</b> {@link dev.articlebot.knowledge.article.ArticleLoader} reads files
 *       and folders (a bad file of a folder is listed in {@link
 *       dev.articlebot.knowledge.article.LoadedArticles} and skipped); {@code TextDecoding} reads
 *       UTF-8, then windows-1252.
 *   <li><b>Text to lines.</b> {@link dev.articlebot.knowledge.article.ArticleParser} picks the
 *       front end: Markdown with front matter ({@code MarkdownPage}: one line per line, marked by
 *       its Markdown, plus the front matter as metadata), an HTML page ({@code HtmlPage}: the
 *       article element, pruned of furniture, one line per block, marked by its tag, plus the
 *       page's metadata), or pasted text ({@code PrintColumns} re-flows a newspaper's columns,
 *       {@code PastedText} cleans it, {@code PrintMarks} drops a printed page's headers and
 *       footers, {@code HardWraps} joins lines a fixed-width wrap broke). All three then take the
 *       same steps below.
 *   <li><b>Each line by its shape.</b> {@code LineKind} names what a line is on its own (and {@code
 *       EmailHeaders} an email's header block), asking the classifiers in order: {@code Trailers}
 *       (copyright, wire credits, author notes), {@code DateStamps}, {@code Captions}, {@code
 *       Bylines}, {@code RelatedLinks}, {@code Fields} (labelled fields, key-value data), {@code
 *       Boilerplate} (page furniture). They share {@code LineShape} (words, end punctuation,
 *       capitals, menus) and one small lexicon of generic web words, {@code WebLexicon}; no site is
 *       named anywhere.
 *   <li><b>Lines by their position.</b> {@code HeaderReader} finds the headline above the first
 *       byline or date, then the dek, byline, dates and captions down to the first line of running
 *       text; {@code BodyReader} turns the rest into paragraphs, headings and captions in four
 *       passes and stops at the end of the article.
 *   <li><b>Assembly.</b> {@code PageReader} numbers the paragraphs ({@code BodyBuilder}), reads the
 *       dateline of paragraph 1 ({@code Datelines}) and fills from the page's metadata what the
 *       visible text does not say.
 * </ol>
 */
package dev.articlebot.knowledge.article;
