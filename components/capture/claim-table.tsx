import type { ClaimRow, Verdict } from "@/lib/capture/compare";
import { TableHead } from "@/components/ui/table-head";

const VERDICT: Record<Verdict, string> = {
  same: "Both say so",
  adds: "Only this source",
  differs: "They differ",
  unsaid: "Only the record",
};

/** The record and a second source, claim by claim. */
export function ClaimTable({ rows }: { rows: ClaimRow[] }) {
  return (
    <table className="claims">
      <TableHead columns={["Claim", "Recorded", "This source", "Verdict"]} />
      <tbody>
        {rows.map((r) => (
          <tr key={r.claim} className={`verdict-${r.verdict}`}>
            <th scope="row">{r.claim}</th>
            <td>{r.recorded || "—"}</td>
            <td>{r.source || "—"}</td>
            <td>{VERDICT[r.verdict]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
