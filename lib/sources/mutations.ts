import "server-only";
import type { Tx } from "@/lib/prisma-client";
import { db, inTransaction } from "@/lib/db";
import { auditRecord } from "@/lib/audit/record";
import { ActionError } from "@/lib/errors";
import { recordExists } from "@/lib/records/exists";
import { CITABLE_TYPES, isOneOf } from "@/lib/records/registry";
import type { CurrentUser } from "@/lib/auth/session";
import type { CitationInput, SourceInput } from "./schema";
import type { z } from "zod";
import type { updateCitationSchema, updateSourceSchema } from "./schema";
import { versionedUpdate } from "@/lib/records/versioned-update";
import { citationEdit, sourceEdit } from "./form-values";

type UpdateSourceInput = z.infer<typeof updateSourceSchema>;
type UpdateCitationInput = z.infer<typeof updateCitationSchema>;
import { closestPassage, quoteAppearsIn } from "./quote";

/** The source's own columns, as the form gives them (create and edit alike). */
const columns = (input: SourceInput | UpdateSourceInput) => ({
  title: input.title,
  publisher: input.publisher ?? null,
  url: input.url ?? null,
  kind: input.kind,
  reliability: input.reliability,
  publishedDate: input.publishedDate?.date ?? null,
  publishedPrecision: input.publishedDate?.precision ?? null,
  body: input.body ?? null,
});

export async function createSource(input: SourceInput, user: CurrentUser, outer?: Tx): Promise<number> {
  return inTransaction(outer, async (tx) => {
    const data = columns(input);
    const created = await tx.source.create({ data, select: { id: true } });
    await auditRecord(tx, user.id, "CREATE", ["SOURCE", created.id], {
      after: { ...data, body: data.body ? `${data.body.length} characters` : null },
    });
    return created.id;
  });
}

/** Cites a passage of a source for a record; a passage the source's stored text lacks is refused. */
export async function createCitation(input: CitationInput, user: CurrentUser, outer?: Tx): Promise<number> {
  const [recordType = "", rawId] = input.record.split(":");
  const recordId = Number(rawId);
  if (!isOneOf(CITABLE_TYPES, recordType))
    throw new ActionError("Choose what the passage backs.", { record: ["Not a record that can be cited"] });
  return inTransaction(outer, async (tx) => {
    const source = await tx.source.findFirst({
      where: { id: input.sourceId, deletedAt: null },
      select: { id: true, body: true },
    });
    if (!source) throw new ActionError("That source no longer exists.", { sourceId: ["No such source"] });
    if (!(await recordExists(tx, recordType, recordId)))
      throw new ActionError("That record no longer exists.", { record: ["No such record"] });
    // Offsets from a selection hold only while the quote is still the selected text.
    const offsets =
      input.start !== undefined && input.end !== undefined ? { start: input.start, end: input.end } : null;
    const passage = offsets && source.body?.slice(offsets.start, offsets.end) === input.quote ? offsets : null;
    if (source.body && !quoteAppearsIn(source.body, input.quote)) {
      const closest = closestPassage(source.body, input.quote);
      if (closest)
        throw new ActionError(
          "The quoted passage is not in the source's text word for word. The closest passage is filled in below: check it, then cite again.",
          { quote: [`Not in the source as typed. Closest: “${closest.text}”`] },
          { quote: closest.text, start: String(closest.start), end: String(closest.end) },
        );
      throw new ActionError("The quoted passage is not in the source's text.", {
        quote: ["Not found in the source's text: paste it exactly"],
      });
    }
    const data = {
      sourceId: source.id,
      recordType,
      recordId,
      quote: input.quote,
      credibility: input.credibility,
      note: input.note ?? null,
      startOffset: passage?.start ?? null,
      endOffset: passage?.end ?? null,
      stance: input.stance ?? "SUPPORTS",
    };
    const created = await tx.citation.create({ data, select: { id: true } });
    await auditRecord(tx, user.id, "CREATE", ["CITATION", created.id], { after: data });
    return created.id;
  });
}

export async function updateSource(input: UpdateSourceInput, user: CurrentUser): Promise<void> {
  await db.$transaction(async (tx) => {
    const data = columns(input);
    await versionedUpdate(tx, sourceEdit, input, data, user);
  });
}

/** Edits a citation's passage and grading; the passage must still be in the source's text. */
export async function updateCitation(
  input: UpdateCitationInput,
  user: CurrentUser,
): Promise<{ recordType: string; recordId: number }> {
  return db.$transaction(async (tx) => {
    const citation = await tx.citation.findFirst({
      where: { id: input.id, deletedAt: null },
      select: { recordType: true, recordId: true, source: { select: { body: true } } },
    });
    if (!citation) throw new ActionError("This citation has been deleted.");
    if (citation.source.body && !quoteAppearsIn(citation.source.body, input.quote)) {
      throw new ActionError("The quoted passage is not in the source's text.", {
        quote: ["Not found in the source's text: paste it exactly"],
      });
    }
    const data = { quote: input.quote, credibility: input.credibility, note: input.note ?? null };
    await versionedUpdate(tx, citationEdit, input, data, user);
    return { recordType: citation.recordType, recordId: citation.recordId };
  });
}
