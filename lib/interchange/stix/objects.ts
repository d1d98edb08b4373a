import type { OrganisationKind } from "@/generated/prisma/enums";
import { isoDate } from "@/lib/dates";
import type {
  InterchangeAgreement,
  InterchangeCitation,
  InterchangeLink,
  InterchangeOutcome,
  Meeting,
} from "../records";
import { stixRef } from "./refs";
import { EXTENSION_PUBLISHED } from "./extension";
import type { StixIds } from "./ids";

// Parley's records as STIX 2.1 objects. Governments, organisations, people and publishers are
// identities; a meeting is a report whose object_refs are its delegations, agreements and outcomes;
// a quoted citation is a note on what it backs; a typed link is a relationship. Agreements and
// outcomes are objects of their own (parley-agreement, parley-outcome), and what STIX has no
// property for is carried by Parley's extension (extension.ts), declared in every bundle.

export type StixObject = { type: string; id: string } & Record<string, unknown>;

type Dated = { createdAt: Date; updatedAt: Date };
type Country = { code: string; name: string } & Dated;
type Organisation = Meeting["participations"][number]["organisation"] & {};
type Person = Meeting["participations"][number]["person"] & {};

/** STIX properties may not be null or empty lists: drops both, at any depth. */
export function compact<T>(value: T): T {
  if (Array.isArray(value)) return value.map(compact).filter((v) => v !== undefined) as T;
  if (value && typeof value === "object" && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      const kept = compact(v);
      if (kept === null || kept === undefined || (Array.isArray(kept) && kept.length === 0)) continue;
      out[key] = kept;
    }
    return out as T;
  }
  return value;
}

/** "SENIOR_OFFICIALS" → "senior-officials": Parley's enums in the style of STIX vocabularies. */
export const vocab = (value: string | null | undefined) => (value ? value.toLowerCase().replaceAll("_", "-") : null);

/** Admiralty credibility 1–6 as STIX confidence (0–100); 6, "cannot be judged", has none. */
export const CONFIDENCE: Record<number, number | null> = { 1: 90, 2: 70, 3: 50, 4: 30, 5: 10, 6: null };

const SECTORS: Partial<Record<OrganisationKind, string[]>> = {
  GOVERNMENT: ["government-national"],
  MINISTRY: ["government-national"],
  DEPARTMENT: ["government-national"],
  AGENCY: ["government-national"],
  LEGISLATURE: ["government-national"],
  LAW_ENFORCEMENT: ["government-national"],
  MILITARY: ["government-national", "defense"],
  ACADEMY: ["government-national", "education"],
  NGO: ["non-profit"],
  THINK_TANK: ["non-profit"],
  COMPANY: ["commercial"],
};

const FIRST_VERSION = { createdAt: EXTENSION_PUBLISHED, updatedAt: EXTENSION_PUBLISHED };

export type StixContext = { ids: StixIds; origin: string };

function base(ctx: StixContext, type: string, id: string, dated: Dated) {
  return {
    type,
    spec_version: "2.1",
    id,
    created: dated.createdAt.toISOString(),
    modified: dated.updatedAt.toISOString(),
    created_by_ref: ctx.ids.producer,
  };
}

/** Properties carried by Parley's extension on a STIX object of a standard type. */
const extended = (ctx: StixContext, properties: Record<string, unknown>) => ({
  extensions: { [ctx.ids.extension]: { extension_type: "property-extension", ...properties } },
});
/** The marker an object of one of Parley's own types carries. */
const ownType = (ctx: StixContext) => ({ extensions: { [ctx.ids.extension]: { extension_type: "new-sdo" } } });
const inParley = (ctx: StixContext, path: string) => ({ source_name: "Parley", url: `${ctx.origin}${path}` });
const slugs = (topics: { topic: { slug: string } }[]) => topics.map((t) => t.topic.slug);
const day = (date: Date | null, precision?: string | null) =>
  date ? isoDate(date, (precision ?? "DAY") as "DAY" | "MONTH" | "YEAR") : null;

export function countryIdentity(ctx: StixContext, c: Country): StixObject {
  return compact({
    ...base(ctx, "identity", ctx.ids.country(c.code), c),
    name: c.name,
    description: `The government of ${c.name}`,
    identity_class: "organization",
    sectors: ["government-national"],
    ...extended(ctx, { country_code: c.code }),
  });
}

export function organisationIdentity(ctx: StixContext, o: Organisation): StixObject {
  return compact({
    ...base(ctx, "identity", ctx.ids.organisation(o.id), o),
    name: o.name,
    identity_class: "organization",
    sectors: SECTORS[o.kind] ?? null,
    external_references: [inParley(ctx, `/organisations/${o.id}`)],
    ...extended(ctx, {
      acronym: o.acronym,
      organisation_kind: vocab(o.kind),
      country_code: o.country?.code,
      parent_ref: o.parentId ? ctx.ids.organisation(o.parentId) : null,
    }),
  });
}

export function personIdentity(ctx: StixContext, p: Person): StixObject {
  return compact({
    ...base(ctx, "identity", ctx.ids.person(p.id), p),
    name: p.name,
    identity_class: "individual",
    external_references: [inParley(ctx, `/people/${p.id}`)],
    ...extended(ctx, { honorific: p.honorific, aliases: p.aliases, nationality: p.country?.code }),
  });
}

type Source = InterchangeCitation["source"];
const publisherName = (s: Source) => s.publisher ?? s.title;

/** Who published a source, with the source's Admiralty reliability (A–F). */
export function publisherIdentity(ctx: StixContext, s: Source): StixObject {
  // Everything it says is in its identifier (name and rating), so every version of it is the first.
  return compact({
    ...base(ctx, "identity", ctx.ids.publisher(publisherName(s), s.reliability), FIRST_VERSION),
    name: publisherName(s),
    identity_class: s.publisher ? "organization" : "unknown",
    ...extended(ctx, { reliability: s.reliability }),
  });
}

/** The STIX identities a meeting refers to: its parties' governments, delegates and their organisations. */
export function meetingIdentities(ctx: StixContext, m: Meeting): StixObject[] {
  const countries = [
    ...m.series.parties.map((p) => p.country),
    ...m.participations.flatMap((p) => (p.country ? [p.country] : [])),
  ];
  return [
    ...countries.map((c) => countryIdentity(ctx, c)),
    ...m.participations.flatMap((p) => (p.organisation ? [organisationIdentity(ctx, p.organisation)] : [])),
    ...m.participations.flatMap((p) => (p.person ? [personIdentity(ctx, p.person)] : [])),
  ];
}

export function meetingReport(ctx: StixContext, m: Meeting): StixObject {
  const refs = new Set<string>([
    ...m.series.parties.map((p) => ctx.ids.country(p.country.code)),
    ...m.participations.flatMap((p) => [
      ...(p.person ? [ctx.ids.person(p.person.id)] : []),
      ...(p.organisation ? [ctx.ids.organisation(p.organisation.id)] : []),
      ...(p.country ? [ctx.ids.country(p.country.code)] : []),
    ]),
    ...m.agreements.map((a) => ctx.ids.agreement(a.id)),
    ...m.outcomes.map((o) => ctx.ids.outcome(o.id)),
  ]);
  // A report must refer to something; a meeting with no parties recorded yet refers to its producer.
  if (refs.size === 0) refs.add(ctx.ids.producer);
  return compact({
    ...base(ctx, "report", ctx.ids.meeting(m.id), m),
    name: m.title,
    description: m.summary,
    report_types: ["meeting"],
    published: m.createdAt.toISOString(),
    object_refs: [...refs],
    labels: slugs(m.topics),
    external_references: [inParley(ctx, `/dialogues/${m.id}`)],
    ...extended(ctx, {
      series: m.series.name,
      round_number: m.roundNumber,
      level: vocab(m.level),
      status: vocab(m.status),
      start_date: day(m.startDate, m.startPrecision),
      end_date: day(m.endDate, m.endPrecision ?? m.startPrecision),
      venue_city: m.venueCity,
      venue_country: m.venueCountry?.code,
      announced_by_ref: m.announcedById ? ctx.ids.meeting(m.announcedById) : null,
      participants: m.participations.map((p) => ({
        role: vocab(p.role),
        person_ref: p.person ? ctx.ids.person(p.person.id) : null,
        organisation_ref: p.organisation ? ctx.ids.organisation(p.organisation.id) : null,
        side: p.country?.code,
        stated_title: p.statedTitle,
        acting: p.isActing,
      })),
    }),
  });
}

/** The identities an agreement refers to: its parties and signatories. */
export function agreementIdentities(ctx: StixContext, a: InterchangeAgreement): StixObject[] {
  return [
    ...a.parties.map((p) => countryIdentity(ctx, p.country)),
    ...a.signatories.flatMap((s) => [
      ...(s.country ? [countryIdentity(ctx, s.country)] : []),
      ...(s.organisation ? [organisationIdentity(ctx, s.organisation)] : []),
      ...(s.person ? [personIdentity(ctx, s.person)] : []),
    ]),
  ];
}

export function agreementObject(ctx: StixContext, a: InterchangeAgreement): StixObject {
  return compact({
    ...base(ctx, "parley-agreement", ctx.ids.agreement(a.id), a),
    name: a.title,
    description: a.summary,
    agreement_kind: vocab(a.kind),
    status: vocab(a.status),
    legally_binding: a.legallyBinding,
    signed_date: day(a.signedDate, a.signedPrecision),
    entry_into_force_date: day(a.entryIntoForceDate, a.entryIntoForcePrecision),
    expiry_date: day(a.expiryDate, a.expiryPrecision),
    term_ends: day(a.termEndsOn),
    auto_renews: a.autoRenews,
    meeting_ref: a.dialogueId ? ctx.ids.meeting(a.dialogueId) : null,
    party_refs: a.parties.map((p) => ctx.ids.country(p.country.code)),
    signatories: a.signatories.map((s) => ({
      organisation_ref: s.organisation ? ctx.ids.organisation(s.organisation.id) : null,
      person_ref: s.person ? ctx.ids.person(s.person.id) : null,
      side: s.country?.code,
    })),
    status_history: a.statusHistory.map((s) => ({
      status: vocab(s.status),
      date: day(s.date, s.precision),
      note: s.note,
    })),
    labels: slugs(a.topics),
    external_references: [
      inParley(ctx, `/agreements/${a.id}`),
      ...(a.documentUrl ? [{ source_name: "text of the agreement", url: a.documentUrl }] : []),
    ],
    ...ownType(ctx),
  });
}

export function outcomeObject(ctx: StixContext, o: InterchangeOutcome): StixObject {
  return compact({
    ...base(ctx, "parley-outcome", ctx.ids.outcome(o.id), o),
    name: o.text.length > 120 ? `${o.text.slice(0, 119)}…` : o.text,
    description: o.text,
    outcome_kind: vocab(o.kind),
    follow_up_status: vocab(o.followUpStatus),
    due_date: day(o.dueDate, o.duePrecision),
    strength: vocab(o.strength),
    compliance_score: o.complianceScore,
    meeting_ref: ctx.ids.meeting(o.dialogueId),
    labels: slugs(o.topics),
    external_references: [inParley(ctx, `/dialogues/${o.dialogueId}#outcome-${o.id}`)],
    ...ownType(ctx),
  });
}

/** A quoted citation: the passage, on what it backs (or contradicts), as sure as its credibility. */
export function citationNote(ctx: StixContext, c: InterchangeCitation, about: string[]): StixObject {
  const s = c.source;
  return compact({
    ...base(ctx, "note", ctx.ids.citation(c.id), c),
    abstract: s.title,
    content: c.quote,
    authors: s.publisher ? [s.publisher] : null,
    object_refs: about,
    confidence: CONFIDENCE[c.credibility],
    external_references: [
      compact({ source_name: publisherName(s), description: s.title, url: s.url }),
      inParley(ctx, `/citations/${c.id}`),
    ],
    ...extended(ctx, {
      stance: vocab(c.stance),
      credibility: c.credibility,
      source_kind: vocab(s.kind),
      source_ref: ctx.ids.publisher(publisherName(s), s.reliability),
      published: day(s.publishedDate, s.publishedPrecision),
    }),
  });
}

/** A typed link between two records STIX can name; null when either end is of a kind it cannot. */
export function linkRelationship(ctx: StixContext, l: InterchangeLink): StixObject | null {
  const from = stixRef(ctx.ids, l.fromType, l.fromId);
  const to = stixRef(ctx.ids, l.toType, l.toId);
  if (!from || !to) return null;
  return compact({
    ...base(ctx, "relationship", ctx.ids.link(l.id), l),
    relationship_type: vocab(l.relation),
    source_ref: from,
    target_ref: to,
    description: l.note,
  });
}
