import { agreements } from "./agreements";
import { citations } from "./citations";
import { links } from "./links";
import { participations } from "./participations";
import { sources } from "./sources";
import { dialogues } from "./dialogues";
import { organisations } from "./organisations";
import { outcomes } from "./outcomes";
import { people } from "./people";
import { series } from "./series";
import { topics } from "./topics";
import type { Resource } from "./resource";

/** Every resource of the read API, by its path segment. */
export const RESOURCES: Record<string, Resource> = Object.fromEntries(
  [
    series,
    dialogues,
    participations,
    agreements,
    outcomes,
    people,
    organisations,
    topics,
    sources,
    citations,
    links,
  ].map((r) => [r.name, r as unknown as Resource]),
);
