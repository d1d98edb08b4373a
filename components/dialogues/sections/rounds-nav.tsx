import Link from "next/link";
import type { SectionProps } from "./section-props";

/** The previous and next rounds of the series. */
export function RoundsNav({ d }: Pick<SectionProps, "d">) {
  return (
    <nav aria-label="Rounds of this series" className="rounds">
      {d.previousRound ? (
        <Link href={`/dialogues/${d.previousRound.id}`} rel="prev">
          ← Previous round: {d.previousRound.title}
        </Link>
      ) : (
        <span className="muted">No earlier round recorded</span>
      )}
      {d.nextRound ? (
        <Link href={`/dialogues/${d.nextRound.id}`} rel="next">
          Next round: {d.nextRound.title} →
        </Link>
      ) : null}
    </nav>
  );
}
