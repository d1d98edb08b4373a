import "server-only";
import { randomUUID } from "node:crypto";
import type { TimelineEvent } from "@/lib/timeline/event";
import type { ExportMeta } from "@/lib/timeline/formats/format";
import { recordBatches, smallBatches, Written, type RecordBatch } from "../batches";
import { loadAgreements, loadCitations, loadLinks, loadMeetings, loadOutcomes, type Refs } from "../records";
import { stixIds } from "./ids";
import { stixRef } from "./refs";
import { extensionDefinition, producerIdentity } from "./extension";
import {
  agreementIdentities,
  agreementObject,
  citationNote,
  linkRelationship,
  meetingIdentities,
  meetingReport,
  outcomeObject,
  publisherIdentity,
  type StixContext,
  type StixObject,
} from "./objects";

// A timeline as one STIX 2.1 bundle, streamed: the events are read in runs, each run's records are
// loaded in a handful of queries and written as objects, and only the identifiers already written
// are remembered (so each identity and relationship appears once), never the objects.

/** The objects of one run of records: identities first, then what refers to them. */
async function objectsOf(ctx: StixContext, batch: RecordBatch, written: Written): Promise<StixObject[]> {
  const meetings = await loadMeetings(written.fresh("meetings", batch.meetings));
  const [agreements, outcomes] = await Promise.all([
    loadAgreements(
      written.fresh("agreements", [...batch.agreements, ...meetings.flatMap((m) => m.agreements.map((a) => a.id))]),
    ),
    loadOutcomes(
      written.fresh("outcomes", [...batch.outcomes, ...meetings.flatMap((m) => m.outcomes.map((o) => o.id))]),
    ),
  ]);
  const delegates = new Map(
    meetings.flatMap((m) => m.participations.map((p) => [p.id, { meeting: m.id, person: p.person?.id }] as const)),
  );
  const refs: Refs = {
    DIALOGUE: meetings.map((m) => m.id),
    PARTICIPATION: [...delegates.keys()],
    AGREEMENT: agreements.map((a) => a.id),
    OUTCOME: outcomes.map((o) => o.id),
  };
  const [citations, links] = await Promise.all([loadCitations(refs), loadLinks(refs)]);

  const records = [
    ...agreements.map((a) => agreementObject(ctx, a)),
    ...outcomes.map((o) => outcomeObject(ctx, o)),
    ...meetings.map((m) => meetingReport(ctx, m)),
  ];
  const byId = new Map(records.map((o) => [o.id, o]));
  const notes: StixObject[] = [];
  for (const c of citations) {
    const delegate = c.recordType === "PARTICIPATION" ? delegates.get(c.recordId) : undefined;
    const about = delegate
      ? [ctx.ids.meeting(delegate.meeting), ...(delegate.person ? [ctx.ids.person(delegate.person)] : [])]
      : [stixRef(ctx.ids, c.recordType, c.recordId)!];
    if (c.quote) notes.push(citationNote(ctx, c, about));
    else {
      // A source cited without a passage is an external reference of what it backs.
      const cited = byId.get(about[0]!);
      const reference = { source_name: c.source.publisher ?? c.source.title, description: c.source.title };
      if (cited)
        (cited.external_references as object[]).push(c.source.url ? { ...reference, url: c.source.url } : reference);
    }
  }
  return [
    ...meetings.flatMap((m) => meetingIdentities(ctx, m)),
    ...agreements.flatMap((a) => agreementIdentities(ctx, a)),
    ...citations.map((c) => publisherIdentity(ctx, c.source)),
    ...records,
    ...notes,
    ...links.flatMap((l) => linkRelationship(ctx, l) ?? []),
  ];
}

/** The bundle's text, piece by piece. */
export async function* stixBundle(meta: ExportMeta, timeline: AsyncIterable<TimelineEvent>): AsyncGenerator<string> {
  const origin = new URL(meta.url).origin;
  const ctx: StixContext = { ids: stixIds(origin), origin };
  const written = new Written();
  // Identities and relationships can come up again in later runs: each is written once.
  const once = new Set<string>();
  yield `{"type":"bundle","id":"bundle--${randomUUID()}","objects":[\n${JSON.stringify(producerIdentity(ctx))},\n${JSON.stringify(extensionDefinition(ctx))}`;
  for await (const events of recordBatches(timeline)) {
    for (const batch of smallBatches(events)) {
      let text = "";
      for (const o of await objectsOf(ctx, batch, written)) {
        if (o.type === "identity" || o.type === "relationship") {
          if (once.has(o.id)) continue;
          once.add(o.id);
        }
        text += `,\n${JSON.stringify(o)}`;
      }
      if (text) yield text;
    }
  }
  yield "\n]}\n";
}
