import "server-only";
import { db } from "@/lib/db";
import type { RecordType } from "@/generated/prisma/enums";
import { sourceFacts } from "@/lib/sources/queries";

// What the interchange exports (STIX 2.1, Popolo) say about the records of a timeline, read a
// batch of ids at a time: meetings with their series, delegations and themes; agreements with
// parties, signatories and status history; outcomes; the citations of any of these with their
// sources; and the typed links that start or end at them. Deleted records are left out.

const live = { deletedAt: null };
const country = { select: { code: true, name: true, createdAt: true, updatedAt: true } } as const;
const organisation = {
  select: {
    id: true,
    name: true,
    acronym: true,
    kind: true,
    parentId: true,
    country,
    createdAt: true,
    updatedAt: true,
  },
} as const;
const person = {
  select: { id: true, name: true, honorific: true, aliases: true, country, createdAt: true, updatedAt: true },
} as const;
const seriesSelect = {
  id: true,
  name: true,
  shortName: true,
  parentId: true,
  establishedDate: true,
  establishedPrecision: true,
  createdAt: true,
  updatedAt: true,
} as const;
const topics = { select: { topic: { select: { slug: true, name: true } } } } as const;

export function loadMeetings(ids: number[]) {
  return db.dialogue.findMany({
    where: { id: { in: ids }, ...live },
    orderBy: { id: "asc" },
    include: {
      series: { select: { ...seriesSelect, parent: { select: seriesSelect }, parties: { select: { country } } } },
      venueCountry: country,
      participations: {
        where: live,
        orderBy: { id: "asc" },
        select: { id: true, role: true, statedTitle: true, isActing: true, person, organisation, country },
      },
      topics,
      outcomes: { where: live, select: { id: true } },
      agreements: { where: live, select: { id: true } },
    },
  });
}
export type Meeting = Awaited<ReturnType<typeof loadMeetings>>[number];

export function loadAgreements(ids: number[]) {
  return db.agreement.findMany({
    where: { id: { in: ids }, ...live },
    orderBy: { id: "asc" },
    include: {
      parties: { select: { country } },
      signatories: { orderBy: { id: "asc" }, select: { id: true, organisation, person, country } },
      topics,
      statusHistory: { orderBy: [{ date: "asc" }, { id: "asc" }] },
    },
  });
}
export type InterchangeAgreement = Awaited<ReturnType<typeof loadAgreements>>[number];

export function loadOutcomes(ids: number[]) {
  return db.outcome.findMany({
    where: { id: { in: ids }, ...live, dialogue: live },
    orderBy: { id: "asc" },
    include: { topics },
  });
}
export type InterchangeOutcome = Awaited<ReturnType<typeof loadOutcomes>>[number];

export type Refs = Partial<Record<RecordType, number[]>>;

const refsWhere = (refs: Refs, type: "recordType" | "fromType" | "toType", id: "recordId" | "fromId" | "toId") =>
  Object.entries(refs)
    .filter(([, ids]) => ids.length)
    .map(([recordType, ids]) => ({ [type]: recordType as RecordType, [id]: { in: ids } }));

/** The citations of these records, with their sources. */
export async function loadCitations(refs: Refs) {
  const or = refsWhere(refs, "recordType", "recordId");
  if (!or.length) return [];
  return db.citation.findMany({
    where: { ...live, source: live, OR: or },
    orderBy: { id: "asc" },
    include: {
      source: { select: sourceFacts },
    },
  });
}
export type InterchangeCitation = Awaited<ReturnType<typeof loadCitations>>[number];

/** The links that start or end at these records. */
export async function loadLinks(refs: Refs) {
  const or = [...refsWhere(refs, "fromType", "fromId"), ...refsWhere(refs, "toType", "toId")];
  if (!or.length) return [];
  return db.link.findMany({ where: { ...live, OR: or }, orderBy: { id: "asc" } });
}
export type InterchangeLink = Awaited<ReturnType<typeof loadLinks>>[number];

/** Organisations by id, with their parents' ids (to follow the chain up). */
export function loadOrganisations(ids: number[]) {
  return db.organisation.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" }, ...organisation });
}

/** People by id, with the posts they hold or held. */
export function loadPeople(ids: number[]) {
  return db.person.findMany({
    where: { id: { in: ids } },
    orderBy: { id: "asc" },
    select: {
      ...person.select,
      positions: {
        where: live,
        orderBy: [{ startDate: "asc" }, { id: "asc" }],
        select: {
          id: true,
          title: true,
          acting: true,
          organisationId: true,
          startDate: true,
          startPrecision: true,
          endDate: true,
          endPrecision: true,
          createdAt: true,
          updatedAt: true,
        },
      },
    },
  });
}
export type InterchangePerson = Awaited<ReturnType<typeof loadPeople>>[number];

/** Countries by ISO code. */
export function loadCountries(codes: string[]) {
  return db.country.findMany({ where: { code: { in: codes } }, orderBy: { code: "asc" }, ...country });
}
