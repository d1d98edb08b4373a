import type { RecordType } from "@/generated/prisma/enums";
import type { Tx } from "@/lib/prisma-client";

// What each kind of record is, in one place: every list of "the types that can be deleted,
// linked, cited, edited over a version check" is derived from this table.

/** How a record is named in lists, links and citations: the columns to read and the text made of them. */
type Title = { select: Record<string, unknown>; text(row: Row): string; href?(row: Row): string };
// The rows a title reads are whatever its select asked for.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Row = Record<string, any> & { id: number };

type TitleColumn = "title" | "name" | "text";

export type RecordTypeInfo = {
  label: string;
  /** the Prisma delegate */
  model: keyof Tx;
  /** the table, for raw SQL */
  table: string;
  /** the column an analyst can name the record by (linking by title) */
  titleColumn?: TitleColumn;
  title?: Title;
  /** the record's own page; `row` is what its title read (a topic's page needs the slug) */
  page?(id: number, row?: Row): string | null;
  /** soft-deleted, listed in Deleted records and restored from there */
  deletable?: true;
  /** shown inside another record's page and deleted there, in place, with an undo */
  part?: true;
  linkable?: true;
  citable?: true;
  /** edited only over the version it was loaded at */
  versioned?: true;
};

const column = (name: TitleColumn): { titleColumn: TitleColumn; title: Title } => ({
  titleColumn: name,
  title: { select: { [name]: true }, text: (row) => row[name] },
});

const shared = { deletable: true, linkable: true, citable: true, versioned: true } as const;

export const RECORD_TYPES = {
  DIALOGUE: {
    label: "Dialogue",
    model: "dialogue",
    table: "Dialogue",
    ...shared,
    ...column("title"),
    page: (id) => `/dialogues/${id}`,
  },
  DIALOGUE_SERIES: {
    label: "Dialogue series",
    model: "dialogueSeries",
    table: "DialogueSeries",
    ...shared,
    ...column("name"),
    page: (id) => `/series/${id}`,
  },
  AGREEMENT: {
    label: "Agreement",
    model: "agreement",
    table: "Agreement",
    ...shared,
    ...column("title"),
    page: (id) => `/agreements/${id}`,
  },
  OUTCOME: {
    label: "Outcome",
    model: "outcome",
    table: "Outcome",
    ...shared,
    part: true,
    titleColumn: "text",
    title: {
      select: { text: true, dialogueId: true },
      text: (row) => row.text,
      href: (row) => `/dialogues/${row.dialogueId}#outcome-${row.id}`,
    },
    page: (id) => `/outcomes/${id}`,
  },
  // A party's compliance with a commitment, judged on one date: shown and deleted on the commitment's page.
  COMPLIANCE_ASSESSMENT: {
    label: "Compliance assessment",
    model: "complianceAssessment",
    table: "ComplianceAssessment",
    deletable: true,
    part: true,
    citable: true,
    versioned: true,
    title: {
      select: { outcomeId: true, outcome: { select: { text: true } }, country: { select: { name: true } } },
      text: (row) => `${row.country.name} on “${row.outcome.text}”`,
      href: (row) => `/outcomes/${row.outcomeId}#assessment-${row.id}`,
    },
    page: (_id, row) => (row ? `/outcomes/${row.outcomeId}` : null),
  },
  // One item of a meeting's agenda: shown, reordered, marked and deleted on the meeting's page.
  AGENDA_ITEM: {
    label: "Agenda item",
    model: "agendaItem",
    table: "AgendaItem",
    deletable: true,
    part: true,
    versioned: true,
    title: {
      select: { title: true, dialogueId: true },
      text: (row) => row.title,
      href: (row) => `/dialogues/${row.dialogueId}#agenda-item-${row.id}`,
    },
    page: (_id, row) => (row ? `/dialogues/${row.dialogueId}#agenda` : null),
  },
  PERSON: {
    label: "Person",
    model: "person",
    table: "Person",
    ...shared,
    ...column("name"),
    page: (id) => `/people/${id}`,
  },
  ORGANISATION: {
    label: "Organisation",
    model: "organisation",
    table: "Organisation",
    ...shared,
    ...column("name"),
    page: (id) => `/organisations/${id}`,
  },
  TOPIC: {
    label: "Topic",
    model: "topic",
    table: "Topic",
    ...shared,
    titleColumn: "name",
    title: { select: { name: true, slug: true }, text: (row) => row.name },
    page: (_id, row) => (row ? `/topics/${row.slug}` : null),
  },
  SOURCE: {
    label: "Source",
    model: "source",
    table: "Source",
    ...shared,
    ...column("title"),
    page: (id) => `/sources/${id}`,
  },
  COUNTRY: {
    label: "Country",
    model: "country",
    table: "Country",
    ...shared,
    titleColumn: "name",
    title: { select: { name: true, code: true }, text: (row) => row.name },
    page: (_id, row) => (row ? `/countries/${row.code}` : null),
  },
  // A participation has no title of its own: it is never linked to by title.
  PARTICIPATION: {
    label: "Participation",
    model: "participation",
    table: "Participation",
    ...shared,
    part: true,
    title: {
      select: { statedTitle: true, person: { select: { name: true } }, dialogue: { select: { title: true } } },
      text: (row) => `${row.person?.name ?? row.statedTitle ?? "Participant"} at ${row.dialogue.title}`,
    },
    page: (id) => `/participations/${id}/edit`,
  },
  POSITION: {
    label: "Position",
    model: "position",
    table: "Position",
    deletable: true,
    part: true,
    title: {
      select: { title: true, person: { select: { name: true } } },
      text: (row) => `${row.title} (${row.person.name})`,
    },
  },
  CITATION: {
    label: "Citation",
    model: "citation",
    table: "Citation",
    deletable: true,
    part: true,
    versioned: true,
    title: {
      select: { quote: true, source: { select: { title: true } } },
      text: (row) => `“${row.quote ?? ""}” (${row.source.title})`,
    },
    page: (id) => `/citations/${id}/edit`,
  },
  LINK: { label: "Link", model: "link", table: "Link" },
  USER: { label: "User", model: "user", table: "User" },
} as const satisfies Record<RecordType, RecordTypeInfo>;

type Registry = typeof RECORD_TYPES;
type TypesWith<Flag extends keyof RecordTypeInfo> = {
  [T in keyof Registry]: Registry[T] extends Record<Flag, unknown> ? T : never;
}[keyof Registry];

export type DeletableType = TypesWith<"deletable">;
export type LinkableType = TypesWith<"linkable">;
export type CitableType = TypesWith<"citable">;
export type VersionedType = TypesWith<"versioned">;
export type TitledType = TypesWith<"title">;

const typesWith = <T extends RecordType>(flag: keyof RecordTypeInfo) =>
  (Object.keys(RECORD_TYPES) as RecordType[]).filter((type) => flag in RECORD_TYPES[type]) as T[];

export const ALL_RECORD_TYPES = Object.keys(RECORD_TYPES) as RecordType[];
export const DELETABLE_TYPES = typesWith<DeletableType>("deletable");
export const LINKABLE_TYPES = typesWith<LinkableType>("linkable");
export const CITABLE_TYPES = typesWith<CitableType>("citable");
export const VERSIONED_TYPES = typesWith<VersionedType>("versioned");
export const PART_TYPES = typesWith<DeletableType>("part");

export function recordInfo(type: RecordType): RecordTypeInfo {
  return RECORD_TYPES[type];
}

/** How a record of this type is named (every deletable, linkable or citable type has a title: the types say so). */
export function titleOf(type: TitledType): Title {
  return RECORD_TYPES[type].title;
}

export const recordTypeLabel = Object.fromEntries(
  ALL_RECORD_TYPES.map((type) => [type, RECORD_TYPES[type].label]),
) as Record<RecordType, string>;

/** "dialogue_series" in a URL to DIALOGUE_SERIES; null for anything else. */
export function parseRecordType(value: string): RecordType | null {
  const upper = value.toUpperCase();
  return Object.hasOwn(RECORD_TYPES, upper) ? (upper as RecordType) : null;
}

export function isOneOf<T extends RecordType>(types: readonly T[], value: string): value is T {
  return (types as readonly string[]).includes(value);
}
