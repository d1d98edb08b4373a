import Link from "next/link";
import { alertCount } from "@/lib/alerts/queries";

/** The header's link to the alerts register, with how many there are today. */
export async function AlertsLink() {
  const count = await alertCount();
  return (
    <Link href="/alerts" aria-label={`Alerts: ${count}`}>
      Alerts {count ? <span className="count-badge">{count}</span> : null}
    </Link>
  );
}
