import Link from "next/link";
import type { Alert } from "@/lib/alerts/queries";
import { DateText } from "@/components/ui/date-text";
import { Badge } from "@/components/ui/badge";

const KIND = { agreement: "Agreement", commitment: "Commitment", round: "Planned round" } as const;

function What({ alert }: { alert: Alert }) {
  switch (alert.kind) {
    case "agreement":
      return <>{alert.text}</>;
    case "commitment":
      return (
        <>
          {alert.overdue ? <Badge tone="warn">overdue</Badge> : "due"} by <DateText date={alert.on} />, made at{" "}
          <Link href={`/dialogues/${alert.dialogue.id}`}>{alert.dialogue.title}</Link>
        </>
      );
    case "round":
      return (
        <>
          meets <DateText date={alert.on} precision={alert.precision} /> with no agenda yet:{" "}
          <Link href={`/dialogues/${alert.id}#agenda`}>prepare it</Link>
        </>
      );
  }
}

const href = (alert: Alert) =>
  alert.kind === "agreement"
    ? `/agreements/${alert.id}`
    : alert.kind === "commitment"
      ? `/outcomes/${alert.id}`
      : `/dialogues/${alert.id}`;

/** The register's lines: what, why, and since when it needs attention. */
export function AlertList({ alerts }: { alerts: Alert[] }) {
  return (
    <ul className="record-list" aria-label="Alerts">
      {alerts.map((alert) => (
        <li key={`${alert.kind}-${alert.id}`}>
          <span className="muted">{KIND[alert.kind]}:</span> <Link href={href(alert)}>{alert.title}</Link>
          <p className="meta">
            <What alert={alert} />
          </p>
        </li>
      ))}
    </ul>
  );
}
