// Turning a chart on the page into a standalone SVG file, in the browser: a drawn chart is copied
// as it is (its colours are attributes, so it needs no stylesheet); the heatmap, which is an HTML
// table, is redrawn cell by cell at the places and in the colours the browser laid it out with.

const SVG_NS = "http://www.w3.org/2000/svg";
const PROLOGUE = '<?xml version="1.0" encoding="UTF-8"?>\n';
const FONT = "system-ui, sans-serif";

const make = (name: string, attributes: Record<string, string | number>) => {
  const element = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
};

/** A drawn chart as a file: titled, with links made absolute so they still lead to Parley. */
export function chartSvgFile(svg: SVGSVGElement, title: string): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute("xmlns", SVG_NS);
  copy.removeAttribute("aria-labelledby");
  copy.removeAttribute("aria-describedby");
  const heading = make("title", {});
  heading.textContent = title;
  copy.prepend(heading);
  for (const a of copy.querySelectorAll("a[href]"))
    a.setAttribute("href", new URL(a.getAttribute("href")!, location.href).href);
  return PROLOGUE + new XMLSerializer().serializeToString(copy);
}

const visible = (colour: string) => colour !== "transparent" && !/^rgba\(.*,\s*0\)$/.test(colour);

/** A table as a file: each cell a rectangle in its computed colours with its text, the caption as the title. */
export function tableSvgFile(table: HTMLTableElement): string {
  const origin = table.getBoundingClientRect();
  const caption = table.caption?.textContent?.trim() ?? "";
  const top = caption ? 24 : 0;
  const svg = make("svg", {
    xmlns: SVG_NS,
    width: Math.ceil(origin.width),
    height: Math.ceil(origin.height) + top,
    viewBox: `0 0 ${Math.ceil(origin.width)} ${Math.ceil(origin.height) + top}`,
    "font-family": FONT,
    "font-size": 12,
  });
  svg.append(make("rect", { width: "100%", height: "100%", fill: "#ffffff" }));
  if (caption) {
    const heading = make("title", {});
    heading.textContent = caption;
    const text = make("text", { x: 0, y: 16, fill: "#1a1a1a" });
    text.textContent = caption;
    svg.append(heading, text);
  }
  for (const cell of table.querySelectorAll<HTMLTableCellElement>("th, td")) {
    const box = cell.getBoundingClientRect();
    const style = getComputedStyle(cell);
    const [x, y] = [box.left - origin.left, box.top - origin.top + top];
    svg.append(
      make("rect", {
        x,
        y,
        width: box.width,
        height: box.height,
        fill: visible(style.backgroundColor) ? style.backgroundColor : "#ffffff",
        stroke: style.borderTopColor,
      }),
    );
    const lines = cell.innerText
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean);
    const centred = style.textAlign === "center";
    lines.forEach((line, i) => {
      const text = make("text", {
        x: centred ? x + box.width / 2 : x + 6,
        y: y + 16 + i * 14,
        fill: style.color,
        "font-weight": style.fontWeight,
        "text-anchor": centred ? "middle" : "start",
      });
      text.textContent = line;
      svg.append(text);
    });
  }
  return PROLOGUE + new XMLSerializer().serializeToString(svg);
}

/** Offers the text as a file download. */
export function saveFile(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: "image/svg+xml" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}
