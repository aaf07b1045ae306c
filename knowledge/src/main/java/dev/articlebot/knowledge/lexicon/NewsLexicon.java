package dev.articlebot.knowledge.lexicon;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Closed word classes of English news prose that attribution depends on: speech verbs, titles and
 * role nouns, function words, and words that mark a capitalised phrase as a place, an organisation
 * or a date rather than a person. General vocabulary, not names from any article.
 */
public final class NewsLexicon {

  private NewsLexicon() {}

  private static Set<String> words(String... lines) {
    return Set.copyOf(Arrays.asList(String.join(" ", lines).split(" ")));
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new java.util.HashSet<>(a);
    out.addAll(b);
    return Set.copyOf(out);
  }

  /** Phrases separated by commas: "known as, the term". */
  private static Set<String> phrases(String... lines) {
    Set<String> out = new java.util.HashSet<>();
    for (String p : String.join(",", lines).split(",")) {
      if (!p.isBlank()) out.add(p.strip());
    }
    return Set.copyOf(out);
  }

  @SafeVarargs
  private static Set<String> union(Set<String>... sets) {
    Set<String> out = new java.util.HashSet<>();
    for (Set<String> set : sets) out.addAll(set);
    return Set.copyOf(out);
  }

  // ---------------------------------------------------------------------------------------------
  // Quote attribution (branch quote-fixes): one list per concept, read by quote/ and by the lists
  // below that are made of them. Defined first so that those lists can use them.
  // ---------------------------------------------------------------------------------------------

  /** Days of the week, in lower case. */
  public static final Set<String> WEEKDAYS =
      words("monday tuesday wednesday thursday friday saturday sunday");

  /** Months in calendar order, in lower case. */
  public static final java.util.List<String> MONTHS_IN_ORDER =
      java.util.List.of(
          "january february march april may june july august september october november december"
              .split(" "));

  /** Months, in lower case. */
  public static final Set<String> MONTHS = Set.copyOf(MONTHS_IN_ORDER);

  /** News agencies by the names they go by, in lower case, each with the name to report it by. */
  public static final java.util.Map<String, String> NEWS_AGENCIES =
      java.util.Map.ofEntries(
          java.util.Map.entry("associated press", "Associated Press"),
          java.util.Map.entry("the associated press", "Associated Press"),
          java.util.Map.entry("ap", "Associated Press"),
          java.util.Map.entry("reuters", "Reuters"),
          java.util.Map.entry("thomson reuters", "Reuters"),
          java.util.Map.entry("agence france-presse", "Agence France-Presse"),
          java.util.Map.entry("afp", "AFP"),
          java.util.Map.entry("bloomberg", "Bloomberg"),
          java.util.Map.entry("bloomberg news", "Bloomberg"),
          java.util.Map.entry("pa media", "PA Media"),
          java.util.Map.entry("press association", "Press Association"),
          java.util.Map.entry("dpa", "dpa"),
          java.util.Map.entry("upi", "UPI"),
          java.util.Map.entry("united press international", "UPI"),
          java.util.Map.entry("xinhua", "Xinhua"),
          java.util.Map.entry("kyodo", "Kyodo"),
          java.util.Map.entry("kyodo news", "Kyodo"),
          java.util.Map.entry("yonhap", "Yonhap"),
          java.util.Map.entry("efe", "EFE"),
          java.util.Map.entry("ansa", "ANSA"),
          java.util.Map.entry("the canadian press", "The Canadian Press"),
          java.util.Map.entry("canadian press", "The Canadian Press"),
          java.util.Map.entry("aap", "AAP"),
          java.util.Map.entry("australian associated press", "AAP"),
          java.util.Map.entry("pti", "PTI"),
          java.util.Map.entry("ani", "ANI"),
          java.util.Map.entry("anadolu", "Anadolu"),
          java.util.Map.entry("tass", "TASS"),
          java.util.Map.entry("interfax", "Interfax"),
          java.util.Map.entry("dow jones", "Dow Jones"));

  /** The agencies whose name is one word ("reuters", "xinhua"): a name that holds one is theirs. */
  private static Set<String> oneWordAgencies() {
    Set<String> out = new java.util.HashSet<>();
    for (String name : NEWS_AGENCIES.keySet()) {
      if (!name.contains(" ")) out.add(name);
    }
    out.add("associated"); // "the Associated Press"
    return Set.copyOf(out);
  }

  /**
   * Pronouns for no one thing or person in particular: "nothing suggested …" is nobody's report.
   */
  public static final Set<String> INDEFINITE_PRONOUNS =
      words("nothing something anything everything none nobody");

  /** Forms of address that say nothing about what a person does ("Mr", "Dr", "Dame"). */
  public static final Set<String> HONORIFICS =
      words("Mr Mrs Ms Miss Mx Dr Prof Dame Sir", "Datuk Datin Dato Seri Tun Puan Encik");

  /**
   * Titles written short with a full stop ("Capt.", "Cllr."), each with the word it stands for in
   * lower case (the short form itself when it stands for no other word: "Mr").
   */
  public static final java.util.Map<String, String> TITLE_ABBREVIATIONS =
      java.util.Map.ofEntries(
          java.util.Map.entry("Mr", "mr"),
          java.util.Map.entry("Mrs", "mrs"),
          java.util.Map.entry("Ms", "ms"),
          java.util.Map.entry("Dr", "doctor"),
          java.util.Map.entry("Prof", "professor"),
          java.util.Map.entry("Sen", "senator"),
          java.util.Map.entry("Rep", "representative"),
          java.util.Map.entry("Gov", "governor"),
          java.util.Map.entry("Gen", "general"),
          java.util.Map.entry("Lt", "lieutenant"),
          java.util.Map.entry("Col", "colonel"),
          java.util.Map.entry("Sgt", "sergeant"),
          java.util.Map.entry("Capt", "captain"),
          java.util.Map.entry("Adm", "admiral"),
          java.util.Map.entry("Rev", "reverend"),
          java.util.Map.entry("Supt", "superintendent"),
          java.util.Map.entry("Det", "detective"),
          java.util.Map.entry("Cllr", "councillor"),
          java.util.Map.entry("Cr", "councillor"),
          java.util.Map.entry("Coun", "councillor"),
          java.util.Map.entry("Ald", "alderman"),
          java.util.Map.entry("St", "saint"));

  /** Roles written as their initials, and what they stand for: "the CEO" is the chief executive. */
  public static final Map<String, String> ROLE_INITIALS =
      Map.of(
          "ceo", "chief executive",
          "cfo", "chief financial officer",
          "coo", "chief operating officer",
          "cto", "chief technology officer",
          "md", "managing director",
          "mp", "member of parliament");

  /** The word a title abbreviation stands for, in any case ("capt" gives "captain"), or null. */
  public static String spelledOut(String abbreviation) {
    for (var e : TITLE_ABBREVIATIONS.entrySet()) {
      if (e.getKey().equalsIgnoreCase(abbreviation)) return e.getValue();
    }
    return null;
  }

  /** Lower-case modifiers that make a lesser office of a role: a vice president is no president. */
  public static final Set<String> SUBORDINATE_MODIFIERS = words("vice deputy assistant associate");

  /**
   * Lower-case words that may stand inside a role before a name without being a role noun ("former
   * foreign minister", "acting chief executive", "staff writer").
   */
  public static final Set<String> ROLE_MODIFIERS =
      union(
          SUBORDINATE_MODIFIERS,
          words(
              "former acting senior chief interim outgoing incoming then new top foreign defense",
              "defence trade state national security commerce finance economic military general",
              "executive managing founding special lead staff contributing"));

  /** The three words for someone who speaks for an organisation. */
  public static final Set<String> SPOKES_NOUNS = words("spokesperson spokesman spokeswoman");

  /** The words for whoever chairs a body, and the verb ("who chairs the users' group"). */
  public static final Set<String> CHAIR_WORDS =
      words("chair chairman chairwoman chairperson chairs");

  /** Texts that "say" or "call for" things and that no pronoun for a person refers back to. */
  public static final Set<String> DOCUMENT_NOUNS =
      words(
          "plan bill law proposal budget contract agreement ordinance measure rule policy order",
          "report study survey map schedule design draft treaty resolution amendment");

  /** Words before a role that make it another, lower one: a deputy minister is not the minister. */
  public static final Set<String> LOWER_RANKS =
      words("deputy vice assistant associate junior under sub shadow");

  /** Pronouns that refer to a woman, to a man, to either, and to a thing or an organisation. */
  public static final Set<String> FEMALE_PRONOUNS = words("she her hers");

  public static final Set<String> MALE_PRONOUNS = words("he him his");

  public static final Set<String> PERSONAL_PRONOUNS = union(FEMALE_PRONOUNS, MALE_PRONOUNS);

  public static final Set<String> IMPERSONAL_PRONOUNS = words("it its");

  /** Pronouns that name an owner: "his home", "her father". */
  public static final Set<String> POSSESSIVE_PRONOUNS = words("his her hers");

  /** Participles that work as prepositions: "…, including a woman who …" continues the clause. */
  public static final Set<String> PREPOSITIONAL_PARTICIPLES =
      words(
          "including excluding regarding concerning following during pending notwithstanding",
          "considering barring");

  /**
   * Prepositions of place ({@link #LOCATIVES}) that also follow verbs aimed at people ("took aim
   * at", "pressure on", "called on"): a name after one is only weakly a place.
   */
  public static final Set<String> FIGURATIVE_LOCATIVES = words("at on off via");

  /**
   * Prepositions of a short phrase after a name that says where the person is from ("Ana Lim of the
   * research firm Brightwave", "Tom Iles at the Harbour Trust").
   */
  public static final Set<String> POST_MODIFIERS = words("of at from with");

  /**
   * Lower-case participles that end a compound adjective made from a name ("Leeds-based",
   * "Paris-listed", "Kremlin-backed", "London-born"): such a word describes what follows it and is
   * no word of a name. Korean given names ("Min-ho", "Jong-un") end otherwise.
   */
  public static final Set<String> COMPOUND_ADJECTIVE_TAILS =
      words(
          "based born bred raised educated trained backed owned run led listed made funded",
          "controlled headquartered registered founded linked allied aligned affiliated style");

  /**
   * Tails of {@link #COMPOUND_ADJECTIVE_TAILS} said of companies, not of people ("Leeds-based").
   */
  public static final Set<String> ORGANISATION_COMPOUND_TAILS =
      words("based listed headquartered registered owned");

  /**
   * The lower-case tail of a capitalised compound adjective ("based" of "Leeds-based"), or "" when
   * the word is none.
   */
  public static String compoundAdjectiveTail(String word) {
    int dash = word.lastIndexOf('-');
    if (dash <= 0 || dash == word.length() - 1) return "";
    String tail = word.substring(dash + 1);
    return COMPOUND_ADJECTIVE_TAILS.contains(tail) ? tail : "";
  }

  // ---------------------------------------------------------------------------------------------
  // End of the quote attribution additions.
  // ---------------------------------------------------------------------------------------------

  /** What a speech verb needs in order to report speech, and what it reports. */
  public enum SpeechKind {
    /** Its finite forms report a clause without "that": "said the plan would …". */
    BARE_CLAUSE,
    /** Reports no clause, with or without "that": "asked", "urged", "quipped". */
    NO_CLAUSE,
    /**
     * Its object is the listener, never the speaker: in "…, told Radio Vale" the radio station did
     * not speak.
     */
    LISTENER,
    /** Reports speech only with "on" or "for" after it: "called on", "calls for". */
    WITH_ON_OR_FOR,
    /** Reports speech only with "out" after it: "points out that …". */
    WITH_OUT,
    /** Reports speech only without an object: "she recalled", not "recalling its laptops". */
    WITHOUT_OBJECT,
    /** Reports a description: "described the plan as reckless". */
    DESCRIBES,
    /** Reports a commitment, its infinitive what was committed to: "promised to name …". */
    COMMITS,
    /** Reports speech only with "that" after it: "estimated that …", not "estimated the cost". */
    WITH_THAT,
    /** Reports no speech before "up" or "to": "the savings add up", "added to the pressure". */
    NOT_BEFORE_UP_OR_TO
  }

  /**
   * A speech verb: its forms (base, third person, past, present participle; "-" for a form it does
   * not report speech in) and what kind of report it makes.
   */
  private record SpeechVerb(List<String> forms, Set<SpeechKind> kinds) {
    /** The forms that are finite: third person and past. */
    List<String> finite() {
      return forms.subList(1, 3);
    }
  }

  private static SpeechVerb verb(String forms, SpeechKind... kinds) {
    List<String> f = Arrays.asList(forms.split(" "));
    if (f.size() != 4) throw new IllegalArgumentException("four forms: " + forms);
    return new SpeechVerb(f, kinds.length == 0 ? Set.of() : Set.of(kinds));
  }

  /** Every speech verb, once, with its kinds: the one list the sets below are views of. */
  private static final List<SpeechVerb> SPEECH =
      List.of(
          verb("say says said saying", SpeechKind.BARE_CLAUSE),
          verb("tell tells told telling", SpeechKind.LISTENER),
          verb("add adds added adding", SpeechKind.BARE_CLAUSE, SpeechKind.NOT_BEFORE_UP_OR_TO),
          verb("write writes wrote writing", SpeechKind.BARE_CLAUSE),
          verb("note notes noted noting", SpeechKind.BARE_CLAUSE),
          verb("argue argues argued arguing", SpeechKind.BARE_CLAUSE),
          verb("stress stresses stressed stressing", SpeechKind.BARE_CLAUSE),
          verb("explain explains explained explaining", SpeechKind.BARE_CLAUSE),
          verb("insist insists insisted insisting", SpeechKind.BARE_CLAUSE),
          verb("warn warns warned warning", SpeechKind.BARE_CLAUSE),
          verb("claim claims claimed claiming", SpeechKind.BARE_CLAUSE),
          verb("suggest suggests suggested suggesting", SpeechKind.BARE_CLAUSE),
          verb("predict predicts predicted predicting", SpeechKind.BARE_CLAUSE),
          verb("acknowledge acknowledges acknowledged acknowledging", SpeechKind.BARE_CLAUSE),
          verb("admit admits admitted admitting", SpeechKind.BARE_CLAUSE),
          verb("confirm confirms confirmed confirming", SpeechKind.BARE_CLAUSE),
          verb("reveal reveals revealed -", SpeechKind.BARE_CLAUSE),
          verb("- - disclosed -", SpeechKind.BARE_CLAUSE),
          verb("- - cautioned -", SpeechKind.BARE_CLAUSE),
          verb("ask asks asked -", SpeechKind.NO_CLAUSE),
          verb("urge urges urged urging", SpeechKind.NO_CLAUSE),
          verb("hail hails hailed hailing", SpeechKind.NO_CLAUSE),
          verb("reply replies replied replying", SpeechKind.NO_CLAUSE),
          verb("respond responds responded -", SpeechKind.NO_CLAUSE),
          verb("- - answered -", SpeechKind.NO_CLAUSE),
          verb("- - continued -", SpeechKind.NO_CLAUSE),
          verb("- - remarked -", SpeechKind.NO_CLAUSE),
          verb("- - commented -", SpeechKind.NO_CLAUSE),
          verb("- - quipped -", SpeechKind.NO_CLAUSE),
          verb("- - joked -", SpeechKind.NO_CLAUSE),
          verb("- - exclaimed -", SpeechKind.NO_CLAUSE),
          verb("- - recounted -", SpeechKind.NO_CLAUSE),
          verb("- - proposed -", SpeechKind.NO_CLAUSE),
          verb("- - demanded -", SpeechKind.NO_CLAUSE),
          verb("- - tweeted -", SpeechKind.NO_CLAUSE),
          verb(
              "describe describes described describing",
              SpeechKind.NO_CLAUSE,
              SpeechKind.DESCRIBES),
          verb("call calls called calling", SpeechKind.NO_CLAUSE, SpeechKind.WITH_ON_OR_FOR),
          verb("point points pointed pointing", SpeechKind.WITH_OUT),
          verb("recall recalls recalled recalling", SpeechKind.WITHOUT_OBJECT),
          verb("declare declares declared declaring"),
          verb("- - stated -"),
          verb("conclude concludes concluded concluding"),
          verb("pledge pledges pledged pledging", SpeechKind.COMMITS),
          verb("vow vows vowed vowing", SpeechKind.COMMITS),
          verb("promise promises promised promising", SpeechKind.COMMITS),
          verb("emphasize emphasizes emphasized emphasizing"),
          verb("emphasise emphasises emphasised emphasising"),
          verb("reiterate reiterates reiterated reiterating"),
          verb("- - observed -"),
          verb("announce announces announced announcing"),
          verb("contend contends contended -"),
          verb("assert asserts asserted -"),
          verb("- - testified -"),
          verb("- - complained -"),
          verb("accuse accuses accused -", SpeechKind.NO_CLAUSE),
          verb("- - signalled signalling"),
          verb("- - signaled signaling"),
          verb("estimate estimates estimated -", SpeechKind.WITH_THAT),
          verb("reckon reckons reckoned -", SpeechKind.WITH_THAT),
          verb("concede concedes conceded conceding", SpeechKind.WITH_THAT));

  private static Set<String> speechForms(SpeechKind kind, boolean finiteOnly) {
    Set<String> out = new java.util.HashSet<>();
    for (SpeechVerb v : SPEECH) {
      if (kind != null && !v.kinds().contains(kind)) continue;
      out.addAll(finiteOnly ? v.finite() : v.forms());
    }
    out.remove("-");
    return Set.copyOf(out);
  }

  /** Every form of every speech verb ("said", "told", "urged", "hailing"). */
  public static final Set<String> SPEECH_VERBS = speechForms(null, false);

  /** The forms of {@link SpeechKind#LISTENER} verbs. */
  public static final Set<String> ADDRESSING_VERBS = speechForms(SpeechKind.LISTENER, false);

  /** The forms of {@link SpeechKind#WITH_ON_OR_FOR} verbs. */
  public static final Set<String> NEEDS_PARTICLE = speechForms(SpeechKind.WITH_ON_OR_FOR, false);

  /** The forms of {@link SpeechKind#WITH_OUT} verbs. */
  public static final Set<String> NEEDS_OUT = speechForms(SpeechKind.WITH_OUT, false);

  /** The forms of {@link SpeechKind#NOT_BEFORE_UP_OR_TO} verbs. */
  public static final Set<String> NOT_BEFORE_UP_OR_TO =
      speechForms(SpeechKind.NOT_BEFORE_UP_OR_TO, false);

  /** The forms of {@link SpeechKind#WITH_THAT} verbs. */
  public static final Set<String> NEEDS_THAT = speechForms(SpeechKind.WITH_THAT, false);

  /** The forms of {@link SpeechKind#WITHOUT_OBJECT} verbs. */
  public static final Set<String> NO_OBJECT = speechForms(SpeechKind.WITHOUT_OBJECT, false);

  /** The forms of {@link SpeechKind#DESCRIBES} verbs. */
  public static final Set<String> DESCRIBING = speechForms(SpeechKind.DESCRIBES, false);

  /** The forms of {@link SpeechKind#NO_CLAUSE} verbs. */
  public static final Set<String> NOT_REPORTING = speechForms(SpeechKind.NO_CLAUSE, false);

  /** The finite forms of {@link SpeechKind#COMMITS} verbs ("promised", "vows"). */
  public static final Set<String> COMMITTING = speechForms(SpeechKind.COMMITS, true);

  /** The finite forms of {@link SpeechKind#BARE_CLAUSE} verbs ("said", "argues"). */
  public static final Set<String> BARE_REPORTING = speechForms(SpeechKind.BARE_CLAUSE, true);

  /**
   * Verbs that report a finding or ruling, only with "that" and a person as subject: "Judge Ana Lim
   * found that the city relied on …", "the judge ruled that …".
   */
  public static final Set<String> FINDING_VERBS = words("found finds ruled rules determined");

  /**
   * Common irregular past tenses: with auxiliaries and modals, what tells a bare reported clause
   * ("said trade fell by a third") from a phrase ("said in a statement").
   */
  public static final Set<String> IRREGULAR_PAST =
      words(
          "was were had did fell rose grew won lost made took gave went came saw knew thought",
          "told found left kept felt began ran paid sold bought brought built met sent spent",
          "stood understood became held led meant put set cut hit hurt let shut spread struck",
          "wrote spoke broke chose drove forgot froze got hid rode shook stole swore threw woke",
          "wore");

  /** Pronouns that can only be the subject of a clause: "said she expects …". */
  public static final Set<String> SUBJECT_PRONOUNS = words("i we you he she it they");

  /** The speaker's own voice: "I", "we" and their other forms. */
  public static final Set<String> FIRST_PERSON_PRONOUNS = words("i me my mine we us our ours");

  /** Words that open a clause fronted before the main one: "If the levy passes, …". */
  public static final Set<String> SUBORDINATORS =
      words("if unless when once although though while because until");

  /** Words that open an amount ("about 70% of the staff"), not a prepositional phrase. */
  public static final Set<String> APPROXIMATORS =
      words("about around roughly nearly almost some over");

  /** Object pronouns and listeners after "told": "told me she believes …", "told reporters". */
  public static final Set<String> LISTENERS =
      words("me us him her them you reporters journalists lawmakers investors analysts");

  /** Nouns for an audience after "told the" or "told a": "told the board", "told a hearing". */
  public static final Set<String> AUDIENCES =
      words(
          "press media court board council committee audience crowd jury hearing panel inquiry",
          "conference briefing parliament senate assembly meeting station newspaper paper",
          "programme program show broadcaster agency");

  /** Nouns of time after "last", "this", "on": "last week", "this month", "on Monday". */
  public static final Set<String> TIME_NOUNS =
      words("week month year night morning afternoon evening");

  /** The months' abbreviations ("Jan", "Sept"), in lower case. */
  public static final Set<String> MONTH_ABBREVIATIONS =
      words("jan feb mar apr jun jul aug sep sept oct nov dec");

  /** The weekdays' abbreviations ("Tue", "Thurs"), in lower case. */
  public static final Set<String> WEEKDAY_ABBREVIATIONS =
      words("mon tue tues wed thu thur thurs fri sat sun");

  /** Words that mark the time of a statement, skipped before a reported clause. */
  public static final Set<String> TIME_WORDS =
      union(WEEKDAYS, words("yesterday today tonight earlier later afterward afterwards recently"));

  /** Capitalised titles that stand before a name ("President", "Senator", "Dr"). */
  public static final Set<String> TITLES =
      union(
          HONORIFICS,
          words(
              "President Vice Premier Minister Secretary Senator Sen Representative Rep Governor",
              "Gov Mayor Chairman Chairwoman Chairperson Ambassador General Gen Admiral Adm Colonel",
              "Col Lieutenant Lt Sergeant Sgt Captain Capt Commander Doctor Professor Supt Det Cllr Coun Cr",
              "Lord Lady Judge Justice Chancellor King Queen Prince",
              "Princess Pope Dean Director Commissioner Councillor Councilor Councilman",
              "Councilwoman Congressman Congresswoman Spokesperson Spokesman Spokeswoman Sheriff",
              "Coach Chief Rev Reverend Rabbi Imam Deputy Envoy Treasurer Speaker Chair CEO",
              "Councilmember Alderman Alderwoman Ald Superintendent Inspector Detective Constable",
              "Bishop Archbishop Cardinal Father Major Corporal Trooper Marshal Supervisor MP MSP",
              "MEP MLA Pro Tem Tempore Taoiseach Tánaiste TD Eng",
              // the end of "Special Agent in Charge", which the lower-case "in" cuts from its start
              "Charge"));

  /**
   * Titles that name an office and never end a person's name ("Ogun State Governor", "Senior
   * Minister"); "King", "Major" and "Judge" are also surnames.
   */
  public static final Set<String> OFFICE_TITLES =
      words(
          "President Premier Minister Secretary Senator Governor Mayor Chairman Chairwoman",
          "Chairperson Ambassador Commissioner Councillor Councilor Superintendent Sheriff",
          "Treasurer Director Taoiseach Tánaiste");

  /** Nouns that describe what a person is ("spokesperson", "professor", "counterpart"). */
  public static final Set<String> ROLE_NOUNS =
      words(
          "master spokesperson spokesman spokeswoman economist analyst professor scholar researcher",
          "director chairman chairwoman chair president minister secretary official diplomat",
          "envoy ambassador lawmaker senator governor mayor ceo founder author writer columnist",
          "commentator reporter journalist editor historian expert adviser advisor strategist",
          "lawyer attorney engineer scientist doctor physician nurse coach player activist",
          "candidate leader chief head member counterpart colleague wife husband son daughter",
          "mother father brother sister resident owner manager executive dean fellow lecturer",
          "student teacher pilot officer general admiral commander councillor councilor",
          "councilman councilwoman congressman congresswoman representative deputy vice premier",
          "chancellor judge prosecutor partner principal worker farmer designer architect",
          "investor banker trader consultant specialist sociologist physicist chemist biologist",
          "veteran sheriff treasurer auditor planner organizer organiser negotiator delegate",
          "king queen prince princess businessman businesswoman entrepreneur captain skipper",
          "goalkeeper defender midfielder striker winger substitute operator driver fisherman",
          "mediator regulator councilmember alderman supervisor inspector firefighter paramedic",
          "surgeon pharmacist librarian detective constable superintendent commissioner trustee",
          "co-author administrator coordinator volunteer campaigner protester neighbor neighbour",
          "landlord tenant renter homeowner shopkeeper chef proprietor retiree pensioner",
          "technician mechanic electrician plumber clerk cashier waiter waitress bartender",
          "rancher miner employee staffer aide pundit critic novelist poet artist",
          "musician singer actor actress filmmaker photographer presenter correspondent",
          "blogger academic statistician pollster lobbyist chairperson magistrate coroner",
          "solicitor barrister counsel priest pastor vicar soldier sergeant trooper referee",
          "athlete boxer golfer contributor producer intern host shopper customer passenger",
          "commuter motorist cyclist pedestrian witness bystander survivor patient parent",
          "grandmother grandfather grandparent spectator visitor tourist traveller traveler",
          "legislator parliamentarian mp mep mla msp mpp provost registrar rector deckhand",
          "crewman sailor niece nephew uncle aunt cousin grandson granddaughter plaintiff",
          "defendant claimant appellant petitioner quarterback receiver linebacker cornerback",
          "kicker punter pitcher catcher shortstop outfielder infielder batsman bowler",
          "wicketkeeper jockey trainer boss cfo coo cto widow widower meteorologist forecaster",
          "hydrologist geologist glaciologist climatologist seismologist volcanologist arbitrator",
          "arbiter adjudicator ombudsman ombudsperson");

  /**
   * Members of a legislature, whom a story calls "the lawmaker" or "the legislator" after naming
   * their seat ("Sen. Danladi", "Rep. Ortiz", "the MP for Leeds Central").
   */
  public static final Set<String> LEGISLATORS =
      words(
          "lawmaker legislator parliamentarian senator representative congressman congresswoman",
          "congressmember assemblyman assemblywoman assemblymember mp mep mla msp mpp");

  /** The nouns for any member of a legislature, whatever their seat. */
  public static final Set<String> ANY_LEGISLATOR = words("lawmaker legislator parliamentarian");

  /** Role nouns that say whose relative someone is, not what they do. */
  public static final Set<String> KINSHIP =
      words(
          "wife husband son daughter mother father brother sister widow widower partner niece",
          "nephew uncle aunt cousin grandson granddaughter");

  /** Role nouns that tell a person's gender. */
  public static final Set<String> FEMALE_NOUNS =
      words(
          "spokeswoman chairwoman councilwoman congresswoman businesswoman wife mother daughter",
          "sister queen princess mrs ms miss dame lady");

  public static final Set<String> MALE_NOUNS =
      words(
          "spokesman chairman councilman congressman businessman husband father son brother",
          "king prince mr sir lord");

  /** Verbs a reader asks someone's view with: "what did X think of …?". */
  public static final Set<String> OPINION_VERBS =
      words(
          "think thinks thought believe believes believed feel feels felt view views viewed",
          "see sees saw mean means meant want wants wanted expect expects expected");

  /** Verbs a reader asks how someone answered with: "how did X react?". */
  public static final Set<String> REACTION_VERBS =
      words("react reacts reacted respond responds responded");

  /** Verbs a reader asks whether someone spoke of something with: "did X mention …?". */
  public static final Set<String> DISCUSSION_VERBS =
      words(
          "discuss discusses discussed mention mentions mentioned talk talks talked speak speaks",
          "spoke raise raises raised address addresses addressed comment comments commented");

  /** Numbers written as words, by their value: "two-year" holds the figure 2. */
  public static final java.util.Map<String, String> NUMBER_WORDS =
      java.util.Map.ofEntries(
          java.util.Map.entry("one", "1"),
          java.util.Map.entry("two", "2"),
          java.util.Map.entry("three", "3"),
          java.util.Map.entry("four", "4"),
          java.util.Map.entry("five", "5"),
          java.util.Map.entry("six", "6"),
          java.util.Map.entry("seven", "7"),
          java.util.Map.entry("eight", "8"),
          java.util.Map.entry("nine", "9"),
          java.util.Map.entry("ten", "10"),
          java.util.Map.entry("eleven", "11"),
          java.util.Map.entry("twelve", "12"),
          java.util.Map.entry("thirteen", "13"),
          java.util.Map.entry("fourteen", "14"),
          java.util.Map.entry("fifteen", "15"),
          java.util.Map.entry("sixteen", "16"),
          java.util.Map.entry("seventeen", "17"),
          java.util.Map.entry("eighteen", "18"),
          java.util.Map.entry("nineteen", "19"),
          java.util.Map.entry("twenty", "20"),
          java.util.Map.entry("thirty", "30"),
          java.util.Map.entry("forty", "40"),
          java.util.Map.entry("fifty", "50"),
          java.util.Map.entry("sixty", "60"),
          java.util.Map.entry("seventy", "70"),
          java.util.Map.entry("eighty", "80"),
          java.util.Map.entry("ninety", "90"),
          java.util.Map.entry("hundred", "100"));

  /** Words that negate a clause; "n't" is read as one too. */
  public static final Set<String> NEGATIONS = words("not never no none neither nor without cannot");

  /** Articles, prepositions, conjunctions, pronouns, auxiliaries and sentence adverbs. */
  public static final Set<String> FUNCTION_WORDS =
      words(
          "a an the and or but nor of in on at to for from with by as that this these those his",
          "her its their our my your he she it they we i you who whom whose which what when",
          "where why how while since after before during about than then also not no if so",
          "because although though however meanwhile notably likewise moreover still yet even",
          "only just now today yesterday tonight right both all some many most more such there",
          "here according is are was were be been being has have had will would can could",
          "should may might must did do does into over under between among through across",
          "against without within upon until via per like unlike once every each any either",
          "neither another other instead indeed already again later earlier first last next",
          "asked given following whether");

  /** Words that may stand between a subject and its speech verb ("Lim has repeatedly said"). */
  public static final Set<String> ADVERBS =
      words(
          "also has have had is was repeatedly once later then first further previously",
          "recently again already often long reportedly publicly separately earlier bluntly",
          "flatly simply still even never ever frequently quickly quietly would will did does",
          "do not just too");

  /**
   * Adverbs of frequency, which stand between a subject and its verb in the present tense ("crews
   * often finish …", "prices still rise"): a word after one is a verb.
   */
  public static final Set<String> FREQUENCY_ADVERBS =
      words(
          "often usually always never rarely seldom sometimes routinely typically regularly",
          "frequently still");

  /**
   * Whether a word in lower case is a finite verb by its form alone: an auxiliary or a modal
   * ({@link #FINITE_AUXILIARIES}) or an irregular past ({@link #IRREGULAR_PAST}: "fell", "told").
   */
  public static boolean isFiniteVerbForm(String lower) {
    return FINITE_AUXILIARIES.contains(lower) || IRREGULAR_PAST.contains(lower);
  }

  /** Auxiliaries and modals: a segment that has one is a clause, not an appositive. */
  public static final Set<String> FINITE_AUXILIARIES =
      words(
          "is are was were will would can could should must may might has have had does did do",
          "shall");

  /** The forms of "be": before a past participle they make a passive ("it was announced"). */
  public static final Set<String> BE_FORMS = words("is are was were be been being");

  /** Verbs that deny a report before "to": "declined to say", "refused to comment". */
  public static final Set<String> DECLINING = words("declined declines refused refuses");

  /** Words that end a verb phrase: "told the press [that] ...", "said [would] usher in". */
  public static final Set<String> CLAUSE_STOPS =
      words(
          "that which who whom would will could should can may might must is are was were and",
          "but because while as if whether adding arguing saying noting reiterating stressing");

  /** Words that can open a reported clause after "said" without "that". */
  public static final Set<String> CLAUSE_STARTERS =
      words(
          "the a an it he she they we i his her its their our this these those there some many",
          "most all no nobody everyone every each both any such one two none");

  /** The articles: "a", "an", "the". */
  public static final Set<String> ARTICLES = words("a an the");

  /** Words that open a noun phrase: "a", "the", "its", "of" (as in "a trial of ‘x’ pricing"). */
  public static final Set<String> DETERMINERS =
      words("a an the of its their his her our your this these those that every each");

  /** Quoted words followed by one of these name a thing: the “non-alignment” principle. */
  public static final Set<String> META_NOUNS =
      words(
          "principle concept agenda policy strategy slogan doctrine label rhetoric narrative",
          "brand branding term idea approach framework campaign movement tag catchphrase motto",
          "mantra theory model initiative rule formula program programme plan project");

  /**
   * Words before quoted words that mark them as a name or a term ("the so-called “G2”", "a placard
   * reading “Born in a car”").
   */
  public static final Set<String> TERM_MARKERS =
      words("so-called dubbed termed branded nicknamed self-styled reading");

  /** Two-word markers: "the term “...”", "known as “...”". */
  public static final Set<String> TERM_MARKER_PAIRS =
      phrases(
          "the term, the word, the phrase, the slogan, the label, the motto, known as, idea of,",
          "concept of, notion of, the name, the hashtag, the nickname");

  /**
   * Words that give a person another name ("whom everyone calls “Zé”", "(better known online as
   * Blue)", "known as", "nicknamed", "under the name “Wren”").
   */
  public static final Set<String> ALIAS_MARKERS =
      words("known nicknamed dubbed nickname name alias aka call calls called username");

  /**
   * Lower-case nouns that, right before a capitalised name, make it an organisation or a thing:
   * "the campaign group Fair Fares", "research firm Harlow Data", "a start-up called …", "the
   * research vessel Lady Franklin".
   */
  public static final Set<String> ORGANISATION_NOUNS =
      words(
          "company firm group start-up startup charity agency organisation organization union",
          "bank club team brand retailer manufacturer maker automaker carmaker network",
          "newspaper magazine website site app platform outlet broadcaster channel station band",
          "party council ministry department government subsidiary rival insurer lender airline",
          "provider supplier studio label chain franchise institute university school hospital",
          "coalition alliance association federation league watchdog tank fund trust foundation",
          "consultancy developer contractor publication paper show program programme office",
          "vessel ship boat yacht ferry tanker trawler freighter");

  /**
   * The abbreviations news style gives US states and Canadian provinces after a town's name
   * ("Colby, Kan.", "Prince Albert, Sask."), with their dots, as printed.
   */
  public static final Set<String> REGION_ABBREVIATIONS =
      words(
          "Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Kans. Ky. La. Md.",
          "Mass. Mich. Minn. Miss. Mo. Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore.",
          "Pa. R.I. S.C. S.D. Tenn. Tex. Vt. Va. Wash. W.Va. Wis. Wyo. D.C.",
          "Alta. B.C. Man. N.B. N.L. N.S. N.W.T. Ont. P.E.I. Que. Sask. Y.T.");

  /**
   * Prepositions of place: a name right after one reads as a place ("in Redmarsh", "at Dock 4").
   */
  public static final Set<String> LOCATIVES =
      words(
          "at in near outside inside across along into onto toward towards around beneath above",
          "below off via throughout within on aboard");

  /** Prepositions that are neither of place nor function words: they end a title ("above"). */
  public static final Set<String> OTHER_PREPOSITIONS =
      words("above below beside behind beyond past against among amid despite except underneath");

  /** Prepositions that open a scene-setting phrase before the subject ("In an interview, ..."). */
  public static final Set<String> SCENE_OPENERS =
      words("in at during on speaking writing addressing interviewed");

  /** Prepositions that open a phrase of time or scene before a sentence ("For years, …"). */
  public static final Set<String> FRONTING_PREPOSITIONS =
      words("for during in on at after before since until by within over throughout");

  /** Lower-case particles inside names ("Charles de Gaulle", "Ana dos Santos", "Ali bin Omar"). */
  public static final Set<String> NAME_PARTICLES =
      words("de da di do dos das del della van von der den la le du bin binti al el ibn ter y");

  /**
   * Words that make a capitalised phrase a place, an organisation, an event or a date: "Harlow
   * University", "South Korea", "Air Force One", "October".
   */
  public static final Set<String> NOT_PERSON =
      union(
          words(
              "university institute institution center centre ministry department office agency",
              "commission council committee party government news times post journal magazine",
              "association company corporation corp inc ltd bank group organization organisation",
              "union nations states republic kingdom army navy force forces forum summit meeting",
              "program programme movement house strait sea ocean port affairs conference expo",
              "economic leaders global south north east west island islands river city county",
              "province street road avenue square hall airport station college school academy",
              "foundation fund trust network television radio press review daily weekly quarterly",
              "monthly club league",
              "court parliament congress senate assembly embassy consulate bureau administration",
              "authority service services police hospital museum library festival games cup",
              "olympics market exchange index list entity act law bill treaty agreement initiative",
              "project war crisis day week",
              "china chinese us usa america american americans korea korean japan japanese russia",
              "russian india indian britain british uk england english europe european eu france",
              "wales scotland ireland",
              "french germany german taiwan beijing washington moscow tokyo seoul london paris",
              "brussels africa african asia asian pacific atlantic middle israel iran ukraine",
              "canada mexico brazil australia malaysia spain shanghai hong kong god internet",
              "twitter youtube coalition alliance federation society partners partnership holdings",
              "capital resources sports lines airlines airways",
              "logistics shipping systems technologies technology labs laboratories industries",
              "enterprises solutions ventures studios entertainment media communications telecom",
              "software electronics motors pharmaceuticals pharma health healthcare medical insurance",
              "securities energy utilities foods brands retail stores democrats republicans",
              "conservatives tories labour greens church cathedral mosque temple synagogue hotel",
              "restaurant stadium arena plaza mall reserve board tribunal district borough township",
              "village valley heights springs lake coast bay harbour harbor beach railway",
              "railways rail transit metro express trains ferries gazette herald tribune chronicle",
              "transportation transport gap creek",
              "management marine construction dredging amusements aggregates engineering",
              "manufacturing mining farms development heritage",
              "minerals metals chemicals materials automotive aerospace petroleum steel plc llc",
              "secretariat democrat republican apparel clothing textiles",
              "store shop diner cafe café bakery pharmacy grocery pub tavern brewery salon",
              "publication publications works national highways united rovers athletic wanderers",
              "harlequins",
              "albion aid fairgrounds consulting consultancy consultants division divisions",
              "directorate networks"),
          WEEKDAYS,
          MONTHS,
          oneWordAgencies());

  /**
   * A title, or a title in the plural before the names it goes with ("Councilmembers Thomas J.
   * Bradshaw and Alma Ruiz", "Sens. Ana Lim and Ruth Obi").
   */
  public static boolean isTitle(String word) {
    String w = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    if (TITLES.contains(w)) return true;
    return w.length() > 3 && w.endsWith("s") && TITLES.contains(w.substring(0, w.length() - 1));
  }

  /** Nouns in -ist that name things, not people. */
  private static final Set<String> IST_THINGS =
      words("playlist checklist wishlist shortlist blacklist waitlist tracklist setlist amethyst");

  /**
   * A word for what a person is: one of {@link #ROLE_NOUNS} or a title, or a profession by its
   * ending: "-ician" (physician); "-man", "-woman" or "-person" of seven letters or more
   * (groundsman, chairwoman); "-master" (harbourmaster, master); "-ist" of seven letters or more
   * (physiologist, columnist), not the verbs in "-sist" (insist) nor the things in {@link
   * #IST_THINGS}.
   */
  /**
   * Whether {@code word}, in any case and without its full stop, is a title or a role noun:
   * "MAYOR", "DR.", "Commissioner" (a transcript's speaker labels print them in capitals).
   */
  public static boolean isTitleOrRoleInAnyCase(String word) {
    String w = word.replace(".", "");
    if (w.isEmpty()) return false;
    String titled = w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT);
    return TITLES.contains(titled) || isRoleNoun(w.toLowerCase(Locale.ROOT));
  }

  public static boolean isRoleNoun(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.endsWith(".")) w = w.substring(0, w.length() - 1);
    if (ROLE_NOUNS.contains(w) || TITLES.contains(word)) return true;
    // "vice-president", "deputy-director", "co-founder": a lower rank or a shared role, joined
    int hyphen = w.indexOf('-');
    if (hyphen > 0
        && (SUBORDINATE_MODIFIERS.contains(w.substring(0, hyphen)) || w.startsWith("co-"))
        && ROLE_NOUNS.contains(w.substring(hyphen + 1))) {
      return true;
    }
    // endings tell a role only in lower case: "Holmqvist" and "Hartman" are names
    if (!word.toLowerCase(Locale.ROOT).equals(word)) return false;
    if (w.endsWith("ician") && w.length() >= 7) return true;
    if (w.length() >= 7 && (w.endsWith("man") || w.endsWith("person"))) return true;
    if (w.endsWith("master")) return true;
    return w.endsWith("ist") && w.length() >= 7 && !w.endsWith("sist") && !IST_THINGS.contains(w);
  }

  /**
   * A speech verb of {@link #SPEECH_VERBS} in a finite form: the past ("said", "told", "warned") or
   * the third person ("says", "adds"). The bare and -ing forms also give orders or name things
   * ("Tell us", "Call now", "warning") and are not. Case is ignored.
   */
  public static boolean isFiniteSpeechVerb(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (!SPEECH_VERBS.contains(w) || w.endsWith("ing")) return false;
    return isPastSpeechVerb(w) || w.endsWith("s");
  }

  /**
   * A speech verb of {@link #SPEECH_VERBS} in the past ("said", "told", "wrote", "warned"): a form
   * that, unlike "notes", "points" or "claims", is never also a noun. Case is ignored.
   */
  public static boolean isPastSpeechVerb(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return SPEECH_VERBS.contains(w)
        && (w.endsWith("ed") || IRREGULAR_PAST.contains(w) || w.equals("said"));
  }

  public static boolean isFunctionWord(String word) {
    return FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT));
  }

  public static boolean isAdverb(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return ADVERBS.contains(w)
        || (w.length() > 4
            && w.endsWith("ly")
            && w.equals(word)
            && !LY_WORDS_NOT_ADVERBS.contains(w));
  }

  /** Nouns and verbs that end in "-ly" as adverbs do ("his family said" is no "his … said"). */
  private static final Set<String> LY_WORDS_NOT_ADVERBS =
      words(
          "family assembly supply rally belly jelly folly anomaly monopoly homily reply apply",
          "comply imply multiply");

  public static boolean notPerson(String word) {
    return NOT_PERSON.contains(word.toLowerCase(Locale.ROOT));
  }
}
