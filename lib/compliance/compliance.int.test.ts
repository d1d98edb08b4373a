import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { assessmentSchema } from "./schema";
import { complianceByParty, type ComplianceFilter } from "./queries";
import { listOpenCommitments, type CommitmentOrder } from "@/lib/outcomes/queries";
import { setDeleted } from "@/lib/records/soft-delete";
import { makeUser } from "@/test/users";
import { parsePage } from "@/lib/pagination";
import { countryId, makeAssessment, makeCommitment, makeDialogue, makeOutcome, makeSeries } from "@/test/factories";

/** The figure per party code, as the pages print it: [average, percent, assessed]. */
const figures = async (scope: Parameters<typeof complianceByParty>[0]) =>
  Object.fromEntries(
    (await complianceByParty(scope)).map((p) => [p.code, [p.figure.average, p.figure.percent, p.figure.assessed]]),
  );

const fieldsOf = async (made: Promise<unknown>) => {
  const error = await made.then(
    () => null,
    (e: unknown) => e as { fieldErrors?: Record<string, string[]> },
  );
  return Object.keys(error?.fieldErrors ?? {});
};

describe("compliance with commitments", () => {
  it("scores each party by its current assessments; a reassessment keeps the earlier one", async () => {
    const seriesId = String(await makeSeries({ values: { parties: "IN, US" } }));
    const dialogueId = String(await makeDialogue({ values: { seriesId, startDate: "2024-02-28" } }));
    const first = String(await makeCommitment({ values: { dialogueId } }));
    const second = String(await makeCommitment({ values: { dialogueId } }));
    const us = String(await countryId("US"));
    // The worked example of the README: India 0 then +1 on the first (current +1), -1 on the second;
    // the United States 0 on the first. India: (+1 - 1) / 2 = 0, 50 %; the US: 0, 50 %.
    await makeAssessment({ values: { outcomeId: first, score: "0", assessedDate: "2024-06" } });
    await makeAssessment({ values: { outcomeId: first, score: "1", phase: "FINAL", assessedDate: "2025-02-01" } });
    await makeAssessment({ values: { outcomeId: second, score: "-1", assessedDate: "2024-12-31" } });
    await makeAssessment({ values: { outcomeId: first, countryId: us, score: "0", assessedDate: "2024-09-15" } });

    expect(await db.complianceAssessment.count({ where: { outcomeId: Number(first) } })).toBe(3);
    expect(await figures({ seriesId: Number(seriesId) })).toEqual({ IN: [0, 50, 2], US: [0, 50, 1] });
    expect(await figures({ dialogueId: Number(dialogueId) })).toEqual({ IN: [0, 50, 2], US: [0, 50, 1] });

    // A later correction on the same day wins; a deleted assessment no longer counts.
    const correction = await makeAssessment({
      values: { outcomeId: second, score: "1", assessedDate: "2024-12-31" },
    });
    expect((await figures({ seriesId: Number(seriesId) })).IN).toEqual([1, 100, 2]);
    await db.complianceAssessment.update({ where: { id: correction }, data: { deletedAt: new Date() } });
    expect((await figures({ seriesId: Number(seriesId) })).IN).toEqual([0, 50, 2]);
  });

  it("counts, for a country pair, only the pair's own scores in series they are both parties of", async () => {
    const before = await figures({ countryCodes: ["IN", "JP"] });
    const seriesId = String(await makeSeries({ values: { parties: "IN, JP, US" } }));
    const dialogueId = String(await makeDialogue({ values: { seriesId } }));
    const outcomeId = String(await makeCommitment({ values: { dialogueId } }));
    await makeAssessment({ values: { outcomeId, score: "1" } });
    await makeAssessment({ values: { outcomeId, countryId: String(await countryId("US")), score: "-1" } });
    const after = await figures({ countryCodes: ["IN", "JP"] });
    expect(after.US).toBeUndefined();
    expect(after.IN?.[2]).toBe(((before.IN?.[2] as number | undefined) ?? 0) + 1);
    expect(await complianceByParty({ countryCodes: [] })).toEqual([]);
  });

  it("refuses a score off the scale, a date before the commitment, a non-party and an outcome that is no commitment", async () => {
    const bad = assessmentSchema.safeParse({ outcomeId: "1", countryId: "1", score: "2", phase: "FINAL" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path[0])).toEqual(
      expect.arrayContaining(["score", "assessedDate", "sourceId", "quote"]),
    );

    const dialogueId = String(await makeDialogue({ values: { startDate: "2024-05-10" } }));
    const outcomeId = String(await makeCommitment({ values: { dialogueId } }));
    expect(await fieldsOf(makeAssessment({ values: { outcomeId, assessedDate: "2024-05-09" } }))).toEqual([
      "assessedDate",
    ]);
    // A month-precise date may be after the meeting: May 2024 includes 10 May.
    await expect(makeAssessment({ values: { outcomeId, assessedDate: "2024-05" } })).resolves.toBeGreaterThan(0);
    expect(await fieldsOf(makeAssessment({ values: { outcomeId, countryId: String(await countryId("CN")) } }))).toEqual(
      ["countryId"],
    );
    const decision = String(await makeOutcome({ values: { dialogueId, kind: "DECISION" } }));
    await expect(makeAssessment({ values: { outcomeId: decision } })).rejects.toThrow(/Only commitments/);
  });

  it("writes nothing when the evidence is not in the source", async () => {
    const outcomeId = String(await makeCommitment());
    const count = () => db.complianceAssessment.count({ where: { outcomeId: Number(outcomeId) } });
    expect(await fieldsOf(makeAssessment({ values: { outcomeId, quote: "a sentence nobody wrote" } }))).toEqual([
      "quote",
    ]);
    expect(await count()).toBe(0);
    const id = await makeAssessment({ values: { outcomeId } });
    expect(await db.citation.count({ where: { recordType: "COMPLIANCE_ASSESSMENT", recordId: id } })).toBe(1);
  });
});

describe("the commitments register by compliance", () => {
  it("filters open commitments by the weakest party's current score, and by not yet assessed", async () => {
    const seriesId = String(await makeSeries());
    const dialogueId = String(await makeDialogue({ values: { seriesId } }));
    const [kept, partial, broken, untouched] = await Promise.all(
      ["kept", "partial", "broken", "untouched"].map((text) => makeCommitment({ values: { dialogueId, text } })),
    );
    const us = String(await countryId("US"));
    await makeAssessment({ values: { outcomeId: String(kept), score: "1" } });
    await makeAssessment({ values: { outcomeId: String(kept), countryId: us, score: "1" } });
    await makeAssessment({ values: { outcomeId: String(partial), score: "1" } });
    await makeAssessment({ values: { outcomeId: String(partial), countryId: us, score: "0" } });
    // Broken once, then reassessed as under way: its current score is 0, not -1.
    await makeAssessment({ values: { outcomeId: String(broken), score: "-1", assessedDate: "2024-06" } });
    await makeAssessment({ values: { outcomeId: String(broken), score: "0", assessedDate: "2024-09" } });
    await makeAssessment({ values: { outcomeId: String(broken), countryId: us, score: "-1" } });
    const ids = async (compliance?: ComplianceFilter) =>
      (await listOpenCommitments({ seriesId: Number(seriesId), compliance }, parsePage("1"))).items.map((o) => o.id);
    expect(await ids("1")).toEqual([kept]);
    expect(await ids("0")).toEqual([partial]);
    expect(await ids("-1")).toEqual([broken]);
    expect(await ids("unassessed")).toEqual([untouched]);
    expect(await ids()).toHaveLength(4);

    const inOrder = async (order: CommitmentOrder) =>
      (await listOpenCommitments({ seriesId: Number(seriesId) }, parsePage("1"), order)).items.map((o) => o.id);
    // broken's current weakest is -1 (the US), partial's 0, kept's +1; the unassessed one comes last.
    expect(await inOrder("weakest")).toEqual([broken, partial, kept, untouched]);
    expect(await inOrder("strongest")).toEqual([kept, partial, broken, untouched]);
  });

  it("keeps a commitment's standing when an assessment is deleted and restored", async () => {
    const analyst = await makeUser("ANALYST");
    const outcomeId = await makeCommitment();
    const standing = async () =>
      (await db.outcome.findUniqueOrThrow({ where: { id: outcomeId }, select: { complianceScore: true } }))
        .complianceScore;
    expect(await standing()).toBeNull();
    await makeAssessment({ values: { outcomeId: String(outcomeId), score: "1", assessedDate: "2024-06" } });
    const later = await makeAssessment({
      values: { outcomeId: String(outcomeId), score: "-1", assessedDate: "2024-09" },
    });
    expect(await standing()).toBe(-1);
    // Deleted from the trash, the later assessment no longer counts: the earlier one is current again.
    await setDeleted("COMPLIANCE_ASSESSMENT", later, true, analyst);
    expect(await standing()).toBe(1);
    await setDeleted("COMPLIANCE_ASSESSMENT", later, false, analyst);
    expect(await standing()).toBe(-1);
  });
});
