import { layoutSmallMultiples, STANDINGS, type SmallMultiples as Layout } from "@/lib/charts/small-multiples";
import { yearlyFiguresOf } from "@/lib/charts/yearly-query";
import type { HeatmapScope } from "@/lib/charts/heatmap-query";
import { SmallMultiplePanel } from "./small-multiple-panel";
import { KIND_COLOUR, STANDING_FILL } from "@/lib/charts/palette";

const STANDING_LABEL = { fulfilled: "Fulfilled", open: "Open or in progress", lapsed: "Lapsed" } as const;

/** Meetings, agreements and commitments per year side by side, with a legend and the figures as a table. */
export function SmallMultiples({ layout }: { layout: Layout }) {
  return (
    <>
      <div className="small-multiples">
        {layout.panels.map((panel) => (
          <SmallMultiplePanel key={panel.key} panel={panel} xTicks={layout.xTicks} axisEnd={layout.axisEnd} />
        ))}
      </div>
      <ul className="chart-legend inline-legend" aria-label="Commitments by standing">
        {STANDINGS.map((s) => (
          <li key={s}>
            <svg width={14} height={14} aria-hidden="true">
              <rect
                width={13}
                height={13}
                x={0.5}
                y={0.5}
                fill={STANDING_FILL[s]}
                stroke={s === "open" ? KIND_COLOUR.commitment : "none"}
              />
            </svg>{" "}
            {STANDING_LABEL[s]}
          </li>
        ))}
      </ul>
      <details className="chart-figures">
        <summary>The figures by year</summary>
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">Year</th>
                <th scope="col">Meetings held</th>
                <th scope="col">Agreements signed</th>
                {STANDINGS.map((s) => (
                  <th key={s} scope="col">
                    Commitments {STANDING_LABEL[s].toLowerCase()}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {layout.table.map((f) => (
                <tr key={f.year}>
                  <th scope="row">{f.year}</th>
                  <td>{f.meetings}</td>
                  <td>{f.agreements}</td>
                  {STANDINGS.map((s) => (
                    <td key={s}>{f[s]}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
}

/** A series' or a country pair's year-by-year overview. */
export async function YearByYear({ scope }: { scope: HeatmapScope }) {
  const layout = layoutSmallMultiples(await yearlyFiguresOf(scope));
  return layout ? <SmallMultiples layout={layout} /> : <p className="muted">Nothing dated recorded yet.</p>;
}
