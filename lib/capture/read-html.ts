import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

// A web page as text: Readability finds the article (dropping navigation, cookie banners and
// footers), linkedom parses without running anything (scripts are never run, and their text is
// dropped), and each block becomes one paragraph. The page's own title, site name and
// publication date are kept to prefill the source.

export type PageText = { text: string; title: string | null; publisher: string | null; published: string | null };

const BLOCKS = "h1,h2,h3,h4,h5,h6,p,li,blockquote,pre,td,th,figcaption,dt,dd";

function meta(document: Document, ...names: string[]): string | null {
  for (const name of names) {
    const el = document.querySelector(`meta[property="${name}"], meta[name="${name}"]`);
    const content = el?.getAttribute("content")?.trim();
    if (content) return content;
  }
  return null;
}

const UNRUN = "script, style, noscript, template, iframe, object, embed";

/** The page's main region without its navigation and footers: what is read when Readability misses the article. */
function mainRegion(html: string): { html: string; length: number } {
  const { document } = parseHTML(html);
  for (const el of document.querySelectorAll(`${UNRUN}, header, nav, footer, aside, form`)) el.remove();
  const root = document.querySelector("main, article, [role=main]") ?? document.body;
  return { html: root?.innerHTML ?? "", length: (root?.textContent ?? "").replace(/\s+/g, " ").trim().length };
}

export function readHtml(html: string): PageText {
  const { document } = parseHTML(html);
  for (const el of document.querySelectorAll(UNRUN)) el.remove();
  const title =
    meta(document, "og:title") ?? document.querySelector("h1")?.textContent?.trim() ?? document.title?.trim() ?? null;
  const publisher = meta(document, "og:site_name", "publisher", "author");
  const published =
    meta(document, "article:published_time", "datePublished", "date", "DC.date.issued")?.slice(0, 10) ?? null;
  const main = mainRegion(html);
  const article = new Readability(document as unknown as Document, { keepClasses: false }).parse();
  // Readability scores paragraphs; a readout written as a numbered list (<ol><li>) can lose to the footer.
  const missed = !article || (article.textContent ?? "").replace(/\s+/g, " ").trim().length < main.length / 2;
  const { document: body } = parseHTML(
    `<!doctype html><html><body>${missed ? main.html : (article?.content ?? "")}</body></html>`,
  );
  const blocks = [...body.querySelectorAll(BLOCKS)]
    .filter((el) => !el.querySelector(BLOCKS))
    .map((el) => (el.textContent ?? "").replace(/\s+/g, " ").trim())
    .filter(Boolean);
  const heading = title && !blocks.slice(0, 3).some((b) => b.includes(title)) ? [title] : [];
  return {
    text: [...heading, ...blocks].join("\n\n"),
    title,
    publisher,
    published: /^\d{4}-\d{2}-\d{2}$/.test(published ?? "") ? published : null,
  };
}

export const looksLikeHtml = (text: string) =>
  /^\s*(<!doctype html|<html|<head|<body|<article|<div|<p[\s>])/i.test(text);
