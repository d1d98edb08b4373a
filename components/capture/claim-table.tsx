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
    <table className="claims cards">
      <TableHead columns={["Claim", "Recorded", "This source", "Verdict"]} />
      <tbody>
        {rows.map((r) => (
          <tr key={r.claim} className={`verdict-${r.verdict}`}>
            <th scope="row">{r.claim}</th>
            <td data-label="Recorded">{r.recorded || "—"}</td>
            <td data-label="This source">{r.source || "—"}</td>
            <td data-label="Verdict">{VERDICT[r.verdict]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
