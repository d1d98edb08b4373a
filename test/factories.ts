// Records for integration tests, made the way an analyst makes them: form values through the
// form's own zod schema, then the real mutation (so the same rules, the same audit trail). Each
// takes overrides in form values ("2024-05", "US, IN", "on") and returns the new record's id.
import type { z } from "zod";
import { seedCountries } from "@/prisma/seed/countries";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/session";
import type { FormValues } from "@/lib/forms/form-state";
import { seriesSchema } from "@/lib/series/schema";
import { createSeries } from "@/lib/series/mutations";
import { dialogueSchema } from "@/lib/dialogues/schema";
import { createDialogue } from "@/lib/dialogues/mutations";
import { participationSchema } from "@/lib/participations/schema";
import { addParticipation } from "@/lib/participations/mutations";
import { agreementSchema } from "@/lib/agreements/schema";
import { createAgreement } from "@/lib/agreements/mutations";
import { outcomeSchema } from "@/lib/outcomes/schema";
import { createOutcome } from "@/lib/outcomes/mutations";
import { citationSchema, sourceSchema } from "@/lib/sources/schema";
import { createCitation, createSource } from "@/lib/sources/mutations";
import { topicSchema } from "@/lib/topics/schema";
import { createTopic } from "@/lib/topics/mutations";
import { positionSchema } from "@/lib/people/schema";
import { addPosition } from "@/lib/people/mutations";
import { assessmentSchema } from "@/lib/compliance/schema";
import { assessCommitment } from "@/lib/compliance/mutations";
import { agendaItemSchema } from "@/lib/agenda/schema";
import { addAgendaItem } from "@/lib/agenda/mutations";
import type { DeletableType } from "@/lib/records/registry";
import { makeUser } from "./users";

let made = 0;
/** A title no other test uses. */
export const unique = (text: string) => `${text} ${++made}-${process.pid}`;

let author: Promise<CurrentUser> | null = null;
let countries: Promise<unknown> | null = null;

/** The reference list of countries, which parties and delegations are named from. */
export async function ensureCountries(): Promise<void> {
  await (countries ??= seedCountries(db));
}

/** The analyst the factories record as author, unless a test names another; countries come first. */
async function by(user?: CurrentUser): Promise<CurrentUser> {
  await ensureCountries();
  return user ?? (await (author ??= makeUser("ANALYST")));
}

function parse<S extends z.ZodType>(schema: S, values: FormValues): z.infer<S> {
  const parsed = schema.safeParse(values);
  if (!parsed.success) throw new Error(`factory input refused: ${JSON.stringify(parsed.error.issues)}`);
  return parsed.data;
}

type Options = { values?: FormValues; user?: CurrentUser };

export async function makeSeries({ values, user }: Options = {}) {
  return createSeries(
    parse(seriesSchema, { name: unique("Test dialogue"), parties: "IN, US", ...values }),
    await by(user),
  );
}

export async function makeDialogue({ values, user }: Options = {}) {
  const seriesId = values?.seriesId ?? String(await makeSeries({ user }));
  return createDialogue(
    parse(dialogueSchema, {
      title: unique("Test meeting"),
      level: "SENIOR_OFFICIALS",
      status: "HELD",
      startDate: "2024-05",
      seriesId,
      ...values,
    }),
    await by(user),
  );
}

export async function makeParticipation({ values, user }: Options = {}) {
  const dialogueId = values?.dialogueId ?? String(await makeDialogue({ user }));
  return addParticipation(
    parse(participationSchema, { person: unique("Test Person"), side: "IN", role: "CO_CHAIR", dialogueId, ...values }),
    await by(user),
  );
}

export async function makeAgreement({ values, user }: Options = {}) {
  return createAgreement(
    parse(agreementSchema, {
      title: unique("Test memorandum"),
      kind: "MOU",
      status: "SIGNED",
      statusDate: "2024-05-02",
      parties: "IN, US",
      ...values,
    }),
    await by(user),
  );
}

/** The India-Mexico memorandum several tests add beside the founding example (a fentanyl sub-theme, month-precise). */
export const makeIndiaMexicoMou = (statusDate: string) =>
  makeAgreement({
    values: {
      title: "India-Mexico MoU on Fentanyl Precursors",
      statusDate,
      parties: "India, Mexico",
      topics: "Fentanyl",
    },
  });

export async function makeOutcome({ values, user }: Options = {}) {
  const dialogueId = values?.dialogueId ?? String(await makeDialogue({ user }));
  return createOutcome(
    parse(outcomeSchema, { kind: "DECISION", text: unique("Both sides agreed to meet again"), dialogueId, ...values }),
    await by(user),
  );
}

export async function makeSource({ values, user }: Options = {}) {
  return createSource(
    parse(sourceSchema, { title: unique("Test readout"), kind: "OFFICIAL_READOUT", reliability: "B", ...values }),
    await by(user),
  );
}

export async function makeCitation({ values, user }: Options = {}) {
  const sourceId =
    values?.sourceId ??
    String(await makeSource({ user, values: { body: "The two sides agreed to meet again next year." } }));
  const record = values?.record ?? `DIALOGUE:${await makeDialogue({ user })}`;
  return createCitation(
    parse(citationSchema, { sourceId, record, quote: "agreed to meet again", credibility: "2", ...values }),
    await by(user),
  );
}

/** A commitment of a new India-US meeting (May 2024), open. */
export const makeCommitment = ({ values, user }: Options = {}) =>
  makeOutcome({
    user,
    values: { kind: "COMMITMENT", followUpStatus: "OPEN", text: unique("Finalise a memorandum"), ...values },
  });

export const countryId = async (code: string) => {
  await ensureCountries();
  return (await db.country.findUniqueOrThrow({ where: { code }, select: { id: true } })).id;
};

/** India's interim assessment of a new commitment, citing a new source that says work is under way. */
export async function makeAssessment({ values, user }: Options = {}) {
  const outcomeId = values?.outcomeId ?? String(await makeCommitment({ user }));
  const sourceId =
    values?.sourceId ??
    String(await makeSource({ user, values: { body: "Officials said talks on the memorandum are under way." } }));
  return assessCommitment(
    parse(assessmentSchema, {
      outcomeId,
      sourceId,
      countryId: String(await countryId("IN")),
      score: "0",
      phase: "INTERIM",
      assessedDate: "2024-06",
      quote: "talks on the memorandum are under way",
      credibility: "2",
      ...values,
    }),
    await by(user),
  );
}

/** A typed-in item on the agenda of a new planned meeting (or of `dialogueId`). */
export async function makeAgendaItem({ values, user }: Options = {}) {
  const dialogueId = values?.dialogueId ?? String(await makeDialogue({ user, values: { status: "PLANNED" } }));
  return addAgendaItem(
    parse(agendaItemSchema, { dialogueId, title: unique("Review the working groups"), ...values }),
    await by(user),
  );
}

/** A topic; returns its slug, as createTopic does. */
export async function makeTopic({ values, user }: Options = {}) {
  return createTopic(parse(topicSchema, { name: unique("Test theme"), ...values }), await by(user));
}

/** A position of the person of a new participation (people are made by naming them). */
export async function makePosition({ values, user }: Options = {}) {
  const participation = await db.participation.findUniqueOrThrow({
    where: { id: await makeParticipation({ user }) },
    select: { personId: true },
  });
  return addPosition(
    parse(positionSchema, { personId: String(participation.personId), title: "Secretary", ...values }),
    await by(user),
  );
}

const idOf = async (find: Promise<{ id: number } | null>) => (await find)!.id;

/** One new record of every deletable type: the registry test walks these (a new type needs a factory here). */
export const makeRecordOf = {
  DIALOGUE: () => makeDialogue(),
  DIALOGUE_SERIES: () => makeSeries(),
  AGREEMENT: () => makeAgreement(),
  OUTCOME: () => makeOutcome(),
  PARTICIPATION: () => makeParticipation(),
  PERSON: async () =>
    (await db.participation.findUniqueOrThrow({ where: { id: await makeParticipation() }, select: { personId: true } }))
      .personId!,
  ORGANISATION: async () =>
    (
      await db.participation.findUniqueOrThrow({
        where: { id: await makeParticipation({ values: { organisation: unique("Test Ministry") } }) },
        select: { organisationId: true },
      })
    ).organisationId!,
  POSITION: () => makePosition(),
  TOPIC: async () => idOf(db.topic.findUnique({ where: { slug: await makeTopic() }, select: { id: true } })),
  SOURCE: () => makeSource(),
  CITATION: () => makeCitation(),
  COMPLIANCE_ASSESSMENT: () => makeAssessment(),
  AGENDA_ITEM: () => makeAgendaItem(),
  COUNTRY: () => countryId("NZ"),
} satisfies Record<DeletableType, () => Promise<number>>;
