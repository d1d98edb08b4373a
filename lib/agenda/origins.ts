import type { AgendaOrigin } from "./schema";

// The records an agenda item can carry over, named as the add form posts them ("OUTCOME:12").

export const originKey = (type: AgendaOrigin["type"], id: number) => `${type}:${id}`;

type Item = { outcomeId: number | null; agreementId: number | null; topicId: number | null };

/** The records already on an agenda, as origin keys. */
export function onAgenda(items: Item[]): Set<string> {
  return new Set(
    items.flatMap((i) => [
      ...(i.outcomeId ? [originKey("OUTCOME", i.outcomeId)] : []),
      ...(i.agreementId ? [originKey("AGREEMENT", i.agreementId)] : []),
      ...(i.topicId ? [originKey("TOPIC", i.topicId)] : []),
    ]),
  );
}

type Inherited = {
  open: { id: number; text: string }[];
  pending: { id: number; title: string }[];
  themes: { id: number; name: string }[];
};

const clip = (text: string) => (text.length > 90 ? `${text.slice(0, 89)}…` : text);

/** What the add form offers: the inherited commitments, agreements and themes not on the agenda yet. */
export function agendaChoices({ open, pending, themes }: Inherited, taken: Set<string>) {
  return [
    ...open.map((o) => ({ value: originKey("OUTCOME", o.id), label: `Commitment: ${clip(o.text)}` })),
    ...pending.map((a) => ({ value: originKey("AGREEMENT", a.id), label: `Agreement: ${clip(a.title)}` })),
    ...themes.map((t) => ({ value: originKey("TOPIC", t.id), label: `Theme: ${t.name}` })),
  ].filter((choice) => !taken.has(choice.value));
}
