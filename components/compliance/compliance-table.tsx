import Link from "next/link";
import type { PartyCompliance } from "@/lib/compliance/queries";
import { signedAverage } from "@/lib/compliance/scale";
import { TableHead } from "@/components/ui/table-head";

/** Each party's compliance with the commitments in view, as the G7/G20 Research Group reports it. */
export function ComplianceTable({ parties, caption }: { parties: PartyCompliance[]; caption: string }) {
  if (parties.length === 0) return <p className="muted">No commitment has been assessed yet.</p>;
  return (
    <table className="compliance cards">
      <caption>{caption}</caption>
      <TableHead columns={["Party", "Average score", "Compliance", "Commitments assessed"]} />
      <tbody>
        {parties.map((p) => (
          <tr key={p.code}>
            <th scope="row">
              <Link href={`/countries/${p.code}`}>{p.name}</Link>
            </th>
            <td data-label="Average score">{signedAverage(p.figure.average)}</td>
            <td data-label="Compliance">{Math.round(p.figure.percent)} %</td>
            <td data-label="Commitments assessed">{p.figure.assessed}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
