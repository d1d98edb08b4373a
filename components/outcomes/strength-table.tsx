import Link from "next/link";
import type { seriesStrengthByTheme } from "@/lib/outcomes/strength-query";
import { strengthRank } from "@/lib/outcomes/strength";
import { strengthLabel } from "@/lib/labels";
import { DateText } from "@/components/ui/date-text";

type Data = Awaited<ReturnType<typeof seriesStrengthByTheme>>;
const TREND = { stronger: "↑ stronger", weaker: "↓ weaker", same: "= same" } as const;

/** Themes by round: the strongest language used on each, with the scale's rank, and the change from first to last. */
export function StrengthTable({ data }: { data: Data }) {
  const { rounds, rows } = data;
  if (!rows.length) return <p className="muted">No outcome of a held round has a strength yet.</p>;
  return (
    <div className="table-scroll">
      <table className="strength">
        <caption>
          The strongest language on each theme at each round, from 1 (discussed) to 5 (signed or legally binding)
        </caption>
        <thead>
          <tr>
            <th scope="col">Theme</th>
            {rounds.map((r) => (
              <th key={r.id} scope="col">
                <Link href={`/dialogues/${r.id}#outcomes`} title={r.title}>
                  <DateText date={r.startDate} precision={r.startPrecision} />
                </Link>
              </th>
            ))}
            <th scope="col">First to last</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.theme.id}>
              <th scope="row">
                <Link href={`/topics/${row.theme.slug}`}>{row.theme.name}</Link>
              </th>
              {row.cells.map((cell, i) => (
                <td key={rounds[i]!.id}>
                  {cell ? (
                    <Link href={`/outcomes/${cell.outcomeId}`} title={strengthLabel[cell.strength]}>
                      {strengthRank(cell.strength)} {strengthLabel[cell.strength].split(",")[0]}
                    </Link>
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
              ))}
              <td>{TREND[row.trend]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
