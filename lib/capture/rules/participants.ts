import type { ParticipantFact, SeriesFact } from "../draft";
import { factOf, type Context } from "../context";
import type { Sentence } from "../text";
import { MEETING_WORDS } from "./meeting";

const SIGNED = /\b(signed|attended)\b/i;
/** The last word of a ministry's portfolio ("… for Peace", "… and Natural Resources") */
const PORTFOLIO_WORDS =
  "Affairs|Resources|Security|Prevention|Response|Management|Enforcement|Services|Operations|Intelligence|Policy|Planning|Development|Trade|Defen[cs]e|Energy|Peace|Justice|Finance|Interior|Health|Education|Cooperation|Relations|Commerce|Industry|Environment|Transport|Agriculture|Economy|Mines|Fisheries|Tourism|Culture|Labou?r|Communications|Technology|Innovation|Science|Integration|Immigration|Citizenship|Safety|Protection|Infrastructure|Works|Diplomacy|Control|Terrorism|Counterterrorism|Counter-Terrorism|Crime|Narcotics|Migration|Borders|Disarmament|Nonproliferation|Non-Proliferation|Expatriates|Abroad|Diaspora|Worship|Youth|Sports?|Women|Housing|Water|Forestry|Lands|Mining|Oceans|Ministers|America|Americas|Africa|Asia|Europe|Pacific|Caribbean|Eurasia|Francophonie|Communities|Emigrants";
const PORTFOLIO = new RegExp(`^(?:${PORTFOLIO_WORDS})$`);

// Co-chairs and heads of delegation, in the sentences that say who led: "led by home secretary
// Ajay Bhalla", "headed by Kristie Canegallo, acting deputy secretary in the department of
// homeland security", "Ambassador X, Coordinator for … at the U.S. Department of State, and
// Ambassador Y, … co-chaired", "The Minister of Public Safety, X, will host Mexico's Secretary of
// …, Y". The title is the one stated (before the name, or in the apposition after it), an
// organisation follows "at", "in the" or "of the"; the side comes from a possessive ("Pakistan's
// Ministry"), the delegation named in the clause ("the US delegation was headed by"), or a known
// person or organisation. In a two-party dialogue each side's lead is its co-chair.

const LEAD =
  /\b(led by|headed by|co-chair(ed|s|manship)?|chair(ed|s)?|chaired by|led the|will (host|lead|travel|visit|receive|welcome|meet)|expected to (lead|receive|meet|host)|hosted|welcomed|received|delegations? (was|were) led|leading the|met|counterparts?|represented|talks with|consultations with|attended)\b/i;
const HEAD_WORDS =
  /\b(secretary|minister|chancellor|premier|king|queen|emir|amir|sultan|commander|director(-general)?|coordinator|ambassador|undersecretary|under-secretary|deputy|chief|head|commissioner|envoy|adviser|advisor|official|chair(man|woman|person)?|president|spokesperson|administrator|admiral|general|governor|attorney|mantri|crown prince|representative|comptroller|commandant|inspector)\b/i;
const HONORIFICS = new Set([
  "h.e.",
  "ambassador",
  "baroness",
  "baron",
  "lord",
  "lady",
  "dr",
  "dr.",
  "mr",
  "mr.",
  "ms",
  "ms.",
  "mrs",
  "mrs.",
  "sir",
  "dame",
  "hon",
  "hon.",
  "rt",
  "rt.",
  "right",
  "honourable",
  "excellency",
  "his",
  "her",
  "senator",
  "prince",
  "princess",
  "sheikh",
  "sheikha",
  "sayyid",
  // Bhutanese: "Dasho Karma …", "Lyonpo Tandi …"
  "dasho",
  "lyonpo",
  "sayyida",
  // Cambodian: "Samdech Prime Minister Hun …"
  "samdech",
  "highness",
  "majesty",
  "shri",
  "smt",
  "lieutenant",
  "colonel",
  // "Air Chief Marshal Prasert …"
  "marshal",
  "admiral",
  "brigadier",
  "commodore",
  "major",
  "captain",
  // Malay titles of honour: "Dato' Seri Hakim Rahman", "Datuk Seri …"
  "dato'",
  "dato’",
  "datuk",
  "datin",
  "seri",
  "tun",
]);
const TITLE_TOKENS = new Set([
  ...["chancellor", "king", "queen", "emir", "sultan", "premier", "governor", "mayor", "spokesperson", "permanent"],
  // "Federal Councillor Markus Brunner": a Swiss minister's style
  ...["federal", "councillor"],
  // Hindi titles: "Raksha Mantri" (defence minister), "Videsh Mantri", "Grih Mantri", "Pradhan Mantri"
  ...["mantri", "raksha", "videsh", "grih", "pradhan", "rajya", "crown"],
  ...[
    "secretary",
    "minister",
    "official",
    "deputy",
    "director",
    "director-general",
    "coordinator",
    "undersecretary",
    "home",
    "union",
  ],
  ...[
    "foreign",
    "affairs",
    "general",
    "chief",
    "senior",
    "acting",
    "special",
    "envoy",
    "adviser",
    "advisor",
    "president",
    "prime",
  ],
  ...[
    "vice",
    "under",
    "assistant",
    "principal",
    "additional",
    "joint",
    "state",
    "the",
    "performing",
    "duties",
    "commissioner",
    "head",
    "comptroller",
    "commandant",
    "inspector",
    // "Head of Government Karim Alaoui"
    "government",
  ],
  // words of the institutions a title names, which are never a given name
  ...[
    "policy",
    "bureau",
    "security",
    "defense",
    "defence",
    "stability",
    "control",
    "destruction",
    "weapons",
    "nuclear",
    "arms",
  ],
  ...[
    "planning",
    "operations",
    "strategy",
    "international",
    "political",
    "economic",
    "consular",
    "cooperation",
    "development",
  ],
  ...[
    "intelligence",
    "justice",
    "public",
    "safety",
    "trade",
    "finance",
    "interior",
    "external",
    "relations",
    "division",
    "region",
  ],
  ...[
    "africa",
    "asia",
    "europe",
    "americas",
    "pacific",
    "nations",
    "united",
    "countering",
    "counterterrorism",
    "coordination",
    "office",
    "unit",
  ],
]);
const ORG_WORDS =
  /\b(ministry|department|office|bureau|council|academy|centre|center|agency|commission|service|police|force|forces|government|embassy|mission|secretariat|directorate|unit)\b/i;
/** "the Taliban administration's", "the military government's" */
const GOVERNMENT_POSSESSIVE =
  /^((?:the\s)?(?:[\p{L}-]+\s){0,2}(?:government|administration|regime|authorities|junta))[’']s\s/iu;
/** A word of a name: "Krishnan", "Villaseñor", "McAllister", "O'Brien", "Sung-ho", "al-Sudani", Irish "Ó", an initial. */
const NAME_TOKEN =
  "(?:(?<=\\b(?:Mr|Ms|Mrs|Dr|Minister|Secretary|Ambassador|Affairs|Defen[cs]e)\\.?\\s)\\p{Lu}{3,}(?=\\s\\p{Lu}\\p{Ll})|(?:al|el|ad|as|ash|an|at)-\\p{Lu}\\p{Ll}+|\\p{Lu}[\\p{Ll}’']+(?:\\p{Lu}\\p{Ll}+)?(?:-\\p{Lu}?\\p{Ll}+)*|Ó(?=\\s\\p{Lu})|\\p{Lu}\\.)";
/** Lower-case particles inside a name: "Pieter van Dalen", "Khalid bin Mansour Al Saud". */
const PARTICLE = "(?:van|von|de|der|den|du|da|das|do|dos|del|della|di|ter|bin|binti|ibn|al|el|la|le)";
/** A peer's name is a title and a place: "Lord Ashby of Kenmare", "Baroness Hale of Richmond". */
const PEER = new RegExp(
  `^(?:Lord|Baroness|Baron|Lady)\\s${NAME_TOKEN}\\sof\\s${NAME_TOKEN}(?:\\s${NAME_TOKEN})?$`,
  "u",
);
const NAME_RUN = new RegExp(
  `${PEER.source.slice(1, -1)}|${NAME_TOKEN}(?:\\s+(?:${PARTICLE}\\s+)*${NAME_TOKEN})+`,
  "gu",
);
const ACTING = /\b(acting|interim|performing the duties of|officiating)\b/i;

type Found = {
  name: string;
  start: number;
  end: number;
  title: string | null;
  organisation: string | null;
  country: string | null;
  /** a rank or honorific written just before the name ("Ambassador") */
  rank: string | null;
  /** "… of Viet Nam" after the name: the side of this name and those joined to it before */
  closesGroup?: boolean;
  /** joined to the name before by "and" */
  joinedToPrevious?: boolean;
  /** the side comes from a country named nearby, not from this name's own words */
  guessedSide?: boolean;
  sentence: Sentence;
};

/** Ranks and honorifics analysts keep with a name (not Mr or Ms), as written just before it. */
const RANK = String.raw`H\.\s?E\.|Rt\.?\sHon\.?|Right\sHonourable|Honourable|(?<=\s)U|Daw|(?:His|Her)\sHighness(?:\sSheikh|\sPrince)?|(?<!Crown\s)Prince|Princess|Sheikh|Sheikha|Sayyid|Sayyida|Dasho|Lyonpo|(?:Datuk|Dato['’]|Tan)\s(?:Seri|Sri)|Datuk|Dato['’]|Tun|(?:Senior\s)?(?:Lt\.?|Lieutenant|Major|Maj\.?)\s(?:Gen\.?|General)|(?<!(?:Attorney|Secretary|Director|Consul|Solicitor|Inspector|Governor|Surgeon|Auditor|Commissioner|Comptroller)\s)General|Gen\.|(?:Vice|Rear)\sAdmiral|Admiral|Adm\.|Air\s(?:Chief\s)?Marshal|Brigadier(?:\sGeneral)?|Colonel|Col\.|Ambassador|Senator|(?:Federal\s)?Councillor|Dr\.?|Prof\.?|Professor|Shri|Smt\.?|Baroness|Baron|Lord|Lady|Sir|Dame|Hon\.?`;
const RANK_BEFORE = new RegExp(String.raw`\b(${RANK})\s+$`);
/** "…, Senator the Hon ", "…, the Rt Hon ", "…, General (ret.) " before a name */
const RANKS_AT_END = new RegExp(
  String.raw`(?:\b(?:the\s)?(?:${RANK})(?:\s\((?:[Rr]et|[Rr]etd|[Rr]td)\.?\))?\s(?:the\s)?)+$`,
);

/** Strips title words and honorifics from the front of a run of capitalised words: what is left is the name. */
function nameIn(run: string): { name: string; offset: number } | null {
  if (PEER.test(run) && !TITLE_TOKENS.has(run.split(" ")[1]?.toLowerCase() ?? "")) return { name: run, offset: 0 };
  const tokens = [...run.matchAll(/\S+/g)].map((t) => ({ word: t[0], index: t.index }));
  let first = tokens.length;
  const isName = (word: string, before: string) =>
    // "Vice-President", "Vice-Minister": a title, whatever joins its words
    !word
      .toLowerCase()
      .split("-")
      .some((part) => TITLE_TOKENS.has(part)) &&
    !HONORIFICS.has(word.toLowerCase()) &&
    !PORTFOLIO.test(word) &&
    // "Datuk Sri Anuar …": "Sri" after a Malay title is one too; alone it is a given name ("Sri Wahyuni").
    !(/^Sri$/.test(word) && /^(?:tan|datuk|dato['’]|datin|tun)$/i.test(before));
  while (first > 0 && isName(tokens[first - 1]?.word ?? "", tokens[first - 2]?.word ?? "")) first--;
  const kept = tokens.slice(first);
  const [head, tail] = [kept[0], kept.at(-1)];
  if (!head || !tail || kept.length < 2 || /^[A-Z]\.$/.test(head.word) || /^[A-Z]\.$/.test(tail.word)) return null;
  return { name: kept.map((t) => t.word).join(" "), offset: head.index };
}

/** A country named in a phrase: "Pakistan's", "the U.S.", "Indian", "Philippine". */
function countryIn(ctx: Context, phrase: string): string | null {
  return ctx.gazetteer.countries.find(phrase)[0]?.value.code ?? null;
}

/** The country a phrase is, all of it ("the Republic of Korea"), else null. */
function wholeCountry(ctx: Context, phrase: string): string | null {
  const name = phrase.trim().replace(/^the\s/i, "");
  const hit = ctx.gazetteer.countries.find(name)[0];
  if (hit && hit.start === 0 && hit.end === name.length) return hit.value.code;
  // "the Socialist Republic of Viet Nam": a state's style before a name the gazetteer knows.
  const styled =
    /^(?:\p{Lu}\p{L}+\s){0,2}(?:Republic|Kingdom|State|Federation|Commonwealth|Sultanate|Emirate)\sof\s(?:the\s)?(.+)$/u.exec(
      name,
    );
  return styled ? wholeCountry(ctx, styled[1] ?? "") : null;
}

/**
 * Whether "of <country>" at `at` names the side ("Minister for Foreign Affairs of Japan", "Attorney
 * General of Canada") rather than ending a body's name ("Chief of Staff of the Armed Forces of the
 * Philippines").
 */
const sideAfter = (title: string, at: number) => {
  const word = title.slice(0, at).split(/\s/).at(-1) ?? "";
  // "Head of the Government of the Kingdom of Morocco", "President of the Council of Ministers of the Italian
  // Republic", "Vice Premier of the State Council of the People's Republic of China"
  return PORTFOLIO.test(word) || HEAD_WORDS.test(word) || /^(?:Government|Ministers|Council|Cabinet)$/.test(word);
};

/**
 * "Minister for Foreign Affairs of Japan", "President of the Republic of Türkiye": the title, and
 * the country after it (as written), which is the side and not part of the title.
 */
function splitSide(ctx: Context, title: string): { title: string; side: string | null } {
  // "… for Japan" only after a portfolio: a "Special Representative for Afghanistan" is about it, not from it.
  const of = [...title.matchAll(/\s(of|for)\s/g)].find(
    (m) =>
      (m[1] === "of" ? sideAfter(title, m.index) : PORTFOLIO.test(title.slice(0, m.index).split(/\s/).at(-1) ?? "")) &&
      wholeCountry(ctx, title.slice(m.index + m[0].length)),
  );
  if (!of) return { title, side: null };
  const side = title.slice(of.index + of[0].length);
  // "Diplomatic Adviser to the President of the French Republic": the country is the leader's, in the title as stated.
  // ("Secretary to the Ministry of Foreign Affairs of Sri Lanka" is a secretary of Sri Lanka's.)
  const toLeader = /\bto the\s(?:President|Prime Minister|Chancellor|King|Queen|Emir|Amir|Sultan|Crown Prince)\b/;
  return { title: toLeader.test(title.slice(0, of.index)) ? title : title.slice(0, of.index), side };
}

/** "Department of Foreign Affairs of the Philippines": the organisation, and the country after it that is its side. */
function countryOfOrganisation(ctx: Context, organisation: string) {
  const m = /^(.+)\s(?:of|for)\s(?:the\s)?([^,]+)$/.exec(organisation.trim());
  const country = m ? wholeCountry(ctx, m[2] ?? "") : null;
  return m && country ? { organisation: m[1] ?? organisation, country } : null;
}

/** Splits "acting deputy secretary in the department of homeland security" into title and organisation. */
function titleAndOrganisation(ctx: Context, phrase: string) {
  // "… at the Ministry", "… of the Department of …", "Joint Secretary (Americas), Ministry of External Affairs"
  const cut =
    /\s(?:at|in|with)\s(?:the\s)?|\sof\s(?:the\s)?(?=(?:[A-Z][\w’']*,?\s|and\s)*(?:Ministry|Department|Office)\b|ministry\b|department\b)|,\s(?:the\s)?(?=(?:[A-Z][\w’']*\s)*?(?:Ministry|Department|Office|Secretariat|Agency|Bureau)\b)/.exec(
      phrase,
    );
  // "…, Honourable Minister of Foreign Affairs": the style is not part of the title.
  let title = (cut ? phrase.slice(0, cut.index) : phrase)
    .trim()
    .replace(/,$/, "")
    .replace(/^(?:The\s)?(?:Rt\.?\s|Right\s)?(?:Honourable|Honorable|Hon\.)\s(?=\p{Lu})/u, "")
    // "X, MP, Minister of …": letters after the name, then the title.
    .replace(/^(?:MP|TD|MLA|MNA|MHA|MEP|QC|KC)(?:,\s*|\s+)(?=\p{Lu})/u, "");
  let organisation = cut ? phrase.slice(cut.index + cut[0].length).trim() : null;
  // "…, Kenya's Principal Secretary for Foreign Affairs": the country's possessive is the side.
  const owner = /^((?:\p{Lu}[\p{L}.-]*\s){0,3}\p{Lu}[\p{L}.-]*)[’']s\s(?=\p{L})/u.exec(title);
  const ownerCountry = owner ? wholeCountry(ctx, owner[1] ?? "") : null;
  if (owner && ownerCountry) title = title.slice(owner[0].length);
  // "…, director of Kyrgyzstan's Water Resources Service"
  const ofOwner = organisation ? null : ownerSplit(ctx, title);
  if (ofOwner) ({ title, organisation } = ofOwner);
  const split = splitSide(ctx, title);
  title = split.title;
  let country = split.side
    ? wholeCountry(ctx, split.side)
    : ofOwner?.side
      ? wholeCountry(ctx, ofOwner.side)
      : ownerCountry;
  if (organisation) {
    const lead = ctx.gazetteer.countries.find(organisation)[0];
    if (lead && lead.start === 0) {
      country = lead.value.code;
      organisation = organisation
        .slice(lead.end)
        .replace(/^[’']s\b/, "")
        .trim();
    }
    if (!ORG_WORDS.test(organisation)) organisation = organisation || null;
  }
  // "Agency (BNPT)": the acronym is not part of the name; "… of the Philippines" is the side.
  organisation = organisation?.replace(/\s*\([A-Z]{2,8}\)$/, "") ?? null;
  const owned = organisation ? countryOfOrganisation(ctx, organisation) : null;
  if (owned) ({ organisation, country = country ?? owned.country } = owned);
  // "diplomatic adviser to the French President": the side is the President's.
  const adviserTo = /\bto the (\p{Lu}[\p{L}]+) (?:President|Prime Minister|Chancellor)\b/u.exec(title);
  if (!country && adviserTo) country = countryIn(ctx, adviserTo[1] ?? "");
  // "Gabriela Montes, Secretariat of Security": an apposition that is an organisation.
  if (!HEAD_WORDS.test(title) && /^\p{Lu}/u.test(title) && ORG_WORDS.test(title.split(/\s/)[0] ?? ""))
    return { title: null, organisation: title, country };
  // An apposition without a title ("according to people familiar with the talks") says nothing of the person.
  if (!HEAD_WORDS.test(title)) return { title: null, organisation: null, country: null };
  return { title, organisation: organisation || null, country };
}

/** "National Border Service (SENAFRONT), Commissioner": the body's name; "military forces" is no name. */
/** "chairman of Kyrgyzstan's State Committee for National Security": a title, its side and its organisation. */
function ownerSplit(ctx: Context, phrase: string) {
  const m = /^(.+?)\s+of\s+([\p{L}.-]+)[’']s\s+(.+)$/u.exec(phrase);
  if (!m || !wholeCountry(ctx, m[2] ?? "")) return null;
  return { title: m[1] ?? phrase, side: m[2] ?? null, organisation: ownerOrganisation(m[3] ?? "") };
}

function ownerOrganisation(phrase: string): string | null {
  const name = phrase
    .replace(/\s*\([A-Z]{2,10}\)/, "")
    .replace(/,\s*\p{Lu}\p{Ll}+$/u, "")
    .trim();
  return /^\p{Lu}/u.test(name) ? name : null;
}

/** The title stated before a name, in the text since the previous participant (`floor`). */
function titleBefore(
  ctx: Context,
  sentence: string,
  floor: number,
  at: number,
): { title: string; country: string | null; organisation: string | null } | null {
  // "…of Brazil, Ambassador Paulo …": a rank between the title and the name is not the title.
  let segment = sentence.slice(floor, at).replace(RANKS_AT_END, "");
  const cut = [
    ...segment.matchAll(
      /\b(?:by|with|host|hosts|hosted|welcomed|welcomes|welcome|received|receives|receive|met|meet|counterparts?|delegations?|side|was|were|comprised|comprising|included|including|brought\stogether|bringing\stogether|(?:co-)?chairmanship of(?: the)?),?\s|,\s(?:as|while|when|after|where|before)\s|^[\s,]*and\s|\d{4},?\s|:\s|[—–]\s|\s-{1,2}\s|\bWe,\s|\b(?:Today|Yesterday|Earlier today),\s|\binvitation of\s|[”"],?\s|\b(?:said|says|told)\s|\b(?:reports|announces|confirms|states)\sthat\s(?:the\s)?|\brepresented\s(?:the\s)?(?:\p{Lu}[\p{L}.]*\s?){1,3},?\s(?:and\s)?|\bas\s(?=\p{Lu})|\b(?:[Ii]n|[Aa]t|[Oo]n)\s(?:\p{Lu}[\p{L}-]*|\d{1,4})(?:\s(?:\p{Lu}[\p{L}-]*|\d{1,4})){0,3},\s|\sand\s(?=(?:\p{Lu}[\p{L}.-]*\s){0,2}\p{Lu}[\p{L}.-]*[’']s\s)/gu,
    ),
  ].at(-1);
  if (cut) segment = segment.slice(cut.index + cut[0].length).replace(/^and\s/, "");
  segment = segment
    .replace(/,\s*$/, "")
    .replace(/^[\s,—–-]+/, "")
    .trim()
    .replace(/^(?:the|The|its|his|her|their)\s/, "");
  // "Malaysia and Brunei agreed to open a crossing, Prime Minister …": a clause, then the title.
  const clause = /^(.*),\s(?=\p{Lu})/u.exec(segment);
  if (
    clause?.[1] &&
    /\b(?!(?:of|and|for|the|on|in|to|at)\b)\p{Ll}{2,}/u.test(clause[1]) &&
    !HEAD_WORDS.test(clause[1]) &&
    HEAD_WORDS.test(segment.slice(clause[0].length))
  )
    segment = segment.slice(clause[0].length);
  // "the Sultan of Brunei, His Majesty Sultan Haji …": the title, then the style and the title again.
  const styled = /^(.+?),\s(?:His|Her)\s(?:Royal\s)?(?:Majesty|Excellency|Highness)\s?((?:\p{L}+\s?)*)$/u.exec(segment);
  if (styled?.[1] && (styled[2] ?? "").split(/\s+/).every((w) => !w || TITLE_TOKENS.has(w.toLowerCase())))
    segment = styled[1];
  // "Greece's Minister …" names the side; "the State Department's counterterrorism coordinator" the organisation.
  const possessive =
    /^((?:(?:\p{Lu}[\p{L}.]*|of|the)\s){0,4}[\p{L}.-]+(?:['’]\p{L}+)?)[’']s\s/u.exec(segment) ??
    GOVERNMENT_POSSESSIVE.exec(segment);
  const possessor = possessive?.[1] ?? "";
  // "the Taliban administration's deputy foreign minister": a government as a whole is no organisation.
  const government = GOVERNMENT_POSSESSIVE.test(`${possessor}'s `);
  const ownedBy =
    possessive && !government && ORG_WORDS.test(possessor) && !wholeCountry(ctx, possessor) ? possessor : null;
  if (possessive && (ownedBy || government || !/\s/.test(possessor) || wholeCountry(ctx, possessor)))
    segment = segment.slice(possessive[0].length);
  const words = segment.split(/\s+/).filter(Boolean);
  // "Ambassador Paulo …" is a rank; "Ambassador for Counter-Terrorism" a title.
  const rank = () =>
    HONORIFICS.has((words[0] ?? "").toLowerCase()) && !/^(?:for|to|of|at|-at-large)$/i.test(words[1] ?? "");
  while (words.length && rank()) words.shift();
  // "…, African Integration and the Diaspora, Mr. Léon …": the honorific is not part of the title.
  let title = words.join(" ").replace(/,?\s*\b(?:Mr|Ms|Mrs|Dr|Hon)\.?$/, "");
  let country = possessive && !ownedBy ? possessor : null;
  // "Australian Minister for Foreign Affairs": a leading demonym or country name is the side.
  const lead = country ? undefined : ctx.gazetteer.countries.find(title)[0];
  // ("the Libyan interior minister": a lower-case title too)
  if (lead && lead.start === 0 && /^\s\p{L}/u.test(title.slice(lead.end))) {
    country = lead.text;
    title = title.slice(lead.end).trim();
  }
  const split = splitSide(ctx, title);
  if (split.side) ({ title, side: country } = split);
  const owner = ownerSplit(ctx, title);
  if (owner) ({ title, side: country } = owner);
  // "Joint Secretary for Counter Terrorism in the Ministry of External Affairs": title, then organisation.
  // ("Joint Secretary (International Cooperation), Ministry of Defence, Shri X": after a comma too.)
  const inOrganisation =
    /(?:\s(?:at|in)\s(?:the\s)|,\s(?:the\s)?)((?:\p{Lu}[\p{L}’']*\s)*(?:Ministry|Department|Office|Secretariat|Agency|Bureau)\b.*)$/u.exec(
      title,
    );
  if (inOrganisation) title = title.slice(0, inOrganisation.index);
  if (!HEAD_WORDS.test(title) || words.length > 18 || /[.;]/.test(title.replace(/\b[A-Z]\./g, ""))) return null;
  // "… heads to Baghdad for joint committee talks on": a clause, not a title.
  if (/\s(?:on|for|to|of|the|and|Joint|with|at|in)$|\s(?:will|would|heads?|leaves?|said|says)\s/.test(title))
    return null;
  return {
    title,
    country,
    organisation: ownedBy ?? inOrganisation?.[1] ?? owner?.organisation ?? null,
  };
}

// Initials and abbreviations ("U.S.", "M.") keep their dots out of the way of the clause's end.
const ABBREVIATION_DOT = /\b([A-Z])\.(?=[A-Z]\.|\s)/g;
const DOT = "\u2024";

const HEAD_TITLE = "Secretary|Minister|Director|Coordinator|Commissioner|Adviser|Advisor|Chief|Head|Envoy";

/** ", the Hon Richard Marsh MP", ", Mr Julien Morel": a person named next. */
const NEXT_PERSON = new RegExp(
  String.raw`^,\s(?:the\s)?(?:(?:${RANK}|Mr|Ms|Mrs)\.?\s)+${NAME_TOKEN}\s${NAME_TOKEN}`,
  "u",
);

/** "Finance Minister A, Commerce and Industry Minister B and Minister for Trade and Industry C": after the comma, the next people, not an apposition. */
const NAMED_AFTER_TITLE = new RegExp(
  String.raw`\b(?:${HEAD_TITLE}|${PORTFOLIO_WORDS})\s+((?:${NAME_TOKEN}\s+)+${NAME_TOKEN})(?=\s+and\s|$)`,
  "gu",
);
const namesAPerson = (phrase: string) =>
  [...phrase.matchAll(NAMED_AFTER_TITLE)].some((m) => {
    const named = nameIn(m[1] ?? "");
    return (
      !!named &&
      named.name
        .split(/\s+/)
        .every((w) => !PORTFOLIO.test(w) && !ORG_WORDS.test(w) && !TITLE_TOKENS.has(w.toLowerCase()))
    );
  });

function appositionAfter(sentence: string, at: number): string | null {
  const rest = sentence.slice(at).replace(ABBREVIATION_DOT, `$1${DOT}`);
  // "X, First Assistant Secretary, South and Central Asia Division, in the Department of …": a
  // title in parts set off by commas, then its organisation.
  const parts = new RegExp(
    String.raw`^,\s((?:[A-Z][\w-]*\s){0,3}?(?:${HEAD_TITLE})\b[^,.]*?(?:,\s[A-Z][\w-]*(?:\s(?:and\s)?[A-Z][\w-]*){0,5}){1,2},?\s(?:of|in|at)\s(?:the\s)?[A-Z][^,.]*)`,
  ).exec(rest);
  if (parts?.[1] && !namesAPerson(parts[1])) return parts[1].trim().replaceAll(DOT, ".");
  const m =
    /^,\s((?:[^,.]|,(?=\s[A-Z][a-z]+\s(?:and|of|&)\s))+?)(?=,\s(?:and\s|[a-z]|H[.\u2024]\s?E[.\u2024])|,?\s(?:co-chaired|led|met|will|and\s(?:Ambassador|Baroness|Lord|Dr|Mr|Ms|Mrs)\b)|\.\s|\.$|,\s*$|$)/.exec(
      rest,
    );
  // "X, First Assistant Secretary, Counter-Terrorism Coordination, of …": at least the title up to the next comma.
  const phrase =
    m?.[1] ?? new RegExp(String.raw`^,\s((?:[A-Z][\w-]*\s){0,3}?(?:${HEAD_TITLE})\b[^,.]*?)(?=,\s)`).exec(rest)?.[1];
  // Not "who …", nor "X, a statement signed by the ministry's spokesperson said".
  return phrase &&
    !/^(and|who|which|while|whereas|as|but|with|according|where|when|after|before)\b/.test(phrase) &&
    // "X, welcomed U.S. Attorney General Y …": the clause's verb, not an apposition.
    !/^(?:[a-z]+ed|met|meets|said|says|told|will|would|led|held|co-chaired)\b/.test(phrase) &&
    !/^(?:an?|the)\s(?:statement|report|source|release|communiqu)|\bsaid$/.test(phrase) &&
    !namesAPerson(phrase)
    ? phrase.trim().replaceAll(DOT, ".")
    : null;
}

const RESPECTIVELY = /\brespectively\b/i;
/** "A led the U.S. delegation", "… and B the Indian side" */
const LED_THE =
  /\b(?:(?:led|headed|(?:will|to)\s+(?:lead|head))\s+)?(?:the|an?)\s+([\p{L}.]+)\s+(?:delegation|side)\b(?!\s+(?:was\s+(?:led|headed|represented)\s+)?by\b)/gu;
const OF_ORGANISATION =
  /^\s(?:of|at)\s(?:the\s)?((?:[A-Z][\p{L}’']*[’']s\s)?(?:[A-Z][\p{L}’']*\s?|of\s(?:the\s)?|and\s(?=[A-Z][\p{L}]+\s(?:Affairs|Development|Security|of)\b))+)/u;

const BULLET = /^[-•*–]\s+/;
/** ", and Peru by …", ", and the UK Government by …" */
const AND_ANOTHER_BY =
  /(?:,\s+and|;|,)\s+(?:the\s)?\p{Lu}[\p{L}.]*(?:\s\p{Lu}\p{L}+)*\s(?:(?:Government|government|side|delegation)\s)?(?:(?:was|were)\s+(?:represented|led|headed)\s+)?by\b/u;
const REPRESENTED_BY =
  /^(?:The\s)?((?:\p{Lu}[\p{L}.]*\s){1,3})(?:Government|government|delegation|side)?\s*(?:was|were)\s+represented\s+by\b/u;
/** "…, said Foreign Minister X", "…, Foreign Minister X said yesterday" */
const SAID_BY = /,\s(?:said|says)\s(?!(?:a|an|the)\s+spokes)|,\s(?:\p{Lu}[\p{L}.-]*\s){2,6}(?:said|says|told)\b/iu;
const MEMBERS =
  /\bdelegations?\b[^.]*\b(?:will (?:also )?include|also included|included|includes|comprised|consisted of)\b/i;
const LIST_HEAD = /\b(?:led by|headed by|included|comprised|consisted of|co-chaired by|delegations?)\b[^:]*:$/i;

/**
 * The sentences that may say who led: with a verb of leading or meeting, or about the meeting
 * itself ("A and B held the Third … Meeting", "A and B signed a joint declaration"), and the items
 * of a list under "The U.S. delegation was led by:", each with the side its heading names.
 */
function leadSentences(ctx: Context): { sentence: Sentence; side: string | null }[] {
  const out: { sentence: Sentence; side: string | null }[] = [];
  let side: string | null | undefined;
  for (const [i, s] of ctx.sentences.entries()) {
    const bullet = BULLET.exec(s.text);
    if (bullet && side !== undefined) {
      const cut = bullet[0].length;
      out.push({ sentence: { ...s, text: s.text.slice(cut), start: s.start + cut }, side });
      continue;
    }
    side = LIST_HEAD.test(s.text) ? countryIn(ctx, s.text) : undefined;
    // "The Irish Government was represented by …": every name in the sentence is on that side.
    // (Not "Chile was represented by A and B, and Peru by C and D", "…; Peru by C" or "…, the Peruvian side by C":
    // each country is said before its names.)
    const represented = AND_ANOTHER_BY.test(s.text) ? null : REPRESENTED_BY.exec(s.text);
    // "… have agreed to fast-track the bridge, said Foreign Minister X": who speaks first in a report led.
    const opening = i < 3 && SAID_BY.test(s.text);
    if (LEAD.test(s.text) || MEETING_WORDS.test(s.text) || SIGNED.test(s.text) || opening)
      out.push({ sentence: s, side: represented ? countryIn(ctx, represented[1] ?? "") : null });
  }
  return out;
}

/** "Prime Ministers A and B", "Foreign Ministers A of Poland and B of Lithuania": one title for two names. */
const PLURAL_TITLE = String.raw`(?:(?:Prime|Foreign|Defen[cs]e|Interior|Home|Deputy|Vice|Trade|Finance|Justice)\s)*(?:Ministers|Secretaries|Presidents|Chancellors)|(?:prime|foreign|defen[cs]e|interior|home|trade|finance|justice|deputy|vice)\s(?:ministers|secretaries)|presidents`;
const NAME_OF = String.raw`(${NAME_TOKEN}(?:\s+${NAME_TOKEN}){1,3})(?:\s+of\s+(?:the\s)?(\p{Lu}[\p{L}.]*(?:\s\p{Lu}\p{L}*){0,2})|\s+\((\p{Lu}[^)]{1,40})\))?`;
const SHARED_TITLE = new RegExp(
  String.raw`\b(?:(?:the\s)?(?:two\s)?|both\s)(${PLURAL_TITLE}),?\s+${NAME_OF},?\s+and\s+${NAME_OF}`,
  "gu",
);

function sharedTitle(ctx: Context, sentence: Sentence): Found[] {
  return [...sentence.text.matchAll(SHARED_TITLE)].flatMap((m) => {
    const title = (m[1] ?? "").replace(/ies$/, "y").replace(/s$/, "");
    return [
      [m[2], m[3] ?? m[4]],
      [m[5], m[6] ?? m[7]],
    ].map(([name = "", of]) => {
      const at = m.index + m[0].indexOf(name, m[0].indexOf(m[1] ?? "") + (m[1] ?? "").length);
      const country = of ? wholeCountry(ctx, of) : null;
      return {
        name,
        start: sentence.start + at,
        end: sentence.start + at + name.length,
        title,
        organisation: null,
        country,
        rank: null,
        guessedSide: !country,
        sentence,
      };
    });
  });
}

export function findParticipants(ctx: Context): ParticipantFact[] {
  const found: Found[] = [];
  for (const { sentence, side } of leadSentences(ctx)) {
    const inSentence: Found[] = sharedTitle(ctx, sentence);
    const shared = new Set(inSentence.map((f) => f.name));
    let floor = 0;
    for (const run of sentence.text.matchAll(NAME_RUN)) {
      // "Joint Secretary (Counter Terrorism) Meera Krishnan": words in brackets belong to a title.
      if (sentence.text[run.index - 1] === "(") continue;
      // "H.E. Mehmet Aslan": the run starts at the style's "E.", which is no initial of the name.
      const afterStyle = /H\.$/.test(sentence.text.slice(0, run.index)) && /^E\.\s/.test(run[0]);
      let named = afterStyle ? nameIn(run[0].slice(3)) : nameIn(run[0]);
      if (named && afterStyle) named = { ...named, offset: named.offset + 3 };
      if (!named || shared.has(named.name)) continue;
      // "Vice-Minister for Foreign Affairs of Japan Takahiro Ishikawa": the country ends the title.
      const leading = ctx.gazetteer.countries.find(named.name)[0];
      let leadingCountry: string | null = null;
      if (leading && leading.start === 0 && /^\s/.test(named.name.slice(leading.end))) {
        const rest = named.name.slice(leading.end).trim();
        if (rest.split(" ").length >= 2) {
          leadingCountry = leading.value.code;
          named = { name: rest, offset: named.offset + named.name.indexOf(rest, leading.end) };
        }
      }
      // "State Minister for Peace Abdi Tesfaye Gudeta": after "for", four capitalised words are the
      // title's last word and a three-word name.
      const upTo = sentence.text.slice(0, run.index + named.offset);
      const afterOf = /\b(of|for)\s$/i.test(upTo) || /\b(?:of|for)\s(?:\p{Lu}[\p{L}]+\s)+(?:and|&)\s$/u.test(upTo);
      if (afterOf && named.offset === 0 && !leadingCountry) {
        // "Minister for Peace Abdi Tesfaye Gudeta", "Minister of Energy and Natural Resources Jonathan Pryor":
        // the title's last words run into the name; the name is what follows its portfolio word.
        const words = named.name.split(" ");
        const portfolio = words.slice(0, -2).findLastIndex((w) => PORTFOLIO.test(w));
        if (portfolio < 0 && words.length < 4) continue;
        const rest = portfolio >= 0 ? words.slice(portfolio + 1).join(" ") : words.slice(-3).join(" ");
        named = { name: rest, offset: run[0].lastIndexOf(rest) };
      }
      if (ctx.gazetteer.ignored.has(named.name.toLowerCase())) continue;
      const at = run.index + named.offset;
      // "Sir Jonathan Ashcombe KCMG, Permanent Under-Secretary …", "Aoife Kavanagh TD": letters after a name.
      const postNominal = /^(?:\s(?:[A-Z]{2,5}))+(?=[,\s.]|$)/.exec(sentence.text.slice(run.index + run[0].length));
      const end = run.index + run[0].length + (postNominal?.[0].length ?? 0);
      if (
        // "Korea Coast Guard" is not a name; "Lucía Montenegro" is.
        ctx.gazetteer.countries.find(named.name).some((h) => h.start === 0) ||
        ORG_WORDS.test(named.name) ||
        /Dialogue|Meeting|Forum|Committee|Commission|Council|Ministerial/.test(named.name) ||
        // "the King Hamad Causeway": a work named after a person is not one
        /\s(?:Causeway|Bridge|Highway|Airport|Port|Canal|Dam|Road|Railway|Corridor|Tunnel|Stadium|University|Hospital|Street|Avenue|Palace|Square|Park)$/.test(
          named.name,
        )
      )
        continue;
      // "Minister of Public Safety": words after "of" or "for" belong to a title or an organisation.
      if (/\b(of|for|at|the|in)\s$/i.test(sentence.text.slice(0, at)) && !afterOf) continue;
      // "…, African Integration and the Diaspora": the end of a portfolio, not a name.
      if (PORTFOLIO.test(named.name.split(" ").at(-1) ?? "")) continue;
      // "… and Citizen Protection, Rosa Elena Villaseñor": a name set off after this run is the person.
      const next = new RegExp(`^,\\s(${NAME_TOKEN}(?:\\s+${NAME_TOKEN})+)`, "u").exec(sentence.text.slice(end));
      if (next && !HEAD_WORDS.test(next[1] ?? "") && nameIn(next[1] ?? "")?.offset === 0) continue;
      const before = titleBefore(ctx, sentence.text, floor, at);
      // "Minister A, the Deputy Prime Minister and Minister for Defence, the Hon B MP, …": after a
      // name with its title, a title set off by commas and followed by a name is the next person's.
      const following = appositionAfter(sentence.text, end);
      const apposition =
        before?.title && following && NEXT_PERSON.test(sentence.text.slice(end + following.length + 2))
          ? null
          : following;
      const parts = apposition
        ? titleAndOrganisation(ctx, apposition)
        : { title: null, organisation: null, country: null };
      const trailing = OF_ORGANISATION.exec(sentence.text.slice(end));
      // "at Camp Aguinaldo" is a place; "at the Ministry of Defence" an organisation.
      const ofOrg = trailing && (/^\s*of\s/.test(trailing[0]) || ORG_WORDS.test(trailing[1] ?? "")) ? trailing : null;
      const title = before?.title ?? parts.title;
      // "with his Ghanaian counterpart, Efua Mensah-Bonsu": a co-chair whose title is not given.
      const counterpart = /\bcounterparts?,?\s+$/.test(sentence.text.slice(0, run.index));
      if (!title && !parts.organisation && !counterpart) continue;
      const groupEnd = floor; // where the previous name's title, apposition and "of …" ended
      floor = end + (apposition ? apposition.length + 2 : 0) + (ofOrg ? ofOrg[0].length : 0);
      const clauseStart = Math.max(sentence.text.lastIndexOf(", and", at), sentence.text.lastIndexOf(";", at), 0);
      const clause = sentence.text.slice(clauseStart, at);
      // "Kim Sung-ho and Park Jin-woo of the Republic of Korea": a country after "of" is the side of the names before it.
      const ofCountry = ofOrg ? wholeCountry(ctx, ofOrg[1] ?? "") : null;
      let organisation = parts.organisation ?? (ofCountry ? null : ofOrg?.[1]?.trim()) ?? before?.organisation ?? null;
      let orgCountry: string | null = null;
      const owned = organisation ? countryOfOrganisation(ctx, organisation) : null;
      if (owned) ({ organisation, country: orgCountry } = owned);
      const lead = organisation ? /^([\p{L}.]+)[’']s\s/u.exec(organisation) : null;
      if (organisation && lead) {
        orgCountry = countryIn(ctx, lead[1] ?? "");
        organisation = organisation.slice(lead[0].length);
      }
      // "the Nigeria Immigration Service", "the Vietnam Coast Guard": a country's name opens its own agency's.
      const opening = organisation ? ctx.gazetteer.countries.find(organisation)[0] : undefined;
      if (organisation && !orgCountry && opening?.start === 0 && /^\s\p{Lu}/u.test(organisation.slice(opening.end)))
        orgCountry = opening.value.code;
      const previous = inSentence.at(-1);
      const since = sentence.text.slice(previous ? Math.max(previous.end - sentence.start, groupEnd) : 0, at);
      // The country named just before the name ("… hosted French President X"), not one a clause earlier.
      const clauseOf = (
        since.split(/,\s(?:as|while|when|after|where|before|said|says|told)\s|\sas\s(?=\p{Lu})/u).at(-1) ?? since
      ).replace(/\b(?:led|headed)\s+the\s+[\p{L}.]+\s+(?:delegation|side)\b/gu, "");
      // A country inside a dialogue's name ("the Kenya-Uganda Commission, co-chaired by X") is no one's side.
      const nearest =
        ctx.gazetteer.countries
          .find(clauseOf)
          .filter(
            (h) => !/^\s?[-–]\s?\p{Lu}/u.test(clauseOf.slice(h.end)) && !/[-–]\s?$/.test(clauseOf.slice(0, h.start)),
          )
          .at(-1)?.value.code ?? null;
      const represented = /^,?\s+represented\s+(?:the\s)?([\p{L}.]+(?:\s[\p{Lu}][\p{L}]+)?)/u.exec(
        sentence.text.slice(end),
      );
      // "A and B": B is on A's side unless the text names another country in between.
      const joined = !!previous && /^\s*,?\s*and\s/.test(since);
      // Co-chairs joined by "and" are the two sides, not one.
      const cochairs =
        /\b(?:co-)?chair(?:ed|s)?\b/i.test(sentence.text.slice(0, at)) && !/\bdelegations?\b/i.test(sentence.text);
      const coordinated = joined && !previous.closesGroup && !cochairs ? previous.country : null;
      // "the Minister of Public Safety, A, and the Minister of Justice … of Canada, B, welcomed …":
      // hosts together are one side (co-chairs together are two).
      const ownSide = parts.country ?? (before?.country ? countryIn(ctx, before.country) : null);
      const hosts = /^[^.;]*?\b(?:welcomed|hosted|received)\b/.test(sentence.text.slice(end));
      if (joined && hosts && !cochairs && !previous.country && !previous.closesGroup && ownSide)
        previous.country = ownSide;
      // "A and B of Viet Nam", "A and B represented India": the side passes back over names joined
      // by "and" (not over "A will host B of Nigeria"), and over a side only guessed from nearby.
      const representedSide = represented ? countryIn(ctx, represented[1] ?? "") : null;
      const groupSide = ofCountry ?? representedSide;
      // "Title A and Title B of India, and Title C and Title D of Japan" are groups; but in "Vice Minister A
      // and Minister of State B of the UAE held …" a name with its own title keeps "of …" to itself.
      const grouped =
        !ofCountry ||
        !before?.title ||
        /^,\s+and\s/.test(sentence.text.slice(floor)) ||
        inSentence.some((f) => f.closesGroup);
      if (groupSide && joined && grouped)
        for (let i = inSentence.length - 1; i >= 0; i--) {
          const earlier = inSentence[i]!;
          if ((earlier.country && !earlier.guessedSide) || earlier.closesGroup) break;
          earlier.country = groupSide;
          earlier.guessedSide = false;
          if (!earlier.joinedToPrevious) break;
        }
      const statedSide =
        ofCountry ??
        leadingCountry ??
        side ??
        parts.country ??
        orgCountry ??
        (before?.country ? countryIn(ctx, before.country) : null) ??
        representedSide;
      inSentence.push({
        name: named.name,
        rank: RANK_BEFORE.exec(sentence.text.slice(Math.max(0, at - 40), at))?.[1]?.replace(/\.$/, "") ?? null,
        start: sentence.start + at,
        end: sentence.start + end,
        title,
        organisation,
        closesGroup: !!groupSide,
        joinedToPrevious: joined,
        guessedSide: !statedSide,
        country:
          statedSide ??
          nearest ??
          countryIn(ctx, /(?:[\p{L}.]+[’']s|[\p{L}.]+ (?:side|delegation))/u.exec(clause)?.[0] ?? "") ??
          coordinated,
        sentence,
      });
    }
    // "The Bangladeshi and Indian delegations were led by A and B respectively."
    // So are co-chairs whose sides are only guessed, after "the Czech Republic and the Slovak Republic".
    const guessed = inSentence.length === 2 && inSentence.every((f) => f.guessedSide) && /\bchair/i.test(sentence.text);
    if ((RESPECTIVELY.test(sentence.text) || guessed) && inSentence.length > 1) {
      const first = inSentence[0]!.start - sentence.start;
      const sides = [...new Set(ctx.gazetteer.countries.find(sentence.text.slice(0, first)).map((h) => h.value.code))];
      if (sides.length === inSentence.length) inSentence.forEach((f, i) => (f.country = sides[i] ?? f.country));
    }
    // "A and B led the U.S. delegation", "A led the U.S. delegation, and B led the Colombian
    // delegation": each delegation named after names is theirs.
    let from = 0;
    for (const led of sentence.text.matchAll(LED_THE)) {
      const side = countryIn(ctx, led[1] ?? "");
      // Without "led", only "B the Indian side" right after a name says whose side it is.
      const bare = !/^(?:led|headed)/.test(led[0]);
      const leaders = inSentence.filter(
        (f) =>
          f.start - sentence.start >= from &&
          f.start - sentence.start < led.index &&
          (!bare || led.index - (f.end - sentence.start) <= 2),
      );
      for (const f of leaders) if (side) f.country = side;
      from = led.index + led[0].length;
    }
    found.push(...inSentence);
  }
  // "The Guatemalan delegation will include the Director General of …, Commissioner X": a member,
  // not a lead, once two leads are named elsewhere.
  const leads = found.filter((f) => !MEMBERS.test(f.sentence.text));
  const named = leads.length >= 2 ? leads : found;
  const unique = named.filter((f, i) => named.findIndex((g) => g.name === f.name) === i);
  const parties = new Set(unique.map((f) => f.country).filter(Boolean));
  return unique.map((f) => {
    const known = ctx.gazetteer.people.find(f.name)[0]?.value;
    const country = f.country ?? known?.country ?? null;
    // Two leads on one side, one of them only guessed from a country nearby: the guess is wrong.
    const sameAsStated =
      f.guessedSide && unique.length === 2 && unique.some((g) => g !== f && !g.guessedSide && g.country === f.country);
    const otherSide = (!country && unique.length === 2 && parties.size === 1) || sameAsStated ? null : country;
    return {
      name: known?.name ?? f.name,
      title: f.title,
      acting: ACTING.test(f.title ?? ""),
      ...(f.rank ? { honorific: f.rank } : {}),
      organisation: f.organisation ?? known?.organisation ?? null,
      country: otherSide,
      role: "CO_CHAIR" as const,
      personId: known?.id ?? null,
      ...(known && known.name !== f.name ? { writtenAs: f.name } : {}),
      ...factOf(
        ctx,
        f.title ? "participant.title" : "participant.organisation",
        f.title && f.country ? 0.85 : 0.65,
        [f],
        [f.sentence],
      ),
    };
  });
}

/**
 * In a two-party dialogue, a lead whose side is not said is on the side no one else is; two co-chairs
 * of whom neither's side is said are named in the order of the dialogue's name ("the U.S.-Qatar
 * Strategic Dialogue … A and B convened"), as readouts write them.
 */
export function sidesFromSeries(ctx: Context, series: SeriesFact, participants: ParticipantFact[]) {
  if (series.parties.length !== 2) return;
  const noneSaid = !participants.some((p) => p.country);
  sidesFromParties(series.parties, participants);
  if (participants.length !== 2 || !noneSaid) return;
  const order = [...new Set(ctx.gazetteer.countries.find(series.name).map((h) => h.value.code))];
  if (order.length !== 2 || !order.every((c) => series.parties.includes(c))) return;
  participants.forEach((p, i) => (p.country = order[i] ?? null));
}

/** A lead whose side is not said is on the side of the two parties no other lead is. */
export function sidesFromParties(parties: string[], participants: ParticipantFact[]) {
  if (parties.length !== 2) return;
  const sides = new Set(participants.map((p) => p.country).filter(Boolean));
  const other = parties.filter((c) => !sides.has(c));
  if (other.length === 1) for (const p of participants) p.country ??= other[0] ?? null;
}

/** Without a series, the two countries a text names most are its parties, if no third is named as often. */
export function mainParties(ctx: Context): string[] {
  const counts = new Map<string, number>();
  for (const h of ctx.countryHits()) counts.set(h.value.code, (counts.get(h.value.code) ?? 0) + 1);
  const [first, second, third] = [...counts].sort((a, b) => b[1] - a[1]);
  return first && second && (third?.[1] ?? 0) < second[1] ? [first[0], second[0]] : [];
}
