// Decision notes keep their date and status, and the index lists every one.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const dir = path.join(process.cwd(), "docs/decisions");
const notes = fs.readdirSync(dir).filter((name) => /^\d{3}-.+\.md$/.test(name));
const index = fs.readFileSync(path.join(dir, "README.md"), "utf8");

describe("decision notes", () => {
  it.each(notes)("%s has a title, a date and a status, and is in the index", (name) => {
    const [title, , meta] = fs.readFileSync(path.join(dir, name), "utf8").split("\n");
    expect(title).toMatch(new RegExp(`^# ${name.slice(0, 3)} — `));
    expect(meta).toMatch(/^Date: \d{4}-\d{2}-\d{2} · Status: (proposed|accepted|superseded)/);
    expect(index).toContain(`](${name})`);
  });
});
