import Link from "next/link";
import type { SectionProps } from "./section-props";
import { Section } from "@/components/ui/section";

/** What was discussed: the meeting's themes, each a link to the theme's page. */
export function TopicsSection({ d }: Pick<SectionProps, "d">) {
  return (
    <Section id="topics" title="Topics discussed">
      {d.topics.length === 0 ? (
        <p className="muted">No topics recorded.</p>
      ) : (
        <ul className="tags">
          {d.topics.map(({ topic }) => (
            <li key={topic.id}>
              <Link href={`/topics/${topic.slug}`}>{topic.name}</Link>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
