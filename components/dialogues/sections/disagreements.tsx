import Link from "next/link";
import type { getDialogue } from "@/lib/dialogues/queries";

type Dialogue = NonNullable<Awaited<ReturnType<typeof getDialogue>>>;

/** Says when sources disagree on something this page records, and links to the claim-by-claim view. */
export function Disagreements({ d }: { d: Dialogue }) {
  const contradicting = [...d.citations.values()].flat().filter((c) => c.stance === "CONTRADICTS");
  const sources = new Set([...d.citations.values()].flat().map((c) => c.source.id));
  if (sources.size < 2 && !contradicting.length) return null;
  return (
    <p className={contradicting.length ? "notice warn" : "notice"}>
      {contradicting.length
        ? `Sources disagree on ${contradicting.length === 1 ? "one claim" : `${contradicting.length} claims`} recorded here (marked “Says otherwise”).`
        : `${sources.size} sources back this meeting.`}{" "}
      <Link href={`/dialogues/${d.id}/sources`}>Compare the sources</Link>
    </p>
  );
}
