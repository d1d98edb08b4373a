import "server-only";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/prisma-client";
import type { CurrentUser } from "@/lib/auth/session";
import { ActionError } from "@/lib/errors";
import type { FormValues } from "@/lib/forms/form-state";
import { vagueDateText } from "@/lib/forms/vague-date";
import { countryName } from "@/lib/reference/countries";
import { seriesSchema } from "@/lib/series/schema";
import { dialogueSchema } from "@/lib/dialogues/schema";
import { participationSchema } from "@/lib/participations/schema";
import { agreementSchema } from "@/lib/agreements/schema";
import { outcomeSchema } from "@/lib/outcomes/schema";
import { citationSchema, sourceSchema } from "@/lib/sources/schema";
import { createSeries } from "@/lib/series/mutations";
import { createDialogue } from "@/lib/dialogues/mutations";
import { addParticipation } from "@/lib/participations/mutations";
import { createAgreement } from "@/lib/agreements/mutations";
import { createOutcome } from "@/lib/outcomes/mutations";
import { createCitation, createSource } from "@/lib/sources/mutations";
import type { CitableType } from "@/lib/records/registry";
import type { z } from "zod";
import { draftSchema, type Draft, type FactMeta, type Span } from "./draft";
import { prepareText } from "./text";
import type { ReviewInput } from "./review";
import { sameAgreement, sameParticipant, sameText } from "./compare";
import { recordedMeetingIn } from "./recorded-meeting";
import { resolveTopics } from "@/lib/records/resolve";
import { auditRecord, recordAudit } from "@/lib/audit/record";
import { addSynonym } from "@/lib/topics/mutations";
import { addAlias } from "@/lib/people/mutations";

// Assisted capture's writes: a draft is kept for its author until confirmed or discarded; confirming
// creates every record in one transaction through the same mutations (and so the same checks,
// name resolution and audit) as the forms, each accepted fact cited from the passage it was read
// from.

export async function startCapture(draft: Draft, user: CurrentUser): Promise<number> {
  const created = await db.captureDraft.create({
    data: { authorId: user.id, draft, title: draft.source.title ?? draft.series?.name ?? null },
    select: { id: true },
  });
  return created.id;
}

/** The author's open draft at `version`, or why not. */
async function openDraft(tx: Tx, id: number, version: number, user: CurrentUser) {
  const row = await tx.captureDraft.findFirst({
    where: { id, authorId: user.id },
    select: { status: true, version: true, draft: true },
  });
  if (!row) throw new ActionError("This draft does not exist, or is not yours.");
  if (row.status !== "OPEN")
    throw new ActionError(`This draft has already been ${row.status === "CONFIRMED" ? "confirmed" : "discarded"}.`);
  if (row.version !== version)
    throw new ActionError("This draft was saved in another tab after you opened it. Reload it to see what is saved.");
  return draftSchema.parse(row.draft);
}

export async function saveCaptureChoices(
  id: number,
  version: number,
  choices: FormValues,
  user: CurrentUser,
): Promise<void> {
  await db.$transaction(async (tx) => {
    await openDraft(tx, id, version, user);
    await tx.captureDraft.update({ where: { id }, data: { choices, version: { increment: 1 } } });
  });
}

/**
 * Capture never offers `term` again (as a theme, a person or any gazetteer match). Audited, which
 * also moves the data version on, so every instance reads the gazetteer again.
 */
export async function ignoreTerm(term: string, user: CurrentUser): Promise<void> {
  const key = term.trim().toLowerCase();
  await db.$transaction(async (tx) => {
    await tx.captureIgnoredTerm.upsert({
      where: { term: key },
      create: { term: key, createdById: user.id },
      update: {},
    });
    await recordAudit(tx, { userId: user.id, action: "CREATE", after: { ignoredCaptureTerm: key } });
  });
}

export async function discardCapture(id: number, version: number, user: CurrentUser): Promise<void> {
  await db.$transaction(async (tx) => {
    await openDraft(tx, id, version, user);
    await tx.captureDraft.update({ where: { id }, data: { status: "DISCARDED", version: { increment: 1 } } });
  });
}

/** Parses `input` with a form's own schema, so the confirmation holds every record to the form's rules. */
function asForm<S extends z.ZodType>(schema: S, input: Record<string, unknown>, what: string): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new ActionError(`${what}: ${issue?.message ?? "not valid"}. Correct it and confirm again.`);
}

const dateText = (d: { date: Date; precision: "DAY" | "MONTH" | "YEAR" } | undefined) =>
  d ? vagueDateText(d.date, d.precision) : "";

type Cite = (
  type: CitableType,
  id: number,
  fact: FactMeta | null | undefined,
  claim?: { stance: "SUPPORTS" | "CONTRADICTS"; note?: string },
) => Promise<void>;

/** Cites the sentence around a fact's first piece of evidence for a record. */
function citer(tx: Tx, draft: Draft, sourceId: number, user: CurrentUser): Cite {
  const sentences = prepareText(draft.source.text).sentences;
  const around = (span: Span) => sentences.find((s) => span.start >= s.start && span.start < s.end) ?? span;
  // Two facts read from one sentence (a meeting's date and its venue) give the record one citation.
  const cited = new Set<string>();
  return async (type, id, fact, claim = { stance: "SUPPORTS" }) => {
    const span = fact?.evidence[0];
    if (!fact || !span) return;
    const passage = around(span);
    const key = `${type}:${id}:${passage.start}`;
    if (cited.has(key)) return;
    cited.add(key);
    const quote = draft.source.text.slice(passage.start, passage.end);
    await createCitation(
      asForm(
        citationSchema,
        {
          sourceId,
          record: `${type}:${id}`,
          quote,
          credibility: fact.credibility,
          start: passage.start,
          end: passage.end,
          stance: claim.stance,
          note: claim.note,
        },
        "Citation",
      ),
      user,
      tx,
    );
  };
}

/** Creates the meeting, its parts and the source with its citations; returns the meeting's id. */
export async function confirmCapture(input: ReviewInput, user: CurrentUser): Promise<number> {
  return db.$transaction(
    async (tx) => {
      const draft = await openDraft(tx, input.draftId, input.version, user);
      const sourceId = await createSource(
        asForm(
          sourceSchema,
          {
            title: input.sourceTitle,
            publisher: input.sourcePublisher,
            url: input.sourceUrl,
            publishedDate: dateText(input.sourcePublished),
            kind: input.sourceKind,
            reliability: input.sourceReliability,
            body: draft.source.text,
          },
          "Source",
        ),
        user,
        tx,
      );
      const cite = citer(tx, draft, sourceId, user);
      const target = input.meetingTarget === "new" ? null : Number(input.meetingTarget);
      const dialogueId = target
        ? await addSecondSource(tx, { draft, input, dialogueId: target, cite, user })
        : await recordNewMeeting(tx, { draft, input, cite, user });
      await tx.captureDraft.update({
        where: { id: input.draftId },
        data: { status: "CONFIRMED", dialogueId, version: { increment: 1 } },
      });
      return dialogueId;
    },
    { timeout: 30_000, maxWait: 10_000 },
  );
}

type Confirming = { draft: Draft; input: ReviewInput; cite: Cite; user: CurrentUser };

/**
 * The themes to tag, by name: the ticked ones and those typed in, with each suggestion the analyst
 * filed under an existing topic read as that topic (and, if asked, remembered as its synonym).
 */
async function themesOf(tx: Tx, input: ReviewInput, user: CurrentUser): Promise<string> {
  const filed = new Set(input.filed.map((f) => f.label.toLowerCase()));
  const topics = await tx.topic.findMany({
    where: { id: { in: input.filed.map((f) => f.topicId) }, deletedAt: null },
    select: { id: true, name: true },
  });
  for (const f of input.filed)
    if (f.remember && topics.some((t) => t.id === f.topicId)) await addSynonym(tx, f.topicId, f.label, user);
  return [
    ...input.themes.filter((t) => !filed.has(t.toLowerCase())),
    ...topics.map((t) => t.name),
    ...(input.newThemes ?? "").split(","),
  ]
    .map((t) => t.trim())
    .filter(Boolean)
    .join(", ");
}

async function recordNewMeeting(tx: Tx, { draft, input, cite, user }: Confirming): Promise<number> {
  const existingSeries = input.seriesId
    ? await tx.dialogueSeries.findFirst({ where: { id: input.seriesId, deletedAt: null }, select: { id: true } })
    : null;
  const seriesId =
    existingSeries?.id ??
    (await createSeries(
      asForm(seriesSchema, { name: input.seriesName, parties: input.seriesParties }, "Series"),
      user,
      tx,
    ));

  const themes = await themesOf(tx, input, user);
  const dialogueId = await createDialogue(
    asForm(
      dialogueSchema,
      {
        seriesId,
        title: input.meetingTitle,
        level: input.meetingLevel,
        status: input.meetingStatus,
        startDate: dateText(input.meetingStart),
        endDate: dateText(input.meetingEnd),
        venueCity: input.meetingCity,
        venueCountry: input.meetingCountry,
        topics: themes,
      },
      "Meeting",
    ),
    user,
    tx,
  );
  await cite("DIALOGUE", dialogueId, draft.meeting.parts.date ?? draft.meeting.parts.venue);
  await cite("DIALOGUE", dialogueId, draft.meeting.parts.venue);

  for (const p of input.participants) await addParticipant(tx, dialogueId, p, { draft, input, cite, user });
  for (const a of input.agreements) await addAgreement(tx, dialogueId, a, { draft, input, cite, user });

  await addOutcomes(tx, dialogueId, { draft, input, cite, user });

  if (input.nextInclude) await addNextRound(tx, dialogueId, seriesId, { draft, input, cite, user });
  return dialogueId;
}

async function addOutcomes(tx: Tx, dialogueId: number, { draft, input, cite, user }: Confirming) {
  for (const o of input.outcomes) {
    const outcomeId = await createOutcome(
      asForm(
        outcomeSchema,
        { dialogueId, kind: o.kind, text: o.text, followUpStatus: o.kind === "COMMITMENT" ? "OPEN" : "" },
        "Outcome",
      ),
      user,
      tx,
    );
    await cite("OUTCOME", outcomeId, draft.outcomes[o.index]);
  }
}

async function addNextRound(tx: Tx, dialogueId: number, seriesId: number, { draft, input, cite, user }: Confirming) {
  const nextId = await createDialogue(
    asForm(
      dialogueSchema,
      {
        seriesId,
        title: `${input.seriesName}: next round${input.nextCity ? `, ${input.nextCity}` : ""}`,
        level: input.meetingLevel,
        status: "PLANNED",
        startDate: dateText(input.nextDate),
        venueCity: input.nextCity,
        venueCountry: input.nextCountry,
        announcedById: dialogueId,
      },
      "Next round",
    ),
    user,
    tx,
  );
  await cite("DIALOGUE", nextId, draft.nextRound);
}

async function addParticipant(
  tx: Tx,
  dialogueId: number,
  p: ReviewInput["participants"][number],
  { draft, cite, user }: Confirming,
) {
  const participationId = await onParticipantField(p, () =>
    addParticipation(
      asForm(
        participationSchema,
        {
          dialogueId,
          person: p.name,
          personId: p.personId,
          organisation: p.organisation,
          side: countryName(p.side),
          role: p.role,
          statedTitle: p.title,
          honorific: p.honorific,
          isActing: p.acting ? "on" : "",
        },
        `Participant ${p.name}`,
      ),
      user,
      tx,
    ),
  );
  if (p.personId && p.alias) await addAlias(tx, p.personId, p.alias, user);
  await cite("PARTICIPATION", participationId, draft.participants[p.index]);
}

/** A refusal of the participation form's person field, shown on this participant's field of the review. */
async function onParticipantField<T>(p: ReviewInput["participants"][number], write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const person = error instanceof ActionError ? error.fieldErrors?.person : undefined;
    if (!person) throw error;
    throw new ActionError((error as ActionError).message, { [`p${p.index}Person`]: person });
  }
}

async function addAgreement(
  tx: Tx,
  dialogueId: number,
  a: ReviewInput["agreements"][number],
  { draft, input, cite, user }: Confirming,
) {
  const agreementId = await createAgreement(
    asForm(
      agreementSchema,
      {
        title: a.title,
        kind: a.kind,
        status: a.status,
        statusDate: dateText(input.meetingStart) || dateText(input.sourcePublished),
        parties: input.seriesParties,
        signatories: a.signatories,
        dialogueId,
      },
      `Agreement ${a.title}`,
    ),
    user,
    tx,
  );
  await cite("AGREEMENT", agreementId, draft.agreements[a.index]);
}

/**
 * A second source for a recorded meeting: what it adds is recorded, and every claim it makes about
 * what is recorded is cited as backing it or, where it says otherwise, contradicting it (with what
 * it says), so the meeting's page can show where sources disagree.
 */
async function addSecondSource(
  tx: Tx,
  { dialogueId, ...confirming }: Confirming & { dialogueId: number },
): Promise<number> {
  const { draft, input, cite, user } = confirming;
  const recorded = await recordedMeetingIn(tx, dialogueId);
  if (!recorded)
    throw new ActionError("The meeting this source was to be added to has been deleted.", {
      meetingTarget: ["Choose another"],
    });
  const differs: string[] = [];
  const start = dateText(input.meetingStart);
  const end = dateText(input.meetingEnd);
  const recordedStart = recorded.startDate ? vagueDateText(recorded.startDate, recorded.startPrecision) : "";
  const recordedEnd = recorded.endDate ? vagueDateText(recorded.endDate, recorded.startPrecision) : "";
  if (start && (start !== recordedStart || (end || recordedEnd) !== (recordedEnd || end)))
    differs.push(`Date: ${[start, end].filter(Boolean).join(" to ")}`);
  if (input.meetingCity && !sameText(input.meetingCity, recorded.venueCity))
    differs.push(`Venue: ${input.meetingCity}`);
  const meetingFact = draft.meeting.parts.date ?? draft.meeting.parts.venue;
  await cite(
    "DIALOGUE",
    dialogueId,
    meetingFact,
    differs.length ? { stance: "CONTRADICTS", note: differs.join("; ") } : undefined,
  );

  for (const p of input.participants) {
    const match = sameParticipant(recorded.participations, p);
    if (!match) {
      await addParticipant(tx, dialogueId, p, confirming);
      continue;
    }
    const title = p.title ?? "";
    const same = (!title || sameText(title, match.title)) && p.acting === match.acting;
    await cite(
      "PARTICIPATION",
      match.id,
      draft.participants[p.index],
      same ? undefined : { stance: "CONTRADICTS", note: `Title: ${title}${p.acting ? " (acting)" : ""}` },
    );
  }
  for (const a of input.agreements) {
    const match = sameAgreement(recorded.agreements, a);
    if (!match) {
      await addAgreement(tx, dialogueId, a, confirming);
      continue;
    }
    await cite(
      "AGREEMENT",
      match.id,
      draft.agreements[a.index],
      match.status === a.status
        ? undefined
        : { stance: "CONTRADICTS", note: `Status: ${a.status.toLowerCase().replace(/_/g, " ")}` },
    );
  }
  await addOutcomes(tx, dialogueId, confirming);
  const themes = await themesOf(tx, input, user);
  if (themes) {
    const topicIds = await resolveTopics(tx, themes, user);
    const added = await tx.dialogueTopic.createMany({
      data: topicIds.map((topicId) => ({ dialogueId, topicId })),
      skipDuplicates: true,
    });
    if (added.count) await auditRecord(tx, user.id, "UPDATE", ["DIALOGUE", dialogueId], { after: { topicIds } });
  }
  const next = recorded.announced[0];
  if (next) await cite("DIALOGUE", next.id, draft.nextRound);
  else if (input.nextInclude) await addNextRound(tx, dialogueId, recorded.seriesId, confirming);
  return dialogueId;
}
