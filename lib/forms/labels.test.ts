import { describe, expect, it } from "vitest";
import { z } from "zod";
import { labelsOf } from "./labels";
import { optionalText, requiredText, titled } from "./fields";
import { updateDialogueSchema } from "@/lib/dialogues/schema";
import { updateOutcomeSchema } from "@/lib/outcomes/schema";
import { agreementSchema, updateAgreementSchema } from "@/lib/agreements/schema";

describe("labelsOf", () => {
  it("reads each field's title and leaves out the untitled", () => {
    const schema = z.object({ id: z.number(), name: requiredText("Name"), note: optionalText("Note") });
    expect(labelsOf(schema)).toEqual({ name: "Name", note: "Note" });
  });

  it("lets a form call a field other than its messages do", () => {
    expect(labelsOf(z.object({ due: titled(requiredText("Due date"), "Due") }))).toEqual({ due: "Due" });
  });

  it("reads through refinements, omissions and intersections", () => {
    expect(labelsOf(updateOutcomeSchema)).toMatchObject({ text: "What was decided, committed or discussed" });
    expect(labelsOf(updateDialogueSchema)).toMatchObject({ seriesId: "Series", venueCountry: "Country" });
    expect(labelsOf(agreementSchema)).toMatchObject({ statusDate: "Since", legallyBinding: "Legally binding" });
    expect(labelsOf(updateAgreementSchema)).not.toHaveProperty("statusDate");
  });

  it("finds nothing in a schema that is not an object", () => {
    expect(labelsOf(z.string())).toEqual({});
  });
});
