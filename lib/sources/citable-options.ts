/** A meeting and its parts as the records a passage can back, for a citation form's "Backs" list. */
export type CitableMeeting = {
  id: number;
  title: string;
  participations: { id: number; person: { name: string } | null }[];
  agreements: { id: number; title: string }[];
  outcomes: { id: number; text: string }[];
};

export function citableOptions(d: CitableMeeting, meeting = "This meeting"): { value: string; label: string }[] {
  return [
    { value: `DIALOGUE:${d.id}`, label: meeting },
    ...d.participations.map((p) => ({
      value: `PARTICIPATION:${p.id}`,
      label: `Participant: ${p.person?.name ?? "Unnamed participant"}`,
    })),
    ...d.agreements.map((a) => ({ value: `AGREEMENT:${a.id}`, label: `Agreement: ${a.title}` })),
    ...d.outcomes.map((o) => ({ value: `OUTCOME:${o.id}`, label: `Outcome: ${o.text.slice(0, 80)}` })),
  ];
}
