import type { VerbEnding } from "./count-verbs.js";

/**
 * Words a line must not break after or before, as data. `after`: abbreviations and signs tied
 * to the word that follows (Dr. Müller, § 5); `inside`: abbreviations written with a space
 * that must stay on one line (z. B.); `beforeNumber`: nouns that name a numbered part, tied to
 * its number (clause 4, section 14.2), as TeX users write clause~4. Units are tied to the
 * number before them (5 km, 10 %, 186.400 Euro), currencies to the number on either side
 * (EUR 2.800, 2.800 €, 36.000 TL).
 */
export interface TieWords {
  after: readonly string[];
  inside: readonly string[];
  /** Nouns tied to a number after them (clause 4, Seite 2), in small letters. */
  beforeNumber?: readonly string[];
  /**
   * The kinds of laws, in small letters, tied to the number after them where it reads as a
   * law's: a number and its year ("Ley 39/2015", "legge 241/1990", "Lei 8.666/93"), or after
   * the kind capitalised as a title ("Legge 3"). Why not `beforeNumber`: some are verbs too,
   * whose number counts the word after it (Italian "legge", reads: "Marco legge 3 libri").
   */
  lawsBeforeNumber?: readonly string[];
  /**
   * How the language's street names end, in small letters: a street's name is tied to the
   * house number after it (Kerkstraat 12), which read alone at a line's start means nothing.
   */
  streets?: readonly string[];
  /**
   * Set where a number is tied to the word in small letters after it, the noun it counts
   * ("более 4 часов", "25 рублей", "в 2024 году"), as Russian and Ukrainian typesetters keep
   * them, so no line ends with a bare number whose noun (and its case) starts the next: the
   * words after a number that count nothing, prepositions and conjunctions ("рейсом SU 6 из
   * Москвы", "с 28 по 31"), which stay free.
   */
  notCounted?: readonly string[];
  /**
   * With `notCounted`: the endings of verbs, whose word after a number is no counted noun
   * ("3 отказались", "Рейс 12 вылетел"), in small letters (count-verbs.ts).
   */
  verbs?: readonly VerbEnding[];
  /**
   * Words a year after them belongs to, in small letters, matched in any case: the seasons
   * ("Fall 2021", "høsten 2021", "Sommer 2025", "l’été 2025"); a year alone at a line's start
   * reads as a new number.
   */
  beforeYear?: readonly string[];
  /**
   * Of `beforeYear`, the words that are also another word, a season only after an article or
   * a determiner: French "été" is the past participle of "être" too ("l’année record a été
   * 2023"). Tied to the year with an article elided onto it ("l’été 2025"), after a word of
   * `determiners` ("cet été 2025"), or capitalised, as a heading writes it ("Été 2025").
   */
  seasonsAfterDeterminer?: readonly string[];
  /** With `seasonsAfterDeterminer`: the words before a season that make it one, in small letters. */
  determiners?: readonly string[];
  /**
   * The last words of laws' titles, which a year follows ("Building Regulations 2022",
   * "Companies Act 2006"), in small letters, matched only capitalised, as a title is written:
   * in small letters they are words like any other before a number ("the order 2024 today").
   */
  titlesBeforeYear?: readonly string[];
  /**
   * How laws' titles end in a language that compounds them, in small letters, matched only
   * capitalised as `titlesBeforeYear` are: German "Jahressteuergesetz 2024", "Haushaltsgesetz
   * 2025", "Gebührenverordnung 2023".
   */
  titleEndingsBeforeYear?: readonly string[];
  /**
   * Units of this language alone, tied to the number before them as UNITS are: words that
   * another language writes as words of its own after a number (English "am", German "am":
   * "bis 2025 am Standort", "3 am Lager").
   */
  units?: readonly string[];
  /**
   * Reporters and codes cited between a volume's number and a page's or section's ("89 Fed.
   * Reg. 60,204", "40 CFR 60.5"): the three are tied together only there (legal-citations.ts),
   * for some are also words ("the 2024 Fed meeting", "5 CFR rules").
   */
  citations?: readonly string[];
  /**
   * Set where an ordinal written in figures with its full stop, Arabic or Roman, is tied to
   * the word in small letters after it, the noun it numbers ("5. pluk", "8. kapitola", "II.
   * patro"), as the Czech Academy's handbook keeps them (prirucka.ujc.cas.cz/?id=880: no line
   * break "mezi číslem a názvem počítaného jevu").
   */
  ordinalsBeforeNoun?: boolean;
}

/**
 * Russian verbs after a number: reflexive forms (past "отказались", "вылетелся", infinitive
 * "учиться", present "находится"), which no noun has, the infinitive ("-ть", a noun only
 * after 1: "1 часть"), the past tense's feminine, neuter and plural ("-ла", "-ло", "-ли",
 * nouns only after 1 or 2–4: "1 пчела", "1 число", "2 стола", "2 недели"), and a masculine past
 * of seven letters or more ("вылетел", "отказал"; a noun after 1, "1 материал", and a
 * genitive plural is "5 правил", "5 кресел", six letters at most but for rare "покрывал").
 * "Числа", the day of a month after any number ("до 10 числа"), is a noun that ends as "-ла".
 * Five letters at least, so "лось" and "кило" stay nouns; but for the short pasts below.
 *
 * A short past in "-ли" ("ели", "пили", "жили") reads two ways after 2–4 ("3 ели": three ate,
 * or three fir trees, the genitive singular of "ель" such a count takes, as "2 роли", "3 цели"
 * are). The rule: the count decides. After 2–4 (22–24…) the word is read as that noun and
 * tied, as a typesetter keeps "3 ели" whole whichever it means, at no worse cost than a tie
 * too many; after any other count, which no noun in "-ли" of three or four letters follows
 * ("5 елей", "1 ель"), it is the verb and free ("5 ели").
 */
const VERBS_RU: readonly VerbEnding[] = [
  { ending: "(?:л[аои]?|[тч]ь?)с[яь]", nounsAfter: [], minLetters: 5 },
  { ending: "ть", nounsAfter: ["one"], minLetters: 5 },
  { ending: "л[аои]", nounsAfter: ["one", "few"], minLetters: 5, nouns: ["числа"] },
  { ending: "[аеёиоуыя]л", nounsAfter: ["one"], minLetters: 7 },
  // The short past of "идти" and "быть", with a prefix or not ("3 ушли", "5 шли", "2 были"),
  // which no noun is, after any count; a prefix ending in a consonant takes an "о" before it
  // ("вошли", "обошли", "взошли", "разошлись").
  {
    ending:
      "^(?:(?:у|во?|вы|взо?|за|изо?|на|по|до|обо?|ото?|подо?|про|пере|при|со?|разо?)?ш[её]?л[аои]?|был[аои])",
    nounsAfter: [],
    minLetters: 3,
  },
  { ending: "^\\p{L}{1,2}ли", nounsAfter: ["few"], minLetters: 3 },
];

/**
 * Ukrainian verbs after a number: reflexive forms ("відбулися", "відбувся", "відбудеться",
 * "навчатися"), the infinitive and the present's third person ("-ть": "працюють"; a noun only
 * after 1), the infinitive in "-ти" and the past tense's "-ла", "-ло", "-ли" (nouns after 1 or
 * 2–4, whose nominative plural "2 школи" ends so too; "до 10 числа", a day of the month,
 * after any). The masculine past ("вилетів") ends as a genitive plural does ("5 років"), and
 * is left tied. As in Russian (VERBS_RU), the short past of "йти" and "бути", with a prefix or
 * not ("3 пішли", "2 йшли", "4 вийшли", "2 були"), is no noun after any count, and a short past
 * in "-ли" of three or four letters ("5 їли") one only after 2–4, whose nominative plural it
 * may be ("3 голи", "2 зали").
 */
const VERBS_UK: readonly VerbEnding[] = [
  { ending: "(?:л[аоиі]?|в|ть?|ти)с[яь]", nounsAfter: [], minLetters: 5 },
  { ending: "ть", nounsAfter: ["one"], minLetters: 5 },
  { ending: "ти|л[аои]", nounsAfter: ["one", "few"], minLetters: 5, nouns: ["числа"] },
  {
    ending:
      "^(?:пі|(?:при|ви|за|ді|уві|ві|пере|піді|обі|віді|наді|про|зна|ізна|розі)?й)ш(?:ов|л[аои])|^бу(?:в|л[аои])",
    nounsAfter: [],
    minLetters: 3,
  },
  { ending: "^\\p{L}{1,2}ли", nounsAfter: ["few"], minLetters: 3 },
];

/**
 * The cities whose districts, and post offices, are numbered, by name and in Czech's and
 * Slovak's locative ("Praha 1", "v Praze 1", "Brno 2", "Bratislava 4", "Košice IV"): tied to the
 * number as "clause 4" is, for the number is the place's ("Praha⏎1" reads as a city and a
 * count). In every language: an address names them so in a letter in any.
 */
const NUMBERED_CITIES = [
  ...["praha", "praze", "brno", "brně", "ostrava", "ostravě", "plzeň", "plzni"],
  ...["bratislava", "bratislave", "košice", "košiciach"],
];

/** For every language: signs and units that read the same everywhere, cities' districts. */
export const COMMON_TIES: TieWords = {
  after: ["§", "§§", "¶", "№", "Art.", "No."],
  inside: [],
  beforeNumber: NUMBERED_CITIES,
};

/**
 * The academic titles Czech and Slovak write before a name (Ing. Pavel Hořejší, JUDr. Tereza
 * Šťastná): tied to it, as a name's "Dr." is.
 */
const TITLES_CS_SK = [
  "Bc.",
  "Mgr.",
  "Ing.",
  "JUDr.",
  "MUDr.",
  "MVDr.",
  "PhDr.",
  "RNDr.",
  "doc.",
  "prof.",
];

/** What Czech and Slovak tie to the next word alike: abbreviations, titles, one-letter words. */
const AFTER_CS_SK = [
  "č.",
  "čl.",
  "písm.",
  "ul.",
  "nám.",
  "tel.",
  ...TITLES_CS_SK,
  ...oneLetter("aiksuvoz"),
];

/** What Norwegian ties to the next word, in Bokmål and Nynorsk alike (tag nb, nn or no). */
const AFTER_NO = [
  "nr.",
  "kap.",
  "pkt.",
  "jf.",
  "tlf.",
  "gnr.",
  "bnr.",
  "avd.",
  "ca.",
  // The laws a section is cited in ("jf. pbl. § 19-2", "fvl. § 17"): plan- og bygningsloven,
  // forvaltningsloven, offentleglova, arbeidsmiljøloven, straffeloven, tvisteloven,
  // skatteloven, merverdiavgiftsloven, avhendingslova, husleieloven, bokføringsloven.
  "pbl.",
  "fvl.",
  "offl.",
  "aml.",
  "strl.",
  "tvl.",
  "sktl.",
  "mval.",
  "avhl.",
  "husll.",
  "bfl.",
];

/**
 * Seasons a year follows ("høsten 2021", "Sommer 2025", "l’été 2025", "verano 2025", "zomer
 * 2025", "estate 2025", "verão 2025"): in the Nordic languages bare and with the article written onto them, in German also
 * a university's semesters, in French also the autumn's start of the school and working year
 * ("rentrée 2025").
 */
const SEASONS_NO = ["vår", "våren", "sommer", "sommeren", "høst", "høsten", "vinter", "vinteren"];
const SEASONS_SV = ["vår", "våren", "sommar", "sommaren", "höst", "hösten", "vinter", "vintern"];
const SEASONS_DA = [
  ...["forår", "foråret", "sommer", "sommeren", "efterår", "efteråret", "vinter", "vinteren"],
];
const SEASONS_DE = ["frühling", "frühjahr", "sommer", "herbst", "winter"];
const SEMESTERS_DE = ["sommersemester", "wintersemester"];
const SEASONS_FR = ["printemps", "été", "automne", "hiver", "rentrée"];
const SEASONS_ES = ["primavera", "verano", "otoño", "invierno"];
const SEASONS_IT = ["primavera", "estate", "autunno", "inverno"];
const SEASONS_PT = ["primavera", "verão", "outono", "inverno"];
const SEASONS_NL = ["voorjaar", "lente", "zomer", "najaar", "herfst", "winter"];

export const TIES_BY_LANGUAGE: ReadonlyMap<string, TieWords> = new Map(
  Object.entries({
    en: {
      after: [
        // British English writes its titles without a full stop (Mr Okafor, Dr Osei, Cllr Ahmed).
        "Mr",
        "Mrs",
        "Ms",
        "Mx",
        "Dr",
        "Prof",
        "Revd",
        "Cllr",
        // Indian English writes these before a name, in letters and office orders alike.
        "Shri",
        "Shri.",
        "Smt",
        "Smt.",
        "Sri",
        "Kumari",
        "Mr.",
        "Mrs.",
        "Ms.",
        "Mx.",
        "Dr.",
        "Prof.",
        "St.",
        "Mt.",
        "Sen.",
        "Rep.",
        "Gov.",
        "Hon.",
        "Rev.",
        "Gen.",
        "Capt.",
        "Sgt.",
        "Lt.",
        "Col.",
        "Fig.",
        "Vol.",
        "vol.",
        "Ch.",
        "ch.",
        "p.",
        "pp.",
        "no.",
        "Nos.",
        "Sec.",
        "sec.",
        // A post-office box, a code cited by section (5 U.S.C. 552, 40 C.F.R. 60.1) and a
        // book's number: each read alone at a line's start means nothing.
        "P.O.",
        "PO",
        "U.S.C.",
        "C.F.R.",
        "ISBN",
        "ISSN",
      ],
      beforeNumber: [
        "annex",
        "apartment",
        "appendix",
        "article",
        "box",
        "building",
        "chapter",
        "clause",
        "exhibit",
        "figure",
        "flat",
        "floor",
        // A school's year, as a district numbers them (grade 3, grades 1–12).
        "grade",
        "grades",
        "item",
        // A line cited by its number (p. 4, l. 12), and a public law's (Pub. L. 117-263).
        "l.",
        // "No 5", "Invoice No 12": British English writes "number" without its full stop.
        "no",
        "page",
        "pages",
        "paragraph",
        "part",
        "plot",
        "room",
        "schedule",
        "section",
        "step",
        "subpart",
        "suite",
        "table",
        "title",
        "unit",
        "volume",
      ],
      // A public law's citation (Pub. L. No. 117-168, Pub. L. 117-263) and the Federal
      // Register's (89 Fed. Reg. 60,204), each read as one name.
      inside: ["e. g.", "i. e.", "Pub. L. No.", "Fed. Reg."],
      beforeYear: ["spring", "summer", "autumn", "fall", "winter"],
      // UK and Commonwealth legislation: "Companies Act 2006", "Building Regulations 2010".
      titlesBeforeYear: ["act", "regulations", "order", "rules", "measure", "bill"],
      // British style writes them without full stops: "at 10:00 am", "by 5.30 pm".
      units: ["am", "pm"],
      // A volume, its reporter or code and the page or section cited in it: "89 Fed. Reg.
      // 60,204", "136 Stat. 1759", "12 CFR 1026.41" (the Federal Register's own style, without
      // full stops), "40 C.F.R. 60.1", "42 U.S.C. § 1983".
      citations: ["Fed. Reg.", "Stat.", "CFR", "C.F.R.", "U.S.C."],
    },
    de: {
      after: [
        "Dr.",
        "Prof.",
        "Hr.",
        "Hrn.",
        "Fr.",
        "St.",
        "Nr.",
        "Abs.",
        "Abschn.",
        "Bd.",
        "Bde.",
        "Kap.",
        "Abb.",
        "Tab.",
        "S.",
        "Ziff.",
        "Dipl.-Ing.",
      ],
      beforeNumber: [
        "abschnitt",
        "absatz",
        "anlage",
        "artikel",
        "kapitel",
        "nummer",
        "punkt",
        "raum",
        "seite",
        "seiten",
        "zimmer",
        "ziffer",
      ],
      inside: [
        "z. B.",
        "d. h.",
        "u. a.",
        "u. U.",
        "i. A.",
        "i. V.",
        "s. o.",
        "s. u.",
        "v. a.",
        "o. Ä.",
      ],
      streets: [
        "straße",
        "strasse",
        "str.",
        "weg",
        "allee",
        "platz",
        "gasse",
        "ring",
        "damm",
        "ufer",
        "chaussee",
        "steig",
        "pfad",
        "markt",
        "graben",
      ],
      beforeYear: [...SEASONS_DE, ...SEMESTERS_DE],
      titleEndingsBeforeYear: ["gesetz", "verordnung"],
    },
    fr: {
      after: [
        "M.",
        "MM.",
        "Mme",
        "Mmes",
        "Mlle",
        "Mlles",
        "Me",
        "Dr",
        "Pr",
        "St",
        "Ste",
        "n°",
        "p.",
        "art.",
        // The part of a code an article is in: "L. 145-9", "R. 4127-1", "D. 12".
        "L.",
        "R.",
        "D.",
      ],
      beforeNumber: [
        "alinéa",
        "annexe",
        "article",
        "chapitre",
        "page",
        "pages",
        "paragraphe",
        "point",
        "salle",
      ],
      beforeYear: SEASONS_FR,
      seasonsAfterDeterminer: ["été"],
      // A law's or decree's number after its kind, as Légifrance cites it: "loi n° 2024-120
      // du 19 février 2024", "décret n° 2019-1234"; "n°" is tied to the number (after).
      inside: ["loi n°", "Loi n°", "décret n°", "Décret n°", "ordonnance n°", "Ordonnance n°"],
      // The words a season follows and a participle never does: "cet été", "chaque été",
      // "en été", "depuis l’été" (elided, as "l’été" is).
      determiners: ["cet", "un", "bel", "chaque", "tout", "en", "son", "notre", "votre", "leur"],
    },
    es: {
      after: [
        "Sr.",
        "Sra.",
        "Srta.",
        "Sres.",
        "Dr.",
        "Dra.",
        "D.",
        "D.ª",
        "Dña.",
        "Excmo.",
        "Excma.",
        "Ilmo.",
        "Ilma.",
        "Prof.",
        "Profa.",
        "Avda.",
        "n.º",
        "nº",
        "Nº",
        "núm.",
        "pág.",
        "art.",
      ],
      inside: ["Ley Orgánica", "Real Decreto", "Real Decreto-ley"],
      // A law's number and year, as the BOE cites it: "Ley 39/2015", "Ley Orgánica 3/2018",
      // "Real Decreto 463/2020", "Real Decreto-ley 8/2020".
      lawsBeforeNumber: ["ley", "orgánica", "decreto", "decreto-ley"],
      beforeYear: SEASONS_ES,
    },
    it: {
      after: ["Sig.", "Sig.ra", "Dott.", "Dott.ssa", "Prof.", "Ing.", "Avv.", "n.", "p.", "art."],
      // A law's number and year, as the Gazzetta Ufficiale cites it: "legge n. 241/1990",
      // "legge 7 agosto 1990, n. 241" (a date), "D.Lgs. 196/2003", "d.l. n. 18/2020".
      inside: ["legge n.", "Legge n.", "decreto n.", "Decreto n."],
      lawsBeforeNumber: ["legge", "decreto", "d.lgs.", "d.l.", "d.p.r.", "dpr"],
      beforeYear: SEASONS_IT,
    },
    nl: {
      after: ["dhr.", "mevr.", "Dr.", "Prof.", "nr.", "art."],
      inside: ["d.w.z.", "o. a."],
      streets: [
        "straat",
        "weg",
        "laan",
        "plein",
        "gracht",
        "kade",
        "singel",
        "dijk",
        "dreef",
        "steeg",
        "markt",
        "hof",
        "burgwal",
      ],
      beforeYear: SEASONS_NL,
    },
    ru: {
      after: [
        "г.",
        "гг.",
        "ул.",
        "д.",
        "кв.",
        "стр.",
        "с.",
        "рис.",
        "табл.",
        "гл.",
        "п.",
        "ст.",
        "т.",
        "им.",
        ...oneLetter("авиоксу"),
      ],
      beforeNumber: ["глава", "кабинет", "приложение", "пункт", "раздел", "статья", "страница"],
      inside: ["т. е.", "т. д.", "т. п.", "т. к.", "и. о."],
      verbs: VERBS_RU,
      notCounted: [
        "и",
        "из",
        "до",
        "по",
        "на",
        "за",
        "от",
        "со",
        "во",
        "об",
        "обо",
        "ко",
        "не",
        "но",
        "да",
        "же",
        "ли",
        "или",
        "при",
        "для",
        "без",
        "под",
        "над",
        "про",
        "через",
        "между",
        "как",
        "что",
        "чем",
        "это",
        "если",
        "то",
        "а",
      ],
    },
    // Russian and Ukrainian typesetting keeps a one-letter preposition or conjunction off a
    // line's end too (в Киеве, з повагою, у 56 родинах), as their style guides ask.
    uk: {
      after: [
        "вул.",
        "просп.",
        "пл.",
        "буд.",
        "кв.",
        "м.",
        "с.",
        "смт",
        "обл.",
        "ім.",
        "ст.",
        "п.",
        "рис.",
        "табл.",
        "д-р",
        "проф.",
        "тел.",
        ...oneLetter("авзійоу"),
      ],
      beforeNumber: ["додаток", "кабінет", "пункт", "розділ", "стаття", "сторінка", "частина"],
      inside: ["т. зв.", "т. д.", "т. ч."],
      verbs: VERBS_UK,
      notCounted: [
        "і",
        "й",
        "з",
        "із",
        "зі",
        "до",
        "по",
        "на",
        "за",
        "від",
        "об",
        "не",
        "але",
        "та",
        "чи",
        "або",
        "для",
        "без",
        "під",
        "над",
        "про",
        "через",
        "між",
        "як",
        "що",
        "це",
        "якщо",
        "при",
        "а",
      ],
    },
    // Polish and Czech typesetting keeps a one-letter preposition or conjunction off a
    // line's end (w Warszawie, z poważaniem, v Praze), as their typesetters' tie rules do.
    pl: {
      after: [
        "dr",
        "prof.",
        "inż.",
        "mgr",
        "ul.",
        "nr",
        "godz.",
        "str.",
        "art.",
        "ust.",
        "pkt",
        "poz.",
        "ur.",
        "zm.",
        "al.",
        "pl.",
        "os.",
        "tel.",
        "lek.",
        "ks.",
        "św.",
        ...oneLetter("aiouwz"),
      ],
      beforeNumber: ["artykuł", "ustęp", "punkt", "rozdział", "sala", "strona", "załącznik"],
      inside: ["tj.", "np."],
    },
    cs: {
      after: ["odst.", ...AFTER_CS_SK],
      beforeNumber: ["článek", "kapitola", "odstavec", "příloha", "strana", "učebna"],
      inside: ["tj.", "tzn."],
      ordinalsBeforeNoun: true,
    },
    sk: {
      after: ["ods.", ...AFTER_CS_SK],
      inside: ["t. j."],
    },
    // A page, a number, an article, a clause, a paragraph, a chapter and an annex cited by
    // number ("ص. 12", "رقم 5", "المادة 3", "עמ' 12", "סעיף 5", "ماده ۵"): right-to-left
    // letters cite as any other, and "ص." ending a line left its number alone at the next.
    ar: {
      after: [],
      inside: [],
      beforeNumber: [
        ...["ص.", "ص", "صفحة", "الصفحة", "رقم", "المادة", "مادة", "البند", "بند"],
        ...["الفقرة", "فقرة", "الفصل", "الملحق", "ملحق"],
      ],
    },
    fa: {
      after: [],
      inside: [],
      beforeNumber: ["ص.", "ص", "صفحه", "شماره", "ماده", "بند", "تبصره", "فصل", "پیوست"],
    },
    he: {
      after: [],
      inside: [],
      beforeNumber: [
        ...["עמ'", "עמ׳", "עמ’", "עמוד", "עמודים", "סעיף", "סעיפים"],
        ...["מס'", "מס׳", "מס’", "פרק", "נספח", "תקנה"],
      ],
    },
    el: {
      // ν. and π.δ. cite a law and a presidential decree by number (ν. 4495/2017).
      after: [
        "κ.",
        "κα",
        "κκ.",
        "Δρ",
        "Καθ.",
        "αρ.",
        "αριθμ.",
        "σελ.",
        "άρθρ.",
        "παρ.",
        "οδ.",
        "ν.",
        "Ν.",
        "π.δ.",
        "Π.Δ.",
      ],
      beforeNumber: ["άρθρο", "παράγραφος", "παράρτημα", "σελίδα", "κεφάλαιο"],
      inside: [],
    },
    // Brazil writes "nº" and "Nº" without the full stop (Lei nº 6.240/2017, CNPJ nº …), and
    // addresses a reader as V. Sa. or V. Exa.
    pt: {
      after: [
        "Sr.",
        "Sra.",
        "Srta.",
        "Dr.",
        "Dra.",
        "Exmo.",
        "Exma.",
        "Ilmo.",
        "Ilma.",
        "Prof.",
        "Profa.",
        "Eng.",
        "n.º",
        "N.º",
        "nº",
        "Nº",
        "nºs",
        "n°",
        "N°",
        "art.",
        "Av.",
        "pág.",
      ],
      inside: ["V. Ex.ª", "V. Exa.", "V. Sa.", "V. S.ª"],
      beforeYear: SEASONS_PT,
      beforeNumber: [
        // A page cited by its number ("p. 12"), as "pág." is.
        "p.",
        "anexo",
        "artigo",
        "capítulo",
        "cláusula",
        "inciso",
        "item",
        "página",
        "páginas",
        "parágrafo",
        "processo",
        "sala",
      ],
      lawsBeforeNumber: ["lei"],
    },
    // A law's number and its parts (Legea nr. 207/2015, art. 168 alin. (2) lit. a), an address
    // (Str. Mihai Eminescu nr. 14, ap. 7) and a title before a name (Dl. Popescu).
    ro: {
      after: [
        "Dl.",
        "Dna.",
        "Dr.",
        "Prof.",
        "Ing.",
        "Av.",
        "nr.",
        "Nr.",
        "art.",
        "alin.",
        "lit.",
        "pct.",
        "str.",
        "Str.",
        "bd.",
        "Bd.",
        "ap.",
      ],
      inside: [],
    },
    // A title before a name (dr. Kovács Anna, ifj. Szabó); numbers come before their nouns.
    hu: { after: ["dr.", "Dr.", "prof.", "Prof.", "id.", "ifj.", "özv."], inside: [] },
    // letters30: a Lithuanian letter ended a line with "prašymą Nr." and began the next with
    // "ZS-44". A document's or law's number (Nr., бр., чл.), a street's before its house
    // number (Šeimyniškių g. 21, ул. Раковски 5, Narva mnt 5) and a title before a name, in
    // each language's abbreviations (Serbian in both its scripts).
    lt: {
      after: ["Nr.", "g.", "pr.", "al.", "pl.", "str.", "p.", "dr.", "prof.", "gerb."],
      inside: [],
    },
    lv: {
      after: ["Nr.", "nr.", "Dr.", "prof.", "p.", "lpp.", "iel."],
      // A street's word is written small, after its name (Brīvības iela 49).
      beforeNumber: ["iela", "bulvāris", "prospekts", "gatve", "laukums"],
      inside: [],
    },
    et: {
      after: ["nr", "Nr", "lg", "p", "lk", "dr", "prof", "tn", "mnt", "pst"],
      beforeNumber: ["tänav", "maantee", "puiestee", "väljak"],
      inside: [],
    },
    sr: {
      after: [
        "бр.",
        "чл.",
        "ст.",
        "тач.",
        "ул.",
        "бул.",
        "г.",
        "гђа",
        "др",
        "проф.",
        "стр.",
        "br.",
        "čl.",
        "st.",
        "tač.",
        "ul.",
        "bul.",
        "g.",
        "gđa",
        "dr",
        "prof.",
        "str.",
      ],
      beforeNumber: [
        "члан",
        "став",
        "тачка",
        "страна",
        "прилог",
        "član",
        "stav",
        "tačka",
        "strana",
        "prilog",
      ],
      inside: [],
    },
    hr: {
      after: ["br.", "čl.", "st.", "toč.", "ul.", "g.", "gđa", "dr.", "prof.", "str."],
      beforeNumber: ["članak", "stavak", "točka", "stranica", "prilog"],
      inside: [],
    },
    // isiZulu's titles before a name: Mnumzane, Nkosikazi, Nkosazana, Dokotela. A noun class's
    // prefix is written onto them ("uNkk. Dlamini", "kuMnu. Zulu"): tie-spaces.ts reads past it.
    zu: {
      after: ["Mnu.", "Nkk.", "Nkz.", "Dkt.", "Solw.", "Prof."],
      inside: [],
    },
    // letters32: a Tanzanian council's letter: a title before a name (Mhe., Bw., Bi., Dkt.), a
    // post-office box (S. L. P. 59), a time of day (saa 3:00 asubuhi), a date (tarehe 24).
    sw: {
      after: ["Mhe.", "Bw.", "Bi.", "Dkt.", "Ndg.", "Kumb."],
      beforeNumber: ["p.", "saa", "tarehe", "kifungu", "ukurasa", "chumba", "kiambatisho"],
      units: ["asubuhi", "mchana", "jioni", "usiku"],
      inside: ["S. L. P."],
    },
    // letters32: a Slovenian ministry's reply ended lines with "v", "z" and "št.". Slovenian
    // keeps its one-letter words (v, z, s, k, o, a) off a line's end, as Czech does, and a
    // plot's number with its "parc. št." (parcela številka).
    sl: {
      after: [
        ...["št.", "čl.", "odst.", "tč.", "ul.", "tel.", "str.", "parc."],
        ...["g.", "ga.", "gdč.", "dr.", "mag.", "prof."],
        ...oneLetter("vzskoa"),
      ],
      beforeNumber: ["člen", "odstavek", "točka", "priloga", "stran"],
      inside: ["k. o.", "t. i."],
    },
    bg: {
      after: [
        "бр.",
        "чл.",
        "ал.",
        "т.",
        "ул.",
        "бул.",
        "гр.",
        "с.",
        "г-н",
        "г-жа",
        "д-р",
        "проф.",
        "стр.",
      ],
      beforeNumber: ["член", "алинея", "точка", "страница", "приложение"],
      inside: [],
    },
    // Galician's articles are one letter (o, a), as is its conjunction e: kept off a line's
    // end with the word they go with (A Coruña, o Concello, a Xunta).
    gl: { after: oneLetter("aoe"), inside: [] },
    // A document's or law's number (бр. 12, чл. 5), a street's (ул. Македонија 5) and a title
    // before a name (г-ѓа Петровска), as in Serbian and Bulgarian.
    mk: {
      after: [
        "бр.",
        "чл.",
        "ст.",
        "т.",
        "ал.",
        "ул.",
        "бул.",
        "г-дин",
        "г-ѓа",
        "д-р",
        "проф.",
        "стр.",
      ],
      beforeNumber: ["член", "став", "точка", "страница", "прилог"],
      inside: [],
    },
    // Belarusian keeps a one-letter preposition or conjunction off a line's end, as Russian
    // and Ukrainian do (у Мінску, з павагай, і ў): ў is у after a vowel. Not the city's "г.",
    // which is also the year's, before a sentence's next word ("2025 г. Бібліятэка").
    be: {
      after: ["вул.", "пр.", "д.", "кв.", "п.", "арт.", "ст.", "с.", ...oneLetter("аізуўй")],
      inside: [],
    },
    // Norwegian and Danish: a number (nr. 5, kap. 4, pkt. 3.1), a land register's parcel
    // (gnr. 45 bnr. 112), a telephone's (tlf. 21 80 34 56) and a cross-reference (jf. § 28).
    nb: { after: AFTER_NO, inside: [], beforeYear: SEASONS_NO },
    nn: { after: AFTER_NO, inside: [], beforeYear: SEASONS_NO },
    no: { after: AFTER_NO, inside: [], beforeYear: SEASONS_NO },
    da: {
      after: ["nr.", "stk.", "kap.", "pkt.", "jf.", "tlf.", "ca."],
      inside: [],
      beforeYear: SEASONS_DA,
    },
    sv: { after: [], inside: [], beforeYear: SEASONS_SV },
    // Azerbaijani's word for year after a year written as an ordinal ("2025-ci il", its letters'
    // long date: compose/year-ordinal.ts), in its cases (ilin, ilə, ili, ildə, ildən, ilədək).
    az: { after: [], inside: [], units: ["il", "ilin", "ilə", "ili", "ildə", "ildən", "ilədək"] },
    // Indonesian: a regulation cited by number and year (Peraturan Pemerintah Nomor 16 Tahun
    // 2021, Pasal 5), a time (pukul 09.00), a street (Jl. Cianjur) and the courtesy before a
    // name or office (Yth. Kepala Dinas, Sdri. Rina, Bpk. Ahmad).
    id: {
      after: [
        "Yth.",
        "Bpk.",
        "Bp.",
        "Sdr.",
        "Sdri.",
        "Ibu",
        "Dr.",
        "Prof.",
        "Ir.",
        "Jl.",
        "Jln.",
        "No.",
      ],
      inside: [],
      beforeNumber: [
        "ayat",
        "bab",
        "halaman",
        "lampiran",
        "lantai",
        "nomor",
        "pasal",
        "pukul",
        "ruang",
        "tahun",
      ],
    },
    // Tajik: the abbreviations of an address (ш. Душанбе, н. Сино, к. Рӯдакӣ, ҳ. 12, д. Варзоб),
    // tied to the name or number after them as Russian's г. and ул. are; and the noun before a
    // year, article, part, page or flat (соли 2025, моддаи 5, банди 3, ҳуҷраи 12) to its number.
    tg: {
      after: ["ш.", "н.", "к.", "ҳ.", "д."],
      inside: [],
      beforeNumber: ["соли", "моддаи", "банди", "қисми", "саҳифаи", "замимаи", "ҳуҷраи", "хонаи"],
    },
  }),
);

/**
 * Currency signs and codes, tied to the number before or after them (besides every ISO 4217
 * code, tie-spaces.ts): the signs, and the abbreviations offices write for their own currency.
 */
export const CURRENCIES: readonly string[] = [
  "€",
  "$",
  "£",
  "¥",
  "₽",
  "₹",
  "US$",
  "Fr.",
  "₺",
  "TL",
  "₪",
  "₫",
  "₩",
  "₴",
  "zł",
  "Kč",
  "Ft",
  "kr",
  "R$",
  "lei",
  "Rp",
  "Eur",
  // The rupee as Nepal and India write it before an amount (रु. ५००, रू. 500, Rs. 500).
  "रु.",
  "रू.",
  "रु",
  "रू",
  "Rs.",
  "Rs",
  // The East African shillings as Tanzania, Kenya and Uganda write them (TSh 4,500,000/=).
  "TSh",
  "KSh",
  "USh",
  // The ISO 4217 codes letters price in most, also units where a number before one may be a
  // clause's ("2.1 EUR per file", compose/fancy-lists.ts); the other codes, some of them words
  // in capitals (ALL, TOP, CUP), are only tied to their numbers (tie-spaces.ts CURRENCY_CODES).
  ...["EUR", "USD", "GBP", "CHF", "JPY", "RUB", "TRY", "ILS", "VND", "KRW", "UAH", "PLN"],
  ...["CZK", "HUF", "SEK", "NOK", "DKK", "CAD", "AUD", "NZD", "CNY", "INR", "BRL", "MXN"],
  ...["ZAR", "RON", "IDR", "RSD", "BGN"],
];

/** Units and currency names, tied to the number before them. */
export const UNITS: readonly string[] = [
  "%",
  "‰",
  "°",
  "°C",
  "°F",
  "Euro",
  "Euros",
  "euro",
  "euros",
  "Cent",
  "cents",
  "Dollar",
  "dollars",
  "Mio.",
  "Mrd.",
  "Tsd.",
  // Magnitudes read as part of their number ("$3 million", "2,1 Millionen Menschen").
  "million",
  "millions",
  "billion",
  "billions",
  "trillion",
  "Million",
  "Millionen",
  "Milliarde",
  "Milliarden",
  "milliard",
  "milliards",
  "Uhr",
  // Dutch and Flemish times ("om 19.00 uur"), and hours ("3 uur").
  "uur",
  "a.m.",
  "p.m.",
  "AM",
  "PM",
  // The title of a code before it (42 U.S.C. § 1983, 40 C.F.R. § 60.1), as Bluebook keeps.
  "U.S.C.",
  "C.F.R.",
  "π.μ.",
  "μ.μ.",
  "km",
  "m",
  "cm",
  "mm",
  "µm",
  "nm",
  "m²",
  "m³",
  "km²",
  "ha",
  "kg",
  "g",
  "mg",
  "t",
  "l",
  "ml",
  "h",
  "min",
  "s",
  "ms",
  "Hz",
  "kHz",
  "MHz",
  "GHz",
  "W",
  "kW",
  "MW",
  "kWh",
  "kB",
  "MB",
  "GB",
  "TB",
  "pt",
  "px",
  "ft",
  "lb",
  "lbs",
  "oz",
  "mph",
  "km/h",
  "руб.",
  "коп.",
  "тыс.",
  "грн",
  "тис.",
  "р.",
  "рр.",
  // Polish: a year's "r." (2024 r.), thousands, millions and billions (5 mln zł).
  "r.",
  "tys.",
  "mln",
  "mld",
  "млн",
  "млрд",
  "км",
  "м",
  "м²",
  "м³",
  "км²",
  // Lithuanian's day (2025 m. spalio 1 d.), Serbian's and Bulgarian's currencies (1.200 дин.,
  // 100 лв.).
  "d.",
  "дин.",
  "динара",
  "лв.",
  "см",
  "мм",
  "кг",
  "г",
  "т",
  "л",
  "ч",
  "мин",
];

/** The one-letter words of a language, in small and capital letters. */
function oneLetter(letters: string): string[] {
  return [...letters, ...letters.toUpperCase()];
}
