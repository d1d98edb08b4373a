import { extractText, getDocumentProxy } from "unpdf";
import mammoth from "mammoth";
import { looksLikeHtml } from "./read-html";

// An uploaded readout as the text capture reads: .txt as it is, .html as a page (read-html.ts),
// .pdf through its text layer (unpdf), .docx through mammoth. What cannot be read is refused with
// a message the analyst can act on, never an error page.

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

export class UnreadableInput extends Error {}

export type ReadFile = { content: string; kind: "text" | "html" | "pdf" | "docx" };

const startsWith = (bytes: Uint8Array, ...signature: number[]) => signature.every((b, i) => bytes[i] === b);

/** A file's content as text (HTML stays HTML: the page reader reads it), or UnreadableInput. */
export async function readUpload(name: string, bytes: Uint8Array): Promise<ReadFile> {
  if (bytes.length === 0) throw new UnreadableInput("The file is empty.");
  if (bytes.length > MAX_UPLOAD_BYTES)
    throw new UnreadableInput(`The file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`);
  const extension = name.toLowerCase().split(".").at(-1) ?? "";
  if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46)) {
    let text = "";
    try {
      const pdf = await getDocumentProxy(new Uint8Array(bytes));
      text = (await extractText(pdf, { mergePages: true })).text;
    } catch {
      throw new UnreadableInput("This PDF could not be read. Paste the text instead.");
    }
    if (!text.trim())
      throw new UnreadableInput("No text found in this PDF (a scan without a text layer?). Paste the text instead.");
    return { content: reflowLines(text), kind: "pdf" };
  }
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) {
    if (extension !== "docx") throw new UnreadableInput("Only .docx files among Word and zip files can be read.");
    try {
      const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
      if (!value.trim()) throw new Error("empty");
      return { content: value, kind: "docx" };
    } catch {
      throw new UnreadableInput("This Word file could not be read. Paste the text instead.");
    }
  }
  const text = decodeText(bytes);
  return { content: text, kind: looksLikeHtml(text) ? "html" : "text" };
}

/**
 * A PDF's text layer breaks every printed line; a sentence runs on across them. Lines are joined
 * into paragraphs: a line that does not end a sentence continues on the next (a line ending in a
 * hyphen, "vice-", without a space), and one that ends a sentence, or stops well short of the
 * margin before a capital (a heading), ends a paragraph.
 */
export function reflowLines(text: string): string {
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  const full = Math.max(...lines.map((l) => l.length));
  let out = "";
  for (const [i, line] of lines.entries()) {
    if (!line) {
      if (!out.endsWith("\n\n") && out) out = out.trimEnd() + "\n\n";
      continue;
    }
    out += line;
    const next = lines[i + 1];
    if (next === undefined) break;
    const ends =
      /[.!?:;”"’)]$/.test(line) ||
      !next ||
      /^(?:\d+\.|[•–-])\s/.test(next) ||
      (line.length < full * 0.7 && /^\p{Lu}/u.test(next));
    out += ends ? "\n\n" : /\p{L}-$/u.test(line) ? "" : " ";
  }
  return out.replace(/\n{3,}/g, "\n\n").trim();
}

/** UTF-8 text, or UnreadableInput for a binary file. */
export function decodeText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new UnreadableInput("This file is not text, HTML, PDF or Word (.docx).");
  }
  const control = [...text.slice(0, 4000)].filter((c) => /[\u0000-\u0008\u000E-\u001F]/.test(c)).length;
  if (control > 0) throw new UnreadableInput("This file is not text, HTML, PDF or Word (.docx).");
  return text.replace(/^\uFEFF/, "");
}

const ENGLISH = new Set(
  "the of and to in a is that for on with as by at was were from are has have it this be said their".split(" "),
);

/** Whether a text reads as English (the language capture's rules are written for). */
export function isEnglish(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 12) return true;
  return words.filter((w) => ENGLISH.has(w)).length / words.length > 0.08;
}
