import { INK } from "@/lib/charts/palette";
import { DownloadSvg } from "./download-svg";

/**
 * A drawn chart's frame: the figure with its caption, a box it scrolls in on narrow screens, and
 * the SVG root with the charts' shared text style. `role` is "img" for a picture read as a whole,
 * "group" when its marks are links of their own.
 */
export function ChartFigure({
  id,
  className,
  title,
  width,
  height,
  role,
  describedBy,
  children,
}: {
  id: string;
  className: string;
  title: string;
  width: number;
  height: number;
  role: "img" | "group";
  /** the id of the SVG's <desc>, which the children draw */
  describedBy: string;
  children: React.ReactNode;
}) {
  const titleId = `${id}-title`;
  return (
    <figure id={`${id}-figure`} className={`chart ${className}`} aria-labelledby={titleId}>
      <figcaption id={titleId}>{title}</figcaption>
      <div className="chart-scroll">
        <svg
          viewBox={`0 0 ${width} ${height}`}
          width={width}
          height={height}
          role={role}
          // an image is named by its title and description together; a group of links by its title
          aria-labelledby={role === "img" ? `${titleId} ${describedBy}` : titleId}
          aria-describedby={role === "group" ? describedBy : undefined}
          xmlns="http://www.w3.org/2000/svg"
          fontFamily="system-ui, sans-serif"
          fontSize={11}
          fill={INK}
        >
          {children}
        </svg>
      </div>
      <DownloadSvg figureId={`${id}-figure`} fileName={id} label={title} />
    </figure>
  );
}
