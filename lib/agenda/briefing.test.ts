import { describe, expect, it } from "vitest";
import { briefingMarkdown, forTheme, type Briefing } from "./briefing";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const newDelhi = {
  id: 1,
  title: "Senior officials, New Delhi",
  startDate: day("2024-02-28"),
  startPrecision: "DAY" as const,
};
const topics = (...slugs: string[]) => slugs.map((slug) => ({ topic: { slug } }));

function briefing(): Briefing {
  const item = {
    id: 7,
    version: 1,
    position: 1,
    title: "Finalise the *narcotics* memorandum",
    note: "Text nearly agreed",
    status: null,
    outcomeId: 3,
    agreementId: null,
    topicId: null,
    outcome: { id: 3, text: "Finalise", followUpStatus: "OPEN" as const, dueDate: null, duePrecision: null },
    agreement: null,
    topic: null,
    settledBy: null,
    carriedFrom: null,
    dialogue: { id: 2, title: "Washington", startDate: null, startPrecision: "YEAR" as const },
  };
  return {
    meeting: {
      id: 2,
      title: "Senior officials, Washington",
      startDate: null,
      startPrecision: "YEAR",
      venueCity: "Washington",
      series: { id: 5, name: "India-US Homeland Security Dialogue" },
    },
    printed: day("2024-12-01"),
    theme: null,
    agenda: {
      items: [item],
      carried: [{ ...item, id: 8, title: "Visa working group", status: "DEFERRED", dialogue: newDelhi }],
    },
    carried: {
      rounds: [{ ...newDelhi, status: "HELD", topics: [] }],
      last: { ...newDelhi, status: "HELD", topics: [] },
      themes: [
        { id: 1, name: "Fentanyl", slug: "fentanyl", trend: "new", rounds: 1 },
        { id: 2, name: "Cyber security", slug: "cyber-security", trend: "recurring", rounds: 3 },
      ],
      open: [
        {
          id: 3,
          kind: "NEXT_STEP",
          text: "Finalise a memorandum on narcotics",
          followUpStatus: "OPEN",
          dueDate: day("2024-06-30"),
          duePrecision: "MONTH",
          dialogue: newDelhi,
          topics: topics("fentanyl"),
          participants: [{ participation: { person: { name: "Ajay Bhalla" }, country: { name: "India" } } }],
        },
        {
          id: 4,
          kind: "COMMITMENT",
          text: "Regular meetings of the sub-groups",
          followUpStatus: "IN_PROGRESS",
          dueDate: null,
          duePrecision: null,
          dialogue: newDelhi,
          topics: topics("law-enforcement"),
          participants: [],
        },
      ],
      pending: [
        {
          id: 9,
          title: "Memorandum on Countering Narcotics Trafficking",
          status: "UNDER_NEGOTIATION",
          statusChangedAt: day("2024-02-28"),
          dialogue: { id: 1, title: "Senior officials, New Delhi" },
          topics: topics("fentanyl"),
        },
      ],
      sources: [
        {
          id: 11,
          title: "Readout of the dialogue",
          publisher: "Ministry of Home Affairs",
          url: "https://example.gov/readout",
          publishedDate: day("2024-02-29"),
          publishedPrecision: "DAY",
        },
      ],
    },
  };
}

describe("the briefing for the next round", () => {
  it("is one Markdown document: header with filters and date, agenda, inheritance, sources", () => {
    const text = briefingMarkdown(briefing(), "https://parley.example");
    expect(text).toContain("# Briefing for the next round: Senior officials, Washington\n");
    expect(text).toContain("India-US Homeland Security Dialogue · date not fixed · Washington");
    expect(text).toContain("Filters: none. Printed 1 December 2024.");
    expect(text).toContain("1. **Finalise the \\*narcotics\\* memorandum** (commitment (open)). Text nearly agreed");
    expect(text).toContain("- **Visa working group**, from Senior officials, New Delhi (deferred)");
    expect(text).toContain(
      "- [Finalise a memorandum on narcotics](<https://parley.example/outcomes/3>) — Next step, open; made at Senior officials, New Delhi, 9 months ago; by Ajay Bhalla; due June 2024 (overdue)",
    );
    expect(text).toContain(
      "- [Memorandum on Countering Narcotics Trafficking](<https://parley.example/agreements/9>) — Under negotiation, from Senior officials, New Delhi",
    );
    expect(text).toContain("- Cyber security — Recurring, 3 rounds");
    expect(text).toContain(
      "- [Readout of the dialogue](<https://example.gov/readout>), Ministry of Home Affairs, 29 February 2024",
    );
    expect(text.indexOf("## Agenda")).toBeLessThan(text.indexOf("## Open commitments"));
  });

  it("narrows what is inherited to one theme and says so", () => {
    const b = briefing();
    const narrowed = { ...b, carried: forTheme(b.carried, "fentanyl"), theme: { slug: "fentanyl", name: "Fentanyl" } };
    const text = briefingMarkdown(narrowed, "https://parley.example");
    expect(text).toContain("Filters: theme “Fentanyl”.");
    expect(text).not.toContain("Regular meetings of the sub-groups");
    expect(text).not.toContain("Cyber security");
    expect(text).toContain("Finalise a memorandum on narcotics");
  });
});
