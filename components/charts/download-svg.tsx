"use client";
import { chartSvgFile, saveFile, tableSvgFile } from "@/lib/charts/svg-file";
import { useHydrated } from "@/components/ui/use-hydrated";

/**
 * A button that saves the chart in the figure `figureId` as an SVG file: the drawn chart itself, or
 * the heatmap table redrawn as SVG. It shows once the page is interactive, since it needs script.
 */
export function DownloadSvg({ figureId, fileName, label }: { figureId: string; fileName: string; label: string }) {
  if (!useHydrated()) return null;
  const save = () => {
    const figure = document.getElementById(figureId);
    const svg = figure?.querySelector<SVGSVGElement>("svg[role]");
    const table = figure?.querySelector("table");
    const title = figure?.querySelector("figcaption")?.textContent ?? label;
    if (svg) saveFile(`${fileName}.svg`, chartSvgFile(svg, title));
    else if (table) saveFile(`${fileName}.svg`, tableSvgFile(table));
  };
  return (
    <button type="button" className="link-button chart-download" onClick={save} aria-label={`Download ${label} as SVG`}>
      Download SVG
    </button>
  );
}
