import { describe, expect, it } from "vitest";
import { savedMessage, withSaved } from "./saved";

describe("the saved notice's parameter", () => {
  it("goes before the fragment, after any query", () => {
    expect(withSaved("/dialogues/3")).toBe("/dialogues/3?saved=saved");
    expect(withSaved("/dialogues/3#outcome-9", "created")).toBe("/dialogues/3?saved=created#outcome-9");
    expect(withSaved("/deleted?deleted=DIALOGUE:3", "restored")).toBe("/deleted?deleted=DIALOGUE:3&saved=restored");
  });

  it("shows only its own messages", () => {
    expect(savedMessage("saved")).toBe("Saved.");
    expect(savedMessage("constructor")).toBeNull();
    expect(savedMessage("<script>")).toBeNull();
    expect(savedMessage(null)).toBeNull();
  });
});
