import { isoDate } from "@/lib/dates";
import { dialogueStatusLabel, participationRoleLabel } from "@/lib/labels";
import { compact, vocab } from "../stix/objects";
import type { InterchangePerson, Meeting } from "../records";

// Parley's records in the Popolo data specification (popoloproject.com; the shape Open Civic
// Data and parliamentary tools read): governments and organisations are organizations, people
// are persons, the posts people hold are memberships, a series is an event and each of its
// rounds an event under it, with the delegates as attendees whose membership says their role,
// title and side. Popolo dates are ISO 8601 no more precise than known: 2024, 2024-02, 2024-02-28.

type Dated = { createdAt: Date; updatedAt: Date };
type Country = { code: string; name: string };
type Organisation = Meeting["participations"][number]["organisation"] & {};
type Series = Meeting["series"]["parent"] & {};

export const popoloId = {
  country: (code: string) => `country-${code}`,
  organisation: (id: number) => `organisation-${id}`,
  person: (id: number) => `person-${id}`,
  series: (id: number) => `series-${id}`,
  meeting: (id: number) => `dialogue-${id}`,
  position: (id: number) => `position-${id}`,
  participation: (id: number) => `participation-${id}`,
};

const date = (value: Date | null, precision: string | null | undefined) =>
  value ? isoDate(value, (precision ?? "DAY") as "DAY" | "MONTH" | "YEAR") : null;
const actingTitle = (title: string, acting: boolean) => (acting ? `${title} (acting)` : title);
const stamps = (d: Dated) => ({ created_at: d.createdAt.toISOString(), updated_at: d.updatedAt.toISOString() });
const inParley = (origin: string, path: string) => [{ url: `${origin}${path}`, note: "Parley" }];

export function countryOrganization(c: Country) {
  return {
    id: popoloId.country(c.code),
    name: c.name,
    classification: "government",
    identifiers: [{ identifier: c.code, scheme: "ISO 3166-1 alpha-2" }],
  };
}

export function organisationOrganization(origin: string, o: Organisation) {
  return compact({
    id: popoloId.organisation(o.id),
    name: o.name,
    other_names: o.acronym ? [{ name: o.acronym, note: "acronym" }] : null,
    classification: vocab(o.kind),
    // Under its parent organisation, else under its country's government.
    parent_id: o.parentId ? popoloId.organisation(o.parentId) : o.country ? popoloId.country(o.country.code) : null,
    identifiers: [{ identifier: String(o.id), scheme: "parley:organisation" }],
    sources: inParley(origin, `/organisations/${o.id}`),
    ...stamps(o),
  });
}

export function personOf(origin: string, p: Omit<InterchangePerson, "positions">) {
  return compact({
    id: popoloId.person(p.id),
    name: p.name,
    honorific_prefix: p.honorific,
    other_names: p.aliases.map((name) => ({ name, note: "alias" })),
    national_identity: p.country?.name,
    identifiers: [{ identifier: String(p.id), scheme: "parley:person" }],
    sources: inParley(origin, `/people/${p.id}`),
    ...stamps(p),
  });
}

/** The posts a person holds or held, as memberships of their organisations. */
export function positionMemberships(p: InterchangePerson) {
  return p.positions.map((position) =>
    compact({
      id: popoloId.position(position.id),
      person_id: popoloId.person(p.id),
      organization_id: position.organisationId ? popoloId.organisation(position.organisationId) : null,
      role: position.title,
      label: actingTitle(position.title, position.acting),
      start_date: date(position.startDate, position.startPrecision),
      end_date: date(position.endDate, position.endPrecision),
      ...stamps(position),
    }),
  );
}

export function seriesEvent(origin: string, s: Series) {
  return compact({
    id: popoloId.series(s.id),
    name: s.name,
    classification: "dialogue series",
    start_date: date(s.establishedDate, s.establishedPrecision),
    parent_id: s.parentId ? popoloId.series(s.parentId) : null,
    identifiers: [{ identifier: String(s.id), scheme: "parley:series" }],
    sources: inParley(origin, `/series/${s.id}`),
    ...stamps(s),
  });
}

/** A round under its series, its delegates attending with their role, title and side. */
export function meetingEvent(origin: string, m: Meeting, sourceUrls: string[]) {
  const start = date(m.startDate, m.startPrecision);
  const end = date(m.endDate, m.endPrecision ?? m.startPrecision);
  return compact({
    id: popoloId.meeting(m.id),
    name: m.title,
    description: m.summary,
    classification: vocab(m.level),
    status: dialogueStatusLabel[m.status].toLowerCase(),
    start_date: start,
    end_date: end,
    location: [m.venueCity, m.venueCountry?.name].filter(Boolean).join(", ") || null,
    parent_id: popoloId.series(m.series.id),
    identifiers: [{ identifier: String(m.id), scheme: "parley:dialogue" }],
    attendees: m.participations.flatMap((p) =>
      p.person
        ? [
            compact({
              id: popoloId.person(p.person.id),
              name: p.person.name,
              honorific_prefix: p.person.honorific,
              memberships: [
                {
                  id: popoloId.participation(p.id),
                  person_id: popoloId.person(p.person.id),
                  role: participationRoleLabel[p.role].toLowerCase(),
                  label: p.statedTitle ? actingTitle(p.statedTitle, p.isActing) : null,
                  organization_id: p.organisation ? popoloId.organisation(p.organisation.id) : null,
                  on_behalf_of_id: p.country ? popoloId.country(p.country.code) : null,
                  start_date: start,
                  end_date: end ?? start,
                },
              ],
            }),
          ]
        : [],
    ),
    sources: [...inParley(origin, `/dialogues/${m.id}`), ...sourceUrls.map((url) => ({ url }))],
    ...stamps(m),
  });
}
