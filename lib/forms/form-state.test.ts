import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrorsOf, fieldsWithNul, formValues, withoutSecrets } from "./form-state";

describe("fieldErrorsOf", () => {
  it("gives each field its messages as zod's flattenError does, leaving out form-wide ones", () => {
    const schema = z
      .object({
        title: z.string().min(3, "Too short").email("Not an email"),
        dates: z.array(z.string().min(1, "Empty")),
      })
      .refine(() => false, "The form is wrong");
    const parsed = schema.safeParse({ title: "ab", dates: ["", "x", ""] });
    expect(parsed.success).toBe(false);
    const errors = fieldErrorsOf(parsed.error!.issues);
    expect(errors).toEqual(z.flattenError(parsed.error!).fieldErrors);
    expect(errors).toEqual({ title: ["Too short", "Not an email"], dates: ["Empty", "Empty"] });
  });
});

describe("formValues", () => {
  it("reads plain fields and [] lists, skipping Next's internal fields and files", () => {
    const data = new FormData();
    data.set("title", "Round 2");
    data.append("topicIds[]", "1");
    data.append("topicIds[]", "4");
    data.set("$ACTION_ID_abc", "");
    data.set("file", new Blob(["x"]));
    expect(formValues(data)).toEqual({ title: "Round 2", topicIds: ["1", "4"] });
  });
});

describe("formValues with hostile field names", () => {
  it("ignores names no form uses, and never reads what objects inherit", () => {
    const data = new FormData();
    for (const name of [
      "__proto__[]",
      "constructor[]",
      "toString[]",
      "__proto__",
      "hasOwnProperty[]",
      "a b",
      "$ACTION_REF_1",
      "x".repeat(80),
    ])
      data.append(name, "1");
    data.append("title", "kept");
    const values = formValues(data);
    expect(values).toEqual({ constructor: ["1"], toString: ["1"], hasOwnProperty: ["1"], title: "kept" });
    expect(Object.getPrototypeOf(values)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("finds the fields holding a NUL", () => {
    expect(fieldsWithNul({ title: "a\u0000b", topics: ["x", "y\u0000"], note: "fine" })).toEqual(["title", "topics"]);
  });
});

describe("withoutSecrets", () => {
  it("drops every password field", () => {
    expect(withoutSecrets({ email: "a@b.c", password: "x", newPassword: "y", currentPassword: "z" })).toEqual({
      email: "a@b.c",
    });
  });
});
