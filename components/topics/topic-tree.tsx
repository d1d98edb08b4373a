import Link from "next/link";
import type { TopicNode } from "@/lib/topics/queries";

export function TopicTree({ nodes }: { nodes: TopicNode[] }) {
  return (
    <ul className="tree">
      {nodes.map((node) => (
        <li key={node.id}>
          <Link href={`/topics/${node.slug}`}>{node.name}</Link>
          {node.children.length > 0 ? <TopicTree nodes={node.children} /> : null}
        </li>
      ))}
    </ul>
  );
}
