import type { DialoguePageRecord } from "@/lib/dialogues/queries";
import { citationKey } from "@/lib/sources/queries";
import type { RecordType } from "@/lib/domain";

/** What every section of a meeting's page is given. */
export type SectionProps = { d: DialoguePageRecord; canEdit: boolean };

/** The citations backing one record shown on the page. */
export const citedOn = (d: DialoguePageRecord) => (type: RecordType, id: number) =>
  d.citations.get(citationKey(type, id));

export const personName = (p: DialoguePageRecord["participations"][number]) => p.person?.name ?? "Unnamed participant";
