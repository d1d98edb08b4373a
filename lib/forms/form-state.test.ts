import { describe, expect, it } from "vitest";
import { formValues, withoutSecrets } from "./form-state";

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

describe("withoutSecrets", () => {
  it("drops every password field", () => {
    expect(withoutSecrets({ email: "a@b.c", password: "x", newPassword: "y", currentPassword: "z" })).toEqual({ email: "a@b.c" });
  });
});
