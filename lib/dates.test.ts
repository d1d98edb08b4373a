import { describe, expect, it } from "vitest";
import { formatDate, formatDateRange, isoDate, today } from "./dates";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("formatDate", () => {
  it("shows a date no more precisely than it is known", () => {
    expect(formatDate(d("2024-02-28"), "DAY")).toBe("28 February 2024");
    expect(formatDate(d("2024-02-01"), "MONTH")).toBe("February 2024");
    expect(formatDate(d("2024-01-01"), "YEAR")).toBe("2024");
  });
  it("says when a date is not known", () => {
    expect(formatDate(null)).toBe("date not known");
  });
  it("reads calendar dates in UTC whatever the server's zone", () => {
    expect(formatDate(new Date("2024-12-31T00:00:00Z"), "DAY")).toBe("31 December 2024");
  });
});

describe("isoDate", () => {
  it("gives the machine-readable form for each precision", () => {
    expect(isoDate(d("2024-02-28"), "DAY")).toBe("2024-02-28");
    expect(isoDate(d("2024-02-28"), "MONTH")).toBe("2024-02");
    expect(isoDate(d("2024-02-28"), "YEAR")).toBe("2024");
  });
});

describe("formatDateRange", () => {
  it("collapses a range within one known unit", () => {
    expect(formatDateRange(d("2024-02-28"), "DAY", d("2024-02-28"), "DAY")).toBe("28 February 2024");
    expect(formatDateRange(d("2024-02-28"), "DAY", null, null)).toBe("28 February 2024");
  });
  it("shows both ends of a real range", () => {
    expect(formatDateRange(d("2024-02-27"), "DAY", d("2024-02-28"), "DAY")).toBe("27 February 2024 – 28 February 2024");
  });
});

describe("today", () => {
  it("is the UTC calendar date at midnight", () => {
    expect(today(new Date("2026-11-25T23:59:00Z")).toISOString()).toBe("2026-11-25T00:00:00.000Z");
  });
});
