package dev.articlebot.knowledge.article;

import dev.articlebot.knowledge.lexicon.NewsLexicon;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reader's one small lexicon: words that web pages of any site use around an article (tools,
 * calls to action, list labels), the nouns of a byline role, and the news agencies. Nothing here
 * names a site; the shapes that use these words live in the classifiers.
 */
final class WebLexicon {

  private WebLexicon() {}

  /**
   * Words that, alone or together, make a page-tool or navigation line: "Share", "Print", "Skip to
   * main content", "Comments (14)", "Listen to this article · 4 min", "Back to top".
   */
  static final Set<String> TOOL_WORDS =
      Set.of(
          "aa", // a text-size control, "AA"
          "share",
          "sharing",
          "fullscreen",
          "mute",
          "unmute",
          "playback",
          "social",
          "print",
          "email",
          "e-mail",
          "save",
          "saved",
          "follow",
          "comment",
          "comments",
          "advertisement",
          "advertise",
          "ad",
          "ads",
          "sponsored",
          "menu",
          "search",
          "subscribe",
          "subscriptions",
          "sign",
          "log",
          "login",
          "logout",
          "register",
          "home",
          "skip",
          "content",
          "main",
          "navigation",
          "more",
          "show",
          "hide",
          "close",
          "dialog",
          "dialogue",
          "next",
          "previous",
          "prev",
          "image",
          "images",
          "photo",
          "photos",
          "gallery",
          "toggle",
          "caption",
          "gift",
          "link",
          "copy",
          "copied",
          "listen",
          "watch",
          "video",
          "play",
          "read",
          "top",
          "back",
          "accept",
          "reject",
          "cookie",
          "cookies",
          "settings",
          "preferences",
          "manage",
          "newsletter",
          "newsletters",
          "rss",
          "feed",
          "feeds",
          "app",
          "apps",
          "download",
          "account",
          "expand",
          "collapse",
          "tweet",
          "facebook",
          "twitter",
          "x",
          "linkedin",
          "whatsapp",
          "reddit",
          "pinterest",
          "bluesky",
          "instagram",
          "youtube",
          "telegram",
          "wechat",
          "weibo",
          "threads",
          "article",
          "page",
          "story",
          "font",
          "size",
          "edition",
          "version",
          "here",
          "continue",
          "continues",
          "scroll",
          "report",
          "notifications",
          "alerts",
          "bookmark",
          "reuse",
          "licensing",
          "rights",
          "purchase",
          "permalink",
          "embed",
          "view",
          "now",
          "tab",
          "opens",
          "min",
          "mins",
          "minute",
          "minutes",
          "reading",
          "time",
          "required",
          "enter",
          "address",
          "below",
          "above",
          "full",
          "audio",
          "podcast",
          "playlist",
          "transcript",
          "print-friendly",
          "feedback",
          "contact",
          "help",
          "learn",
          "options",
          "reprints",
          "permissions",
          "translate",
          "add",
          "open");

  /** Words that may join tool words without changing what the line is ("Share on X"). */
  static final Set<String> FILLER_WORDS =
      Set.of(
          "a", "an", "the", "to", "on", "in", "up", "out", "of", "for", "this", "all", "by", "your",
          "our", "my", "with", "via", "and", "or", "&", "new", "old", "is", "it", "us");

  /** Verbs that open a call to action addressed to the reader ("Sign up for…", "Get the…"). */
  static final Set<String> ACTION_VERBS =
      Set.of(
          "get",
          "have",
          "stream",
          "watch",
          "listen",
          "download",
          "subscribe",
          "sign",
          "join",
          "follow",
          "try",
          "click",
          "tap",
          "share",
          "save",
          "support",
          "donate",
          "enter",
          "read",
          "explore",
          "see",
          "discover",
          "learn",
          "tell",
          "contact",
          "visit",
          "register",
          "log",
          "please",
          "find",
          "browse",
          "shop",
          "buy",
          "order",
          "upgrade",
          "unlock",
          "install",
          "leave",
          "email");

  /**
   * What may follow such a verb in a call to action ("Tell us", "Get the", "Watch free", "See full
   * infographic").
   */
  static final Set<String> ACTION_OBJECTS =
      Set.of(
          "the",
          "a",
          "an",
          "our",
          "your",
          "us",
          "free",
          "up",
          "in",
          "out",
          "more",
          "this",
          "these",
          "all",
          "latest",
          "now",
          "here",
          "on",
          "with",
          "at",
          "me",
          "about",
          "it",
          "them",
          "today",
          "to",
          "unlimited",
          "exclusive",
          "every",
          "full"); // "See full infographic", "Read full story"

  /**
   * What follows the verb of an order to the reader that reads as a sentence: "Stream the…", "Get
   * your…", "Sign up…", "Read more…".
   */
  static final Set<String> ACTION_DETERMINERS =
      Set.of(
          "the",
          "a",
          "an",
          "our",
          "your",
          "up",
          "more",
          "all",
          "this",
          "these",
          "every",
          "unlimited",
          "exclusive",
          "latest");

  /** Words of the site speaking to its reader about the page itself. */
  static final Pattern READER_WEB_WORDS =
      Pattern.compile(
          "\\b(?:newsletters?|e-?mails?|inbox|mailbox|subscri(?:be|bed|ption|ptions)|sign(?:ing)? up"
              + "|cookies?|privacy(?: policy| notice| settings)?|terms (?:of use|of service|and"
              + " conditions)|browser|apps?|website|link|affiliate|comments|feedback"
              + "|(?:earns?|receives?|makes?|get) (?:a |an )?(?:small )?commission"
              + "|notifications|logo|advert\\w*|recaptcha|podcasts?|unsubscribe|log ?in|paywall"
              + "|(?:nonprofit|non-profit|independent) (?:newsroom|journalism|news organi[sz]ation))\\b",
          Pattern.CASE_INSENSITIVE);

  /** Phrases only page furniture uses, whoever speaks. */
  static final Pattern PAGE_PHRASES =
      Pattern.compile(
          "\\b(?:sponsored content|opens? (?:in )?(?:a )?new (?:tab|window)|scroll to continue"
              + "|story continues below|report this ad|order reprints|video embed link"
              + "|join the conversation below|you are the owner of this article"
              + "|found a mistake in this article|thank you for your report"
              + "|a valid email address is required|please select at least one newsletter"
              + "|select user consent|there are no recent results for|image attribution tooltip"
              + "|already a (?:subscriber|member)|sponsor message"
              + "|video player is loading|this is a modal window|(?:beginning|end) of dialog window"
              + "|(?:in|from) (?:this|our) (?:\\w+ )?newsletter"
              + "|printer-friendly version|e-?mail this (?:story|article)"
              + "|read [\\d,.]+k? (?:replies|comments)"
              + "|support local journalism|subscribe (?:to .{1,40} )?for \\$\\d"
              + "|(?:this|the) (?:story|article|page) has been viewed [\\d,]+ times"
              + "|acknowledges? (?:the )?(?:Aboriginal|Traditional (?:Custodians|Owners))"
              + "|(?:this|the) (?:article|story) appears? in print|text-to-speech"
              + "|registration on or use of this site|in (?:today'?s|this) (?:edition|issue)"
              + "|thanks? (?:you )?for reading|why you can trust|translations? may contain inaccuracies"
              + "|you can now listen to|(?:is|are) available exclusively to .{1,40} subscribers"
              + "|have an account(?=\\?)|verified .{1,30} badge|whatsapp channel"
              + "|audio for this (?:article|story)|share this story|premium subscription"
              + "|subscribe now to|^advertise with [\\p{L} &]{2,40}(?=\\.?$)|quality journalism"
              + "|by subscribing, you|pro subscribers got it first|originally published .{3,40} at \\d"
              + "|ai-generated summary|readers like you|do you like the content of this article"
              + "|did you (?:like|enjoy) this (?:article|story)|was this (?:article|story) helpful"
              + "|this page was last (?:edited|modified|updated) on"
              + "|^(?:all )?(?:text|content) is available under (?:the|a) "
              + "|republished from .{1,60} under a creative commons"
              + "|republish (?:our|this|these) (?:articles?|stor(?:y|ies)) for free"
              + "|(?:just )?hit reply|you(?:'re|’re| are) receiving this (?:email |newsletter )?because"
              + "|for information media\\.? not an official record"
              + "|cancel any ?time|(?:offer|deal|price) (?:is )?(?:valid|available) (?:for|to) new"
              + " subscribers"
              + "|join (?:a|our) growing community of|gambling problem\\?|1-800-gambler"
              + "|odds (?:are )?subject to change|bet \\$\\d+,? get \\$\\d+|^terms apply\\b"
              + "|does not discriminate on the basis of|having trouble viewing this e-?mail"
              + "|we want to hear from you|contact us securely"
              + "|^editor['’]?s note:? (?:all )?(?:suspects|defendants|those (?:charged|arrested))"
              + " (?:are|is) presumed innocent"
              + "|view (?:it|this e-?mail) (?:as a web page|in (?:your|a) (?:web )?browser)"
              + "|something went wrong[,.;]? (?:please )?try again"
              + "|thanks? (?:you )?for (?:subscribing|signing up)"
              + "|press play to listen|voiced by artificial intelligence|^skip (?:next|previous) section"
              + "|follow me on (?:twitter|x|linkedin|facebook|instagram|threads|bluesky)"
              + "|(?:save|bookmark) this (?:article|story) by|interested in more newsletters"
              + "|in (?:my|your) (?:bookmarks|saved (?:articles|stories|items)|reading list)"
              + "|click on the report button|reason for reporting"
              + "|using ai narration|listen to more stories"
              + "|check out my website|this is (?:not )?the latest (?:release|version|edition)"
              + "|your home may be repossessed|^for illustration only\\b"
              + "|^(?:the )?information on this (?:site|website|page) is (?:provided|intended)"
              + "|view (?:all )?(?:previous|earlier|past) (?:releases|editions|versions)"
              + "|listen to this (?:story|article)|save time by listening"
              + "|(?:opinions|views) expressed (?:by|in) .{1,60} (?:are|is) (?:their|his|her|its"
              + "|the (?:author|writer)s?['’]?s?) own)\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * What stands for a picture in copied text: its alternative text in brackets ("[image: The
   * Morning Beacon]", as mail programs print it) or a site's logo, banner or icon ("The Sespe
   * Valley Gazette logo", "Oregon Department of Transportation banner", "Title icon").
   */
  static final Pattern IMAGE_STAND_IN =
      Pattern.compile(
          "^(?:\\[(?i:image|photo|picture|cid)(?:\\s*:[^\\]]*)?\\]"
              + "|\\p{Lu}[\\p{L}\\d&.'’-]*\\s+(?:(?:\\p{Lu}[\\p{L}\\d&.'’-]*|of|and|the|for)\\s+){0,7}"
              + "(?i:logo|banner|icon))$");

  /** A weather widget's line: "Cloudy, a few flurries after 3 p.m. High 38, low 27." */
  static final Pattern WEATHER =
      Pattern.compile(
          "\\bhighs?(?: of| near| around)? -?\\d{1,3}°?[FC]?[,;.]? (?:and |with )?(?:a )?lows?"
              + "(?: of| near| around)? -?\\d{1,3}°?"
              + "|\\b(?:low|high) -?\\d{1,3}F\\. winds [NSEW]{1,3} at \\d",
          Pattern.CASE_INSENSITIVE);

  /** A sponsor's credit over a newsletter or a page: "Presented by Eastfield Credit Union". */
  static final Pattern SPONSOR =
      Pattern.compile(
          "^(?:(?:presented|sponsored|supported|brought to you|underwritten|powered) by"
              + "|(?:[\\p{L}' ]{1,30}\\s)?in association with)\\s+\\p{Lu}[^.!?]{0,60}$",
          Pattern.CASE_INSENSITIVE);

  /**
   * A teaser that links to its story or its page: "Main Street closes Saturday. Read more ›",
   * "Courses are running this winter. Find your nearest course >".
   */
  static final Pattern TEASER_LINK =
      Pattern.compile(
          "(?:\\b(?:read more|full story|continue reading|read the (?:full )?story)"
              + "|(?:^|[.!?]\\s+)(?:find|see|learn|book|apply|discover|explore|view)\\s[^.!?]{1,40}?)"
              + "\\s*[›»→>]+\\s*$",
          Pattern.CASE_INSENSITIVE);

  /**
   * A link's label with its arrow, no sentence: "Return to full list >>", "Upload dashcam footage
   * ›", "Back to News »".
   */
  static final Pattern ARROW_LINK = Pattern.compile("^[^.!?]{1,50}?\\s*(?:>>|[›»→])$");

  /**
   * A press release's note on when it may run: "For Immediate Release", "EMBARGOED UNTIL 00:01 GMT,
   * 4 December 2026".
   */
  static final Pattern RELEASE_TIMING =
      Pattern.compile("^(?i:for immediate release|embargoed (?:until|till)\\b.{0,60})\\.?$");

  /**
   * A page's note that a machine wrote the summary above it: "This summary was generated by AI and
   * reviewed by our editors."
   */
  static final Pattern MACHINE_SUMMARY_NOTE =
      Pattern.compile(
          "^(?i:this|the) (?i:summary|overview|recap)(?: above)? (?i:was|is|has been) (?i:generated"
              + "|created|written|produced) (?i:by|with|using) (?:AI\\b|(?i:artificial intelligence"
              + "|an? AI))");

  /** A page's request to rate what it shows: "Was this summary helpful? Yes / No". */
  static final Pattern RATE_THIS =
      Pattern.compile(
          "^(?i:(?:was|is) this (?:summary|article|story|page|answer) (?:helpful|useful)\\?"
              + "|did you find this (?:helpful|useful)\\?).{0,20}$");

  /** A social network's handle on a line of its own: "@dwhitcomb_news". */
  static final Pattern HANDLE_LINE = Pattern.compile("^@[A-Za-z0-9_.]{2,30}$");

  /**
   * Where a story split over pages goes on or came from, alone on its line: "Continued from page
   * 1", "Continued on next page".
   */
  static final Pattern PAGE_JUMP =
      Pattern.compile(
          "^(?i:continued (?:from|on) (?:(?:page|p\\.) ?\\w{1,3}|(?:the )?(?:next|previous) page))\\.?$");

  /**
   * A line of a page's own markup shown as text, as a republishing box prints the story's code: "
   *
   * <p>When the eviction papers …", "
   *
   * <h1>…</h1>
   *
   * ", "<iframe src=…>".
   */
  static final Pattern MARKUP_LINE =
      Pattern.compile("^<(?:p|h[1-6]|div|span|img|iframe|figure|script|a)(?:\\s[^>]*)?/?>.*");

  /** A link back to a list, without its arrow: "Back to News Releases", "Back to top". */
  static final Pattern BACK_LINK = Pattern.compile("^(?:Back|Return) to\\s+\\S[^.!?]{0,40}$");

  /**
   * A pointing sign before a link, as social posts print them: "👉 Full story and photos:
   * lakeshoreledger.com/…", "➡️ Read more: …".
   */
  static final Pattern POINTED_LINK = Pattern.compile("^(?:👉|➡️?|🔗|👇)\\s*\\S.*");

  /**
   * A line under a byline saying where the writers were: "Reporting from Jefferson City, Mo." (the
   * whole line, a place after it).
   */
  static final Pattern REPORTING_FROM =
      Pattern.compile("^Reporting from \\p{Lu}[\\p{L}.,'’ -]{0,50}$", Pattern.CASE_INSENSITIVE);

  /**
   * A wire story's note on what its new version adds, in brackets on a line of its own: "(Updates
   * with analyst comment in fifth paragraph.)", "(Adds quote from minister in paragraph 4)".
   */
  static final Pattern WIRE_UPDATE_NOTE =
      Pattern.compile(
          "^\\((?:Updates|Adds|Corrects|Recasts|Rewrites|Changes|Refiles|Removes|Fixes|Moves)"
              + "\\b[^()]{0,120}\\)\\.?$");

  /**
   * A page's disclaimer, labelled: "Disclaimer: The views and recommendations made above are those
   * of individual analysts…", "Disclaimer: AAAS and EurekAlert! are not responsible…".
   */
  static final Pattern DISCLAIMER = Pattern.compile("^(?i:disclaimer)\\s*:\\s*\\S");

  /** The most words of a labelled disclaimer. */
  static final int MAX_DISCLAIMER_WORDS = 80;

  /**
   * A writer's note to the copy desk left in a draft, in square brackets on a line of its own and
   * opened by a label in capitals and a colon: "[NOTE TO DESK: confirm spelling of …]", "[EDS:
   * photo to come]"; or a note on the story's pictures under its own label: "ART: Ortiz shot the
   * meeting …". It speaks to the newsroom, never to the reader, even where it quotes a spelling.
   */
  static final Pattern NEWSROOM_NOTE =
      Pattern.compile(
          "^\\[\\p{Lu}{2,}(?:[ -]\\p{Lu}{2,}){0,4}\\s*:[^\\[\\]]{1,400}\\]$"
              + "|^(?:ART|ARTWORK|ART NOTE|PHOTOS? NOTE|GRAPHICS? NOTE)\\s*:\\s*\\S.{0,300}$");

  /**
   * An editor's note that the story was updated ("Editor's note: This story has been updated with
   * comment from Fenwick."): a note on the page, not the story; a correction that goes on to tell
   * the fact ("… updated to correct the number of farms. It was nine, not 11.") is the story's and
   * is not matched.
   */
  static final Pattern STORY_UPDATE_NOTE =
      Pattern.compile(
          "^(?:editor[’']?s[’']? note\\s*[:.–—-]\\s*(?:this|the)|this)"
              + " (?:story|article|report|post|piece|appeal|release|page)"
              + " (?:has been|was|had been) updated\\b(?!.*\\bcorrect.*[.!?]\\s+\\S).*$",
          Pattern.CASE_INSENSITIVE);

  /**
   * A link as a plain-text email prints it, its address in angle brackets after its text: "• Why
   * towns are short on plow drivers (Lakeshore Public Media) <https://…>".
   */
  static final Pattern MAILED_LINK = Pattern.compile("<https?://[^\\s>]+>$");

  /** A web address: "marlowregister.com/subscribe", "https://…", "www.…". */
  static final Pattern WEB_ADDRESS =
      Pattern.compile(
          "\\b(?:https?://|www\\.)\\S+|\\b[\\w-]+\\.(?:com|org|net|co\\.uk|news|co|io)(?:/\\S*)?\\b");

  /** Phrases of page furniture that a sentence of the story may also use ("skip to the end"). */
  static final Pattern READER_PHRASES =
      Pattern.compile(
          "\\b(?:continue reading|skip (?:past|to)|click here|tap here|sign up here)\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * The label over another site's content set into the page: "Embedded content from
   * status.vantorra.cloud", "Content from X".
   */
  static final Pattern EMBED_LABEL =
      Pattern.compile("^(?i:embedded content|content|embed) from \\S.{0,60}$");

  /**
   * A line of a match's facts under its report, as sports pages print them: "Scorers: Tries: …",
   * "Replacements: 16 D Parry, …", "Referee: Huw Penhallow.", "Attendance: 4,312."; or a team's
   * line-up, numbers and names ("Llanferwen Harlequins: 15 G Morris; 14 O Harries, …"); or the
   * result heading the box ("Leith Mariners 3-2 Kelvin Vale").
   */
  static final Pattern MATCH_FACT =
      Pattern.compile(
          "^(?:(?i:scorers?|goals?|tries|cons|conversions|pens|penalties|drop goals?|replacements"
              + "|subs(?: not used)?|substitutes|bookings?|booked|sent off|sin[- ]bin(?:ned)?"
              + "|referee|attendance|venue|(?:man|player) of the match|line-?ups?|teams?)\\s*:"
              + "|[\\p{Lu}][^:]{1,40}:\\s+\\d{1,2}\\s+\\p{Lu}[^;]*(?:;[^;]+){2,}$"
              + "|\\p{Lu}[\\p{L}.'’ -]{1,40}\\s\\d{1,3}\\s?[-–]\\s?\\d{1,3}\\s\\p{Lu}[\\p{L}.'’ -]{1,40}$)");

  /**
   * A picture's or a document's download link under its caption: "Download image (JPG, 2.4 MB)",
   * "Download map (PDF, 1.2 MB)".
   */
  static final Pattern DOWNLOAD_LINK =
      Pattern.compile(
          "^Download\\s+(?:the\\s+|this\\s+)?[\\p{L} -]{2,30}\\s*\\("
              + "(?i:jpe?g|png|gif|tiff?|pdf|mp4|mp3|zip|docx?|pptx?|xlsx?)\\b[^)]{0,20}\\)$");

  /**
   * A document offered for download, its type and size in brackets after its name: "General
   * approach – Regulation on the Baltic Offshore Grid (PDF, 1.4 MB)".
   */
  static final Pattern FILE_LINK =
      Pattern.compile(
          "^\\S.{1,150}\\((?i:pdf|docx?|xlsx?|pptx?|odt|csv|zip|jpe?g|png|mp3|mp4),?\\s*"
              + "[\\d.,]+\\s*(?i:[kmg]b)\\)$");

  /** "Advertisement", "ADVERTISEMENT", "Advertisements": the marker over an ad. */
  static final Pattern ADVERTISEMENT =
      Pattern.compile("\\badvertisements?\\b", Pattern.CASE_INSENSITIVE);

  /**
   * The reader or the site as the subject: "you", "your", "we", "our", and "us" in lower case only
   * ("the US Federal Trade Commission" is a country).
   */
  static final Pattern READER_OR_SITE =
      Pattern.compile("\\b(?i:you|your|you're|you'll|we|we're|we'll|our)\\b|\\bus\\b");

  /** What a call to action offers the reader: "free", "now". */
  static final Pattern READER_OFFER = Pattern.compile("\\b(?i:free|now)\\b");

  /**
   * Labels that open a list of links to other stories ("Related", "Related service alerts", "Read
   * more:", "Most viewed", "Data sets related to this bulletin"), numbered as a report's sections
   * may be ("9. Related links").
   */
  static final Pattern RELATED_LABEL =
      Pattern.compile(
          "(?:\\d{1,2}\\.\\s+)?(?:related(?: [\\p{L}-]+){0,2}"
              + "|read (?:more|next|also)(?: from .{1,40}| on .{1,40}| about)?|also read|see also"
              + "|more (?:on|from|in|about) .{1,40}"
              + "|more (?:[\\p{L}-]+ ){0,2}(?:stories|news|coverage|headlines|galleries|videos"
              + "|previews|reports|picks|articles|reviews)"
              + "|most (?:popular|read|viewed|shared|watched)(?: .{1,30})?|trending(?: .{1,30})?"
              + "|recommended(?: for you| stories| reading)?|you (?:may|might) also like"
              + "|top stories|latest (?:news|stories|headlines)|explore more(?: .{1,40})?"
              + "|suggested topics|topics|tags|keywords|editor'?s picks|what to read next"
              + "|more information|filed in"
              + "|photo gallery(?: \\(click to enlarge\\))?|suggested for you"
              + "|in (?:this|other) news|(?:visual|photo|web) stories|more for you"
              + "|other stories(?: in (?:this|today'?s|this week'?s) (?:issue|edition))?"
              + "|don'?t miss|go deeper|popular (?:now|articles|stories)|classifieds|(?:our )?sources"
              + "|also interesting|further reading|(?:keep|continue) (?:exploring|reading)"
              + "|(?:[\\p{L}-]+ ){1,2}related to this \\p{L}+"
              + "|follow (?:related )?(?:authors|writers|topics)(?: and (?:authors|topics))?)"
              + "\\s*:?",
          Pattern.CASE_INSENSITIVE);

  /** Nouns of a newsroom job, said of the author in a byline ("Transport correspondent"). */
  static final Set<String> NEWSROOM_ROLES =
      Set.of(
          "reporter",
          "reporters",
          "staff",
          "correspondent",
          "correspondents",
          "editor",
          "editors",
          "writer",
          "writers",
          "columnist",
          "columnists",
          "contributor",
          "contributors",
          "producer",
          "producers",
          "journalist",
          "journalists",
          "photographer",
          "photographers",
          "critic",
          "analyst",
          "host");

  /** Words that make up a newsroom job with those nouns ("Senior", "Staff", "Contributing"). */
  static final Set<String> ROLE_MODIFIERS =
      Set.of(
          "staff",
          "bureau",
          "desk",
          "team",
          "chief",
          "senior",
          "contributing",
          "special",
          "associate",
          "deputy",
          "assistant",
          "intern",
          "fellow");

  /**
   * Words that stand before "by" in a byline and say the named people wrote the piece ("Story by",
   * "Opinion by"); other credits ("Edited by", "Photographs by") name no author.
   */
  static final List<String> BYLINE_LABELS =
      List.of(
          "written",
          "interview",
          "words",
          "reporting",
          "reported",
          "story",
          "opinion",
          "analysis",
          "commentary",
          "text",
          "article",
          "review");

  /**
   * Words a newspaper's or magazine's name ends with ("Lakeside Courier", "Hartford Sentinel"), or
   * an institution's news office's ("University Communications", "Public Affairs"), which no byline
   * name does.
   */
  static final Set<String> PUBLICATION_WORDS =
      Set.of(
          "news",
          "media", // a body's own newsroom: "WNFC Media"
          "times",
          "herald",
          "tribune",
          "gazette",
          "chronicle",
          "courier",
          "sentinel",
          "observer",
          "telegraph",
          "inquirer",
          "dispatch",
          "ledger",
          "bulletin",
          "journal",
          "magazine",
          "weekly",
          "daily",
          "examiner",
          "newspaper",
          "newspapers",
          "beacon",
          "post",
          "press",
          "record",
          "register",
          "globe",
          "mail",
          "express",
          "mirror",
          "monitor",
          "standard",
          "citizen",
          "enquirer",
          "advocate",
          "banner",
          // a paper's printing of the day: "First Edition", "Late Edition"
          "edition",
          // an institution's office that writes its news: "University Communications"
          "communications",
          "relations",
          "affairs");

  /**
   * True when {@code text} reports someone speaking: a speech verb of {@link
   * NewsLexicon#SPEECH_VERBS} in the past ("said", "told", "warned"), or in the third person after
   * a pronoun or a name that does not open the line ("she adds", "as Kuhn says"; "Key points" is a
   * noun; "it adds up" and "adds 3 bus routes" are no speech), or "according to". A line that does
   * is news, not a call to action, a field label or the site talking.
   */
  static boolean reportsSpeech(String text) {
    List<String> words = new java.util.ArrayList<>();
    Matcher w = WORD.matcher(text);
    while (w.find()) words.add(w.group());
    for (int index = 0; index < words.size(); index++) {
      String word = words.get(index);
      String previous = index > 0 ? words.get(index - 1) : "";
      String next = index + 1 < words.size() ? words.get(index + 1).toLowerCase(Locale.ROOT) : "";
      // "it adds up", "adds 3 bus routes", "added a stop": a thing added, not words
      boolean phrasal =
          next.equals("up")
              || word.toLowerCase(Locale.ROOT).startsWith("add")
                  && (ADDED_THINGS.contains(next)
                      || !next.isEmpty() && Character.isDigit(next.charAt(0)));
      if (NewsLexicon.isPastSpeechVerb(word) && !phrasal) return true;
      if (NewsLexicon.isFiniteSpeechVerb(word)
          && !phrasal
          && (SUBJECT_PRONOUNS.contains(previous.toLowerCase(Locale.ROOT))
              || index > 1 && Character.isUpperCase(previous.codePointAt(0)))) {
        return true;
      }
      if (previous.equalsIgnoreCase("according") && word.equalsIgnoreCase("to")) return true;
    }
    return false;
  }

  private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "it", "who", "they");

  private static final Pattern WORD = Pattern.compile("\\p{L}+|\\d[\\d.,]*");

  /** What follows "adds" when a thing is added, not words said: "adds a stop", "adds more". */
  private static final Set<String> ADDED_THINGS = Set.of("a", "an", "more", "new", "another");

  /** News agencies, each with the name to report it by. */
  static final Map<String, String> AGENCIES =
      Map.ofEntries(
          Map.entry("associated press", "Associated Press"),
          Map.entry("the associated press", "Associated Press"),
          Map.entry("ap", "Associated Press"),
          Map.entry("reuters", "Reuters"),
          Map.entry("thomson reuters", "Reuters"),
          Map.entry("agence france-presse", "Agence France-Presse"),
          Map.entry("afp", "AFP"),
          Map.entry("bloomberg", "Bloomberg"),
          Map.entry("bloomberg news", "Bloomberg"),
          Map.entry("pa media", "PA Media"),
          Map.entry("press association", "Press Association"),
          Map.entry("dpa", "dpa"),
          Map.entry("upi", "UPI"),
          Map.entry("united press international", "UPI"),
          Map.entry("xinhua", "Xinhua"),
          Map.entry("kyodo", "Kyodo"),
          Map.entry("kyodo news", "Kyodo"),
          Map.entry("yonhap", "Yonhap"),
          Map.entry("efe", "EFE"),
          Map.entry("ansa", "ANSA"),
          Map.entry("the canadian press", "The Canadian Press"),
          Map.entry("canadian press", "The Canadian Press"),
          Map.entry("aap", "AAP"),
          Map.entry("australian associated press", "AAP"),
          Map.entry("pti", "PTI"),
          Map.entry("ians", "IANS"),
          Map.entry("tnn", "TNN"),
          Map.entry("ani", "ANI"),
          Map.entry("anadolu", "Anadolu"),
          Map.entry("anadolu agency", "Anadolu Agency"),
          Map.entry("aa", "Anadolu Agency"),
          Map.entry("keystone-sda", "Keystone-SDA"),
          Map.entry("keystone-ats", "Keystone-ATS"),
          Map.entry("sda", "SDA"),
          Map.entry("tass", "TASS"),
          Map.entry("interfax", "Interfax"),
          Map.entry("dow jones", "Dow Jones"));

  /**
   * The agency this text names, as {@link #AGENCIES} reports it; else the text itself when it is an
   * agency's name by its last words ("Larchfield Press Agency", "Norda News Service"); or null.
   */
  static String agency(String text) {
    String known = AGENCIES.get(text.strip().toLowerCase(Locale.ROOT));
    if (known != null) return known;
    return AGENCY_NAME.matcher(text.strip()).matches() ? text.strip() : null;
  }

  /** A name that calls itself an agency: capitalised words, then "Press Agency", "News Service"… */
  private static final Pattern AGENCY_NAME =
      Pattern.compile(
          "^(?:The\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,3}\\s+"
              + "(?:News|Press)\\s+(?:Agency|Association|Service)$");

  /** True when the word, lower-cased and stripped of punctuation, is a byline role word. */
  static boolean isRoleWord(String word) {
    String w = word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
    return NEWSROOM_ROLES.contains(w) || ROLE_MODIFIERS.contains(w);
  }

  /** True when the word, lower-cased and stripped of punctuation, is a newsroom job noun. */
  static boolean isNewsroomRole(String word) {
    return NEWSROOM_ROLES.contains(word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", ""));
  }
}
