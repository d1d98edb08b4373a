import type { AgreementKind, AgreementStatus } from "@/generated/prisma/enums";
import type { AgreementFact } from "../draft";
import { factOf, type Context } from "../context";
import type { Sentence } from "../text";
import { inEarlierYear, WEEKDAYS } from "./dates";

// Agreements signed or in the making: "a memorandum of cooperation on law enforcement training
// between X and Y", "an acquisition and cross-servicing agreement", "a Memorandum of Understanding
// on …". The status comes from the words around it: signed / signing is signed; "approve for
// signing" and "begin negotiations" are proposed; negotiating, finalising or "progress toward" is
// under negotiation. The same agreement mentioned twice is one, with both passages.

const KINDS: [RegExp, AgreementKind][] = [
  [/^memorand(?:um|a)(?: of understanding)?$|^mou$|^mous$/i, "MOU"],
  [/^memorand(?:um|a) of cooperation$|^moc$/i, "MEMORANDUM_OF_COOPERATION"],
  [/^letters? of intent$/i, "LETTER_OF_INTENT"],
  [/^(joint )?declaration( of intent)?$/i, "JOINT_DECLARATION"],
  [/^(mutual recognition )?arrangement$|^convention$/i, "AGREEMENT"],
  [/^protocol$/i, "PROTOCOL"],
  [/^exchanges? of notes$|^letters? of exchange$/i, "EXCHANGE_OF_NOTES"],
  [/^treaty$/i, "TREATY"],
  [/agreements?$|^deal$|^pact$/i, "AGREEMENT"],
];
/** Words that name an organisation: "between the X Academy and the Y Centre" names signatories. */
const ORG_WORDS =
  "Government|Ministry|Department|Office|Bureau|Council|Academy|Centres?|Centers?|Agency|Commission|Service|Police|Force|Guard|University|Institute|Bank|Authority";
// Case matters in one place only: "between the X Academy and the Y Centre" (capitalised: organisations,
// the signatories) ends the subject; "between their coordination centres" is part of it.
const ci = (word: string) => word.replace(/[a-z]/, (c) => `[${c.toUpperCase()}${c}]`);
const KIND_WORDS = [
  String.raw`${ci("memorand")}(?:um|a)(?: of (?:${ci("understanding")}|${ci("cooperation")}))?`,
  "MoUs?|MOUs?|MoC",
  String.raw`${ci("letter")}s? of ${ci("intent")}`,
  String.raw`(?:${ci("joint")} )?${ci("declaration")}(?: of ${ci("intent")})?`,
  ci("protocol"),
  String.raw`${ci("exchange")}s? of ${ci("notes")}`,
  String.raw`${ci("letter")}s? of ${ci("exchange")}`,
  ci("treaty"),
  String.raw`${ci("agreement")}s?`,
  ci("arrangement"),
  // "a convention on the financing of …", as French and Francophone texts call an agreement
  ci("convention"),
  // "a deal to share intelligence", "a pact on …": only with what it is on (not "a great deal of")
  "deal|pact",
].join("|");
const MENTION = new RegExp(
  String.raw`\b(?:(?:[Aa]n?|[Tt]he)\s+((?:(?!(?:for|to|in|on|at|by|with|from|an?|the)\s)[a-z-]+\s){1,4}?|(?:(?:renewed|revised|updated|new)\s)?(?:\p{Lu}[\p{L}-]*\s(?:(?:of|and|on|for|in)\s)?){1,6}?))?(${KIND_WORDS})\b(\s+in\s+\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+){0,2})?(?:\s+on\s+(?:${WEEKDAYS.join("|")})(?=\s+(?:to|on)\s))?(?:\s+between\s+((?:the\s)?[^,.;]+?)\s+and\s+((?:the\s)?[^,.;]+?)(?=\s+on\s))?(?:\s+(?:on|for|regarding|concerning|to strengthen|(?:amending|revising)(?=\s+(?:the|Annex|Article)\s)|to(?=\s(?:avoid|prevent|promote|protect|facilitate|combat|counter|share|exchange|curb|fight|tackle|build|construct|develop|establish|create|expand|upgrade)\b)|in the (?:[Ff]ield|[Aa]rea)s? of)\s+((?:the\s)?[^,.;]+?))?(?=\s+(?:between\s+(?:the\s)?(?:[\p{L}’'.]+\s){0,2}(?:\p{Lu}[\p{L}’']*\s?)*(?:${ORG_WORDS})\b|between\s+(?:the\s+)?(?:two|both)\s+(?:countries|sides|governments)\b(?![’'])|(?:which|under(?!\s+the\s+\p{Lu})|that|allowing|covering|with|when|once|were|was|is|are|had|has|have|could|will|before|during|as|among|amongst|to (?:replace|supersede|succeed|be)|for signature|review|negotiations|talks|on (?:${WEEKDAYS.join("|")})|in (?:19|20)\d\d|yesterday|today)\b|by the end|within|in the (?:first|second|third|fourth|last) (?:quarter|half)|next year|later this year|by (?:19|20)\d\d|at (?:the|their|its) next|earlier this (?:year|month)|last (?:year|month)|soon|shortly|at an early date|as soon as possible|and\s+(?:will|agreed|signed|would|also|to|a|an|the|on|one|two|three|four|five|six|\d+|said|noted|welcomed|expressed|discussed|reviewed|decided|announced|directed|tasked|instructed|called|urged|stressed|underlined|reaffirmed|committed|thanked|invited|highlighted|initial(?:l)?ed|exchanged|witnessed|adopted|launched|approved|endorsed|established)\b)|[,.;]|$)`,
  "gu",
);
const STATUS: [RegExp, AgreementStatus][] = [
  [
    /\b(approv\w* for signing|(?:agreed |decided |plans? |intends? |and )?to sign\b|will sign|(begin|start|launch|open)(?: of)? (negotiations|talks)|will negotiate|(?:agreed|decided) to negotiate|(?<!(?:first|originally|initially) )proposed|expected to (?:sign|approve(?:\w* for signing)?|witness the signing|(?:conclude|end|close) with the signing)|(is|are) expected to be signed|work (?:would|will) (?:begin|start)|begin work|(?:agreed|decided) to draft)\b/i,
    "PROPOSED",
  ],
  [
    /\b((?:re)?negotiat\w*|(?:towards?|early) (?:the )?(?:early )?signing|(?:an\s)?early conclusion(?: of(?: the)?)?|being (?:drafted|negotiated|prepared|finali[sz]ed)|drafting|ready for signing|initial(?:l)?ed|(?:agreed|decided) to conclude|to conclude|at an early date|finali[sz]\w*|progress (?:toward|on|in)|under discussion|work(?:ing)? (?:on|towards?)|advanced stage|(?:close to|nearing) completion|expedite\w*|draft|(?:has|have|had)\s+(?:yet\s+to\s+be|not\s+(?:yet\s+)?been)\s+signed|talks on|continue (consultations|talks|work) on)\b/i,
    "UNDER_NEGOTIATION",
  ],
  [
    /\b(signed|signing|did sign|signature|inked|concluded|conclusion of the|exchanged|(?:witnessed|welcomed) the exchange|produced)\b/i,
    "SIGNED",
  ],
];
/** An agreement made before this meeting ("the Defence Cooperation Agreement signed last year") is not one of its outcomes. */
const EARLIER =
  /^[^.;]{0,40}?\b(?:signed|concluded|agreed)\s+(?:last\s(?:year|month)|earlier)\b|^[^.;]{0,60}?\b(?:which|that|had|has)\s+(?:(?:already\s)?(?:entered|came)|been\s+in)\s+(?:into\s+)?force\b|^\s+(?:earlier this (?:year|month)|last (?:year|month))\b/i;
/** "… signed in 2019": an earlier year's (not "which will be signed in 2027") */
const SIGNED_IN = /^[^.;]{0,40}?\b(?:signed|concluded|agreed)\s+in\s+((?:19|20)\d\d)\b/i;
const signedEarlier = (after: string, published: Date | null) => {
  const year = SIGNED_IN.exec(after)?.[1];
  return !!year && !!published && Number(year) < published.getUTCFullYear();
};
/** "A readmission agreement … was not on the table": not this meeting's. */
const NOT_DISCUSSED = /^[^.;]{0,60}?\b(?:was|is|were|are)\s+not\s+(?:on the table|on the agenda|discussed|raised)\b/i;
/** "…, which has been under negotiation since 2019", "… is still being discussed": said after it. */
const NEGOTIATED_AFTER =
  /^[^.;]{0,60}?\b(?:(?:which|that)\s+(?:has|have|had)\s+been\s+(?:under negotiation|negotiated|under discussion)|(?:is|are)\s+still\s+being\s+(?:discussed|negotiated))\b/i;
const SKIP_PREMODIFIERS =
  /\b(new|renewed|revised|updated|upgraded|moderni[sz]ed|expanded|improved|the|this|that|their|its|a|an|bilateral|trilateral|multilateral|joint|formal|draft)\b/gi;
/** "the implementation of the Joint Declaration on …": an agreement the text refers to, not one of this meeting. */
const REFERRED =
  /(?:\bsince\b[^.;]{0,40}\bsigned|\b(?:implementation of|entry into force of|extension of|the work of|in line with|pursuant to|framework of|under|building on|based on))\s+the\s+(?:\p{Lu}[\p{L}-]*\s+(?:(?:of|and|on|for)\s+)?)*$/u;
const DAY_OR_DATE =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|\d)/;
/** "a) Agreement on …;" under "welcomed the signing of the following documents:" */
const LIST_ITEM = /^(?:\(?[a-z]\)|\(?[ivx]+\)|[-•*–]|\d+[.)])\s/;
/** A signatory without the country in front of it: "India's National Police Academy" is the Academy. */
const withoutCountry = (org: string) => org.replace(/^(?:[\p{L}.]+[’']s|US|U\.S\.|UK)\s/u, "").trim();
const titleCase = (s: string) =>
  s.replace(/\b([a-z])([\w-]*)/g, (w, a: string, b: string) =>
    /^(on|of|and|the|for|in|to)$/.test(w) ? w : a.toUpperCase() + b,
  );

/** "Law Enforcement Training Agreement", "Memorandum of Understanding on Civil Protection" */
function titleOf(kind: AgreementKind, kindText: string, subject: string): string {
  if (kind === "AGREEMENT") return titleCase(`${subject} agreement`).replace(/^./, (c) => c.toUpperCase());
  const kindWords = /^mous?$|^memorand(?:um|a)(?: of understanding)?$/i.test(kindText)
    ? "Memorandum of Understanding"
    : titleCase(kindText.toLowerCase().replace(/s$/, ""));
  return `${kindWords} on ${titleCase(subject)}`;
}

/** "agreements", "MoUs", "memoranda of understanding" */
const PLURAL = /s$|^memoranda\b/i;
const AFTER_VERB =
  /^\s+(?:were|have been|had been)\s+(signed|exchanged|concluded|initialled)\b[^,.;]{0,40},\s+on\s+([^.;]+?)(?=[.;]|$)/;

/** "signed three agreements, on defence, on visas and on tourism" */
const SET_OFF_LIST = /^,\s+on\s+([^.;]+?)(?=[.;]|$)/;
const TO_BE_SIGNED = /^\s+(?:is|are)\s+(?:expected|due|scheduled|set)\s+to\s+be\s+signed\b/;

/** "The two sides exchanged notes concerning a grant for …": an exchange of notes said by its verb. */
const NOTES_EXCHANGED =
  /\bexchanged\s+(?:diplomatic\s+)?notes\s+(?:on|concerning|regarding|for)\s+((?:an?\s|the\s)?[^,.;]+?)(?=[,.;]|$)/;

/** "… and the Prevention of Fiscal Evasion": a second action in the same agreement's subject. */
const AND_THE_ACTION =
  /^\s+and\s+(the\s(?!(?:signing|conclusion|exchange|adoption)\b)(?:\p{L}+\s)?\p{L}+(?:tion|ment|ance|ence|sion|ing)\s+of\s(?:(?!memorand|agreement|declaration|protocol|treaty)[^,.;])+?)(?=[,.;]|$|\s+(?:which|and|at|during|by)\b)/iu;

/** A subject that is an action on something: "the joint management of", "the construction of" */
const ACTION_OF = /(?:the\s)?(?:\p{Ll}+\s)?\p{Ll}+(?:tion|ment|ance|ence|sion|ing)\s+of\s/u;

/** "signed five agreements, including one on the joint operation of the railway" */
const INCLUDING_ONE = /^,?\s+including\s+one\s+(?:on|for|concerning)\s+([^,.;]+?)(?=[,.;]|$)/;

/**
 * The agreements a plural kind lists after its verb ("… were exchanged, on the supply of X and on
 * the training of Y") or names one of ("five agreements, including one on X").
 */
function listedAfterVerb(ctx: Context, sentence: Sentence, from: number, kind: AgreementKind, kindText: string) {
  const rest = sentence.text.slice(from);
  const afterVerb = AFTER_VERB.exec(rest);
  const one = afterVerb ? null : (INCLUDING_ONE.exec(rest) ?? SET_OFF_LIST.exec(rest));
  const m = afterVerb ?? one;
  const list = afterVerb ? afterVerb[2] : one?.[1];
  if (!m || !list) return [];
  // "were signed, on A and on B" says its status; "signed five agreements, including one on A" said it before.
  const status: AgreementStatus = afterVerb ? "SIGNED" : statusNear(sentence, from);
  const listStart = from + m[0].length - list.length;
  return list.split(/,\s+(?:and\s+)?on\s+|\s+and\s+on\s+/).flatMap((item) => {
    const subject = item.trim().replace(/^(?:the|an?)\s/i, "");
    const at = sentence.start + listStart + list.indexOf(item);
    if (!subject || DAY_OR_DATE.test(subject)) return [];
    return [
      {
        key: `${kind}:${subject.toLowerCase()}`,
        kind,
        title: titleOf(kind, kindText, subject),
        subject,
        status,
        parties: [],
        signatories: [],
        ...factOf(ctx, `agreement.${kind.toLowerCase()}`, 0.7, [{ start: at, end: at + item.length }], [sentence]),
      },
    ];
  });
}

function statusNear(sentence: Sentence, at: number): AgreementStatus {
  // The words just before the mention decide first, the closest of them ("… towards an arrangement
  // and to sign a memorandum"), then the sentence.
  // Of words that overlap ("approve for signing", "start talks on"), the longest.
  const before = sentence.text.slice(Math.max(0, at - 120), at);
  const hits = STATUS.flatMap(([re, status]) =>
    [...before.matchAll(new RegExp(re.source, "gi"))].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      status,
    })),
  );
  const last = hits.sort((a, b) => b.end - a.end)[0];
  const closest = hits
    .filter((h) => last && h.start < last.end && h.end > last.start)
    .sort((a, b) => b.end - b.start - (a.end - a.start))[0];
  if (closest) return closest.status;
  for (const [re, status] of STATUS) if (re.test(sentence.text)) return status;
  return "PROPOSED";
}

export function findAgreements(ctx: Context): AgreementFact[] {
  const out: (AgreementFact & { key: string })[] = [];
  let listStatus: AgreementStatus | null = null;
  for (const [i, sentence] of ctx.sentences.entries()) {
    // "The full text of the joint statement follows", "Following is the text of …": a heading, not an outcome.
    if (/^(?:the\s+)?(?:full\s+)?text of\b|\bfollowing is\b/i.test(sentence.text)) continue;
    const item = LIST_ITEM.test(sentence.text);
    // "… signed a series of documents. The documents included an agreement on …"
    const previous = ctx.sentences[i - 1];
    const listedAfter =
      previous &&
      /^(?:The|These)\s(?:documents|agreements|instruments)\s(?:included|include|were|are)\b/.test(sentence.text)
        ? (STATUS.find(([re]) => re.test(previous.text))?.[1] ?? null)
        : null;
    if (!item)
      listStatus = /:$/.test(sentence.text) ? (STATUS.find(([re]) => re.test(sentence.text))?.[1] ?? null) : null;
    for (const m of sentence.text.matchAll(MENTION)) {
      // "a Mutual Legal Assistance Treaty in Criminal Matters": a capitalised name goes on after its kind.
      const [whole, premodifiers = "", kindText = "", nameTail, betweenA, betweenB, subjectText] = m;
      const kind = KINDS.find(([re]) => re.test(kindText))?.[1];
      // "Joint Declaration on the First Meeting of …" heading the text is the text itself; "agreements
      // and memoranda in the fields of defence, energy, …" names kinds of cooperation, not agreements.
      if (kind === "JOINT_DECLARATION" && sentence.start === 0 && m.index === 0) continue;
      if (PLURAL.test(kindText) && /\sin the fields? of\s/i.test(whole)) continue;
      // "a deal to share intelligence" with what it is on; a headline's "near deal on fighter jet
      // costs", without its article, is not yet one.
      const withArticle = () =>
        /\b(?:an?|the)\s+(?:[\w-]+\s+){0,3}$/i.test(
          sentence.text.slice(0, m.index) + whole.slice(0, whole.indexOf(kindText)),
        );
      if (!kind || (/^(?:deal|pact)$/.test(kindText) && (!subjectText || !withArticle()))) continue;
      // "a bilateral investment treaty" keeps its "bilateral"; "a new bilateral agreement" does not.
      const pre = premodifiers
        .replace(kind === "TREATY" ? /\b(the|a|an|new|final|draft)\b/gi : SKIP_PREMODIFIERS, "")
        .trim();
      // "several agreements, including …" names none; "a … cooperation agreement" names one.
      const named = (kind === "AGREEMENT" || kind === "TREATY") && pre && !PLURAL.test(kindText);
      // "The labour agreement will let …" after "an agreement on the recruitment of workers": the same one again.
      if (named && !subjectText && /^the\s/i.test(whole) && /^\p{Ll}/u.test(pre) && out.some((a) => a.kind === kind))
        continue;
      // "a cost-sharing agreement for the KF-21 programme": cost-sharing, for the programme.
      const forWhat = named && subjectText && /\sfor\s+$/.test(whole.slice(0, whole.length - subjectText.length));
      // "Protocol amending the Agreement on Road Transport": what it does to the agreement is its subject.
      const amending = subjectText
        ? /\s(?:amending|revising)\s+$/.exec(whole.slice(0, whole.length - subjectText.length))
        : null;
      // "an MoU on money laundering and the financing of terrorism": one agreement on both.
      const tail =
        subjectText && !PLURAL.test(kindText) ? AND_THE_ACTION.exec(sentence.text.slice(m.index + whole.length)) : null;
      // "Reciprocal Access between the Japan Self-Defense Forces and the Indonesian …": both sides are the subject's.
      const betweenTail =
        !tail && subjectText && /\s(?:between|for)\s(?:the\s)?\p{Lu}(?!.*\sand\s)/u.test(subjectText)
          ? /^\s+and\s+((?:the\s)?\p{Lu}[^,.;]*?)(?=[,.;]|$|\s(?:which|to|in|by)\s)/u.exec(
              sentence.text.slice(m.index + whole.length),
            )
          : null;
      const subject =
        (
          (forWhat
            ? `${pre} for ${subjectText}`
            : amending
              ? `${amending[0].trim()} ${subjectText}`
              : (subjectText ?? (named ? (nameTail && /^\p{Lu}/u.test(pre) ? `${pre}${nameTail}` : pre) : ""))) +
          (tail ? ` and ${tail[1]}` : betweenTail ? ` and ${betweenTail[1]}` : "")
        )
          .trim()
          .replace(/^(?:the|an?)\s/i, "")
          // "cybersecurity cooperation between their CERTs" is on cybersecurity cooperation; "cooperation
          // between their coordination centres" needs its "between" to say what it is about.
          .replace(/^(\S+\s\S+.*?)\s+between\s+their\s.*$/, "$1") || null;
      // "Two memoranda were exchanged, on A and on B": the subjects follow the verb.
      if (!subject && PLURAL.test(kindText))
        out.push(...listedAfterVerb(ctx, sentence, m.index + whole.length, kind, kindText));
      // "signed 14 agreements on Thursday": a day is not a subject.
      const after = sentence.text.slice(m.index + whole.length);
      if (
        !subject ||
        EARLIER.test(after) ||
        NOT_DISCUSSED.test(after) ||
        signedEarlier(after, ctx.published) ||
        inEarlierYear(after, ctx.published) ||
        DAY_OR_DATE.test(subject)
      )
        continue;
      const kindAt = m.index + whole.lastIndexOf(kindText, whole.length - (subjectText?.length ?? 0));
      if (REFERRED.test(sentence.text.slice(0, kindAt))) continue;
      // "a treaty on the state border is expected to be signed": said after it, whatever came before.
      // ("expected to sign X, which has been under discussion since 2023" is still a signing proposed.)
      const saidAfter = TO_BE_SIGNED.test(after)
        ? "PROPOSED"
        : NEGOTIATED_AFTER.test(after) && !/\bto\s+sign\b/.test(sentence.text.slice(Math.max(0, kindAt - 120), kindAt))
          ? "UNDER_NEGOTIATION"
          : null;
      const status = (item && listStatus) || (listedAfter ?? saidAfter ?? statusNear(sentence, kindAt));
      const between =
        betweenA && betweenB
          ? [null, betweenA.replace(/^the\s/, ""), betweenB.replace(/^the\s/, "")]
          : /^\s+between\s+(?:the\s)?(.+?)\s+and\s+(?:the\s)?(.+?)(?=[.;,]|$)/.exec(
              sentence.text.slice(m.index + whole.length),
            );
      const signatories = between ? [withoutCountry(between[1] ?? ""), withoutCountry(between[2] ?? "")] : [];
      const key = `${kind}:${subject.toLowerCase()}`;
      const start = sentence.start + (kind === "AGREEMENT" && pre ? m.index + whole.indexOf(pre) : kindAt);
      const span = {
        start,
        end: sentence.start + m.index + whole.length + (tail?.[0].length ?? betweenTail?.[0].length ?? 0),
      };
      const same = out.find((a) => a.key === key);
      if (same) {
        same.evidence.push(span);
        if (!same.signatories.length) same.signatories = signatories;
        continue;
      }
      out.push({
        key,
        kind,
        title: titleOf(kind, kindText, subject),
        subject,
        status,
        parties: [],
        signatories,
        ...factOf(ctx, `agreement.${kind.toLowerCase()}`, 0.8, [span], [sentence]),
      });
      // "agreements on the avoidance of double taxation and on youth development", "… on the joint
      // management of A and the construction of B": two of them.
      const rest = sentence.text.slice(m.index + whole.length);
      const second = !PLURAL.test(kindText)
        ? null
        : (/^\s+and\s+on\s+((?:the\s)?[^,.;]+?)(?=\s+(?:during|which|at|before|by|as)\b|[,.;]|$)/.exec(rest) ??
          (ACTION_OF.test(subject)
            ? new RegExp(String.raw`^\s+and\s+(${ACTION_OF.source}[^,.;]+?)(?=[,.;]|$)`, "u").exec(rest)
            : null));
      if (second?.[1]) {
        const other = second[1].replace(/^the\s/i, "");
        const at = sentence.start + m.index + whole.length + second[0].indexOf(second[1]);
        out.push({
          key: `${kind}:${other.toLowerCase()}`,
          kind,
          title: titleOf(kind, kindText, other),
          subject: other,
          status,
          parties: [],
          signatories: [],
          ...factOf(
            ctx,
            `agreement.${kind.toLowerCase()}`,
            0.7,
            [{ start: at, end: at + second[1].length }],
            [sentence],
          ),
        });
      }
    }
  }
  for (const sentence of ctx.sentences) {
    const m = NOTES_EXCHANGED.exec(sentence.text);
    const subject = m?.[1]?.replace(/^(?:the|an?)\s/i, "");
    if (!m || !subject || out.some((a) => a.kind === "EXCHANGE_OF_NOTES")) continue;
    const start = sentence.start + m.index;
    out.push({
      key: `EXCHANGE_OF_NOTES:${subject.toLowerCase()}`,
      kind: "EXCHANGE_OF_NOTES",
      title: titleOf("EXCHANGE_OF_NOTES", "exchange of notes", subject),
      subject,
      status: "SIGNED",
      parties: [],
      signatories: [],
      ...factOf(ctx, "agreement.exchange_of_notes", 0.7, [{ start, end: start + m[0].length }], [sentence]),
    });
  }
  return merged(out).map(({ key, ...fact }) => (void key, fact));
}

const CONTENT_WORDS = (subject: string) =>
  new Set(
    subject
      .toLowerCase()
      .match(/[\p{L}\d]{3,}/gu)
      ?.filter((w) => !/^(?:the|and|for|with)$/.test(w)) ?? [],
  );

/**
 * "agreements on the Mirim Lagoon waterway" in a headline and "an agreement on navigation in the
 * Mirim Lagoon waterway" below it: one agreement, said more fully, with both passages.
 */
function merged<T extends AgreementFact>(list: T[]): T[] {
  return list.filter((a) => {
    const words = CONTENT_WORDS(a.subject ?? "");
    const fuller = list.find((b) => {
      // (A lead's "an agreement on AI research" may be the memorandum the body names in full.)
      if (
        b === a ||
        (b.kind !== a.kind && !(a.kind === "AGREEMENT" && /^(?:MOU|MEMORANDUM_OF_COOPERATION)$/.test(b.kind)))
      )
        return false;
      const more = CONTENT_WORDS(b.subject ?? "");
      return more.size > words.size && [...words].every((w) => more.has(w));
    });
    if (fuller) fuller.evidence.push(...a.evidence);
    return !fuller;
  });
}
