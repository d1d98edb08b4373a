import "server-only";
import type { TimelineEvent } from "@/lib/timeline/event";
import type { ExportMeta } from "@/lib/timeline/formats/format";
import { recordBatches, smallBatches, Written } from "../batches";
import { loadCitations, loadCountries, loadMeetings, loadOrganisations, loadPeople } from "../records";
import {
  countryOrganization,
  meetingEvent,
  organisationOrganization,
  personOf,
  positionMemberships,
  seriesEvent,
} from "./objects";

// A timeline's meetings as one Popolo document, streamed: first the events (each series once,
// then its rounds as they come), remembering only the ids of the people, organisations and
// countries they name; then those, read back a batch at a time, with the posts people hold.

const BATCH = 500;

function* chunks<T>(values: Iterable<T>, size = BATCH): Generator<T[]> {
  let chunk: T[] = [];
  for (const value of values) {
    chunk.push(value);
    if (chunk.length === size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length) yield chunk;
}

/** Writes the items of one array, a comma before every item but the first. */
function listWriter() {
  let first = true;
  return (item: object) => {
    const text = `${first ? "" : ",\n"}${JSON.stringify(item)}`;
    first = false;
    return text;
  };
}

export async function* popoloDocument(meta: ExportMeta, events: AsyncIterable<TimelineEvent>): AsyncGenerator<string> {
  const origin = new URL(meta.url).origin;
  const named = { people: new Set<number>(), organisations: new Set<number>(), countries: new Set<string>() };
  const seriesWritten = new Set<number>();
  const written = new Written();
  const head = { format: "popolo", title: meta.title, url: meta.url, generatedAt: meta.generatedAt.toISOString() };
  yield `${JSON.stringify(head).slice(0, -1)},"events":[\n`;

  const event = listWriter();
  for await (const batch of recordBatches(events))
    for (const part of smallBatches(batch)) {
      const meetings = await loadMeetings(written.fresh("meetings", part.meetings));
      if (!meetings.length) continue;
      const citations = await loadCitations({ DIALOGUE: meetings.map((m) => m.id) });
      let text = "";
      for (const m of meetings) {
        for (const s of [m.series.parent, m.series]) {
          if (s && !seriesWritten.has(s.id)) {
            seriesWritten.add(s.id);
            text += event(seriesEvent(origin, s));
          }
        }
        m.series.parties.forEach((p) => named.countries.add(p.country.code));
        for (const p of m.participations) {
          if (p.person) named.people.add(p.person.id);
          if (p.organisation) named.organisations.add(p.organisation.id);
          if (p.country) named.countries.add(p.country.code);
        }
        const urls = citations.filter((c) => c.recordId === m.id && c.source.url).map((c) => c.source.url!);
        text += event(meetingEvent(origin, m, [...new Set(urls)]));
      }
      yield text;
    }

  // Then the people, noting the organisations of their posts; the organisations with the
  // parents they sit under, and the governments; and last the posts people hold.
  const people = [...named.people];
  yield `\n],"persons":[\n`;
  const person = listWriter();
  for (const ids of chunks(people)) {
    let text = "";
    for (const p of await loadPeople(ids)) {
      for (const position of p.positions) if (position.organisationId) named.organisations.add(position.organisationId);
      if (p.country) named.countries.add(p.country.code);
      text += person(personOf(origin, p));
    }
    yield text;
  }

  yield `\n],"organizations":[\n`;
  const organization = listWriter();
  const seen = new Set(named.organisations);
  for (let level = [...named.organisations]; level.length;) {
    const parents: number[] = [];
    for (const ids of chunks(level)) {
      let text = "";
      for (const o of await loadOrganisations(ids)) {
        if (o.country) named.countries.add(o.country.code);
        if (o.parentId && !seen.has(o.parentId)) {
          seen.add(o.parentId);
          parents.push(o.parentId);
        }
        text += organization(organisationOrganization(origin, o));
      }
      yield text;
    }
    level = parents;
  }
  for (const codes of chunks([...named.countries].sort()))
    yield (await loadCountries(codes)).map((c) => organization(countryOrganization(c))).join("");

  yield `\n],"memberships":[\n`;
  const membership = listWriter();
  for (const ids of chunks(people))
    yield (await loadPeople(ids)).flatMap((p) => positionMemberships(p).map(membership)).join("");
  yield "\n]}\n";
}
