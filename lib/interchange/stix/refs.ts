import type { RecordType } from "@/generated/prisma/enums";
import type { StixIds } from "./ids";

/** The STIX object a Parley record is exported as, where it is one by its id alone. */
export function stixRef(ids: StixIds, type: RecordType, id: number): string | null {
  switch (type) {
    case "DIALOGUE":
      return ids.meeting(id);
    case "AGREEMENT":
      return ids.agreement(id);
    case "OUTCOME":
      return ids.outcome(id);
    case "PERSON":
      return ids.person(id);
    case "ORGANISATION":
      return ids.organisation(id);
    default:
      return null;
  }
}
