import { agreements } from "./agreements";
import { dialogues } from "./dialogues";
import { organisations } from "./organisations";
import { outcomes } from "./outcomes";
import { people } from "./people";
import { series } from "./series";
import { topics } from "./topics";
import type { Resource } from "./resource";

/** Every resource of the read API, by its path segment. */
export const RESOURCES: Record<string, Resource> = Object.fromEntries(
  [series, dialogues, agreements, outcomes, people, organisations, topics].map((r) => [
    r.name,
    r as unknown as Resource,
  ]),
);
