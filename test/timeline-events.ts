import type { TimelineEvent } from "@/lib/timeline/event";

/** Awkward but real-looking events: commas, quotes, line breaks, emoji, Devanagari, vague and missing dates, planned events. */
export function awkwardEvents(): TimelineEvent[] {
  const base: Pick<
    TimelineEvent,
    | "version"
    | "endDate"
    | "endPrecision"
    | "planned"
    | "series"
    | "location"
    | "description"
    | "parties"
    | "topics"
    | "sources"
  > = {
    version: 1,
    endDate: null,
    endPrecision: null,
    planned: false,
    series: "India-US Homeland Security Dialogue",
    location: null,
    description: null,
    parties: ["India", "United States"],
    topics: [],
    sources: [],
  };
  return [
    {
      ...base,
      uid: "dialogue-1",
      type: "dialogue",
      recordId: 1,
      date: "2024-02-28",
      precision: "DAY",
      endDate: "2024-02-29",
      endPrecision: "DAY",
      title: 'Senior officials\' meeting, New Delhi: "counterterrorism, fentanyl; cyber"',
      kind: "SENIOR_OFFICIALS",
      status: "HELD",
      statusLabel: "Held",
      location: "New Delhi, India",
      description: 'Line one,\nline two; with "quotes" and a backslash \\ 🤝',
      topics: ["Counterterrorism", "Fentanyl"],
      sources: [
        {
          title: "भारत-अमेरिका गृह सुरक्षा संवाद",
          publisher: "Press, Trust & Co",
          url: "https://example.org/a?x=1&y=2",
          date: "2024-02-29",
        },
      ],
      url: "https://parley.example/dialogues/1",
    },
    {
      ...base,
      uid: "agreement-2-status-5",
      type: "agreement",
      recordId: 2,
      version: 3,
      date: "2024-03-01",
      precision: "MONTH",
      title: "MoC on *Narcotics* [draft] <b>bold</b>",
      kind: "MEMORANDUM_OF_COOPERATION",
      status: "SIGNED",
      statusLabel: "Signed",
      parties: ["India", "United States"],
      url: "https://parley.example/agreements/2",
    },
    {
      ...base,
      uid: "commitment-3",
      type: "commitment",
      recordId: 3,
      date: "2027-01-01",
      precision: "YEAR",
      planned: true,
      title: '=HYPERLINK("http://evil") hold the next round',
      kind: "COMMITMENT",
      status: "OPEN",
      statusLabel: "Open",
      series: null,
      parties: [],
      url: "https://parley.example/dialogues/1#outcome-3",
    },
    {
      ...base,
      uid: "dialogue-4",
      type: "dialogue",
      recordId: 4,
      date: null,
      precision: "YEAR",
      planned: true,
      title: "गृह सचिव स्तरीय बैठक, Washington",
      kind: "SENIOR_OFFICIALS",
      status: "PLANNED",
      statusLabel: "Planned",
      location: "Washington, United States",
      url: "https://parley.example/dialogues/4",
    },
  ];
}

export const EXPORT_META = {
  title: 'India–US · Narcotics, "2024"',
  url: "https://parley.example/timeline?series=1",
  generatedAt: new Date("2026-11-25T10:00:00Z"),
};
