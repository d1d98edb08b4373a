import { describe, expect, it } from "vitest";
import { agendaChoices, onAgenda } from "./origins";

describe("what an agenda can carry over", () => {
  const inherited = {
    open: [{ id: 4, text: "Finalise the memorandum" }],
    pending: [{ id: 9, title: "Memorandum on narcotics" }],
    themes: [
      { id: 2, name: "Cyber security" },
      { id: 3, name: "Fentanyl" },
    ],
  };

  it("offers each inherited record once, and none already on the agenda", () => {
    const taken = onAgenda([
      { outcomeId: null, agreementId: 9, topicId: null },
      { outcomeId: null, agreementId: null, topicId: 3 },
      { outcomeId: null, agreementId: null, topicId: null },
    ]);
    expect([...taken]).toEqual(["AGREEMENT:9", "TOPIC:3"]);
    expect(agendaChoices(inherited, taken)).toEqual([
      { value: "OUTCOME:4", label: "Commitment: Finalise the memorandum" },
      { value: "TOPIC:2", label: "Theme: Cyber security" },
    ]);
  });

  it("shortens a long commitment in the list", () => {
    const long = { ...inherited, open: [{ id: 1, text: "x".repeat(200) }] };
    expect(agendaChoices(long, new Set())[0]!.label).toHaveLength("Commitment: ".length + 90);
  });
});
