// Citing a source's passage: by selection (the offsets are kept), or typed (a near miss is refused
// with the closest passage offered instead).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeUser } from "@/test/users";
import { makeDialogue, makeSource } from "@/test/factories";
import { ActionError } from "@/lib/errors";
import { createCitation } from "./mutations";

const BODY =
  "The two sides reviewed ongoing work in counter-terrorism.\nThe dialogue concluded with signing a memorandum of cooperation on law enforcement training.";
let analyst: Awaited<ReturnType<typeof makeUser>>;
let sourceId: number;
let record: string;

beforeAll(async () => {
  analyst = await makeUser("ANALYST");
  sourceId = await makeSource({ values: { body: BODY } });
  record = `DIALOGUE:${await makeDialogue()}`;
});

describe("citing a passage", () => {
  it("keeps where a selected passage is, and stays correct when the quote no longer matches the offsets", async () => {
    const start = BODY.indexOf("The dialogue concluded");
    const quote = BODY.slice(start);
    const id = await createCitation({ sourceId, record, quote, credibility: 2, start, end: BODY.length }, analyst);
    expect(await db.citation.findUniqueOrThrow({ where: { id } })).toMatchObject({
      startOffset: start,
      endOffset: BODY.length,
      stance: "SUPPORTS",
    });
    const moved = await createCitation(
      { sourceId, record, quote: "reviewed ongoing work", credibility: 2, start, end: start + 5 },
      analyst,
    );
    expect(await db.citation.findUniqueOrThrow({ where: { id: moved } })).toMatchObject({
      startOffset: null,
      endOffset: null,
    });
  });

  it("refuses a quote with slips, offering the closest passage and its offsets", async () => {
    const attempt = createCitation(
      {
        sourceId,
        record,
        quote: "the dialogue ended with the signing of a memorandum on law enforcement training",
        credibility: 2,
      },
      analyst,
    );
    await expect(attempt).rejects.toThrow(ActionError);
    const error = (await attempt.catch((e: unknown) => e)) as ActionError;
    expect(error.offered?.quote).toBe(BODY.slice(BODY.indexOf("The dialogue concluded")));
    expect(Number(error.offered?.start)).toBe(BODY.indexOf("The dialogue concluded"));
    expect(error.fieldErrors?.quote?.[0]).toMatch(/^Not in the source as typed/);
  });
});
