import { expect, type Page } from "@playwright/test";

// The founding example's meeting as the seed builds it, whichever way it was recorded (by hand in
// e2e/recording.spec.ts, by capture in e2e/capture.spec.ts).

export const FOUNDING = {
  series: "India-US Homeland Security Dialogue",
  meeting: "India-US Homeland Security Dialogue: senior officials' meeting, New Delhi",
  nextRound: "India-US Homeland Security Dialogue: next round, Washington",
  trainingMoc: "Memorandum of Cooperation on Law Enforcement Training",
  narcoticsMoc: "Memorandum of Cooperation on Countering Narcotics Trafficking",
};

/** The meeting's page shows both co-chairs with their titles and the acting flag, its themes, and both memoranda with their statuses. */
export async function expectFoundingMeeting(page: Page, themes: number) {
  const delegations = page.getByRole("region", { name: "Delegations" });
  await expect(delegations.getByRole("region", { name: "India" })).toContainText("Ajay Bhalla");
  await expect(delegations.getByRole("region", { name: "India" })).toContainText("Home Secretary");
  await expect(delegations.getByRole("region", { name: "United States" })).toContainText("Kristie Canegallo");
  await expect(delegations.getByRole("region", { name: "United States" })).toContainText("acting");
  await expect(page.getByRole("region", { name: "Topics discussed" }).getByRole("link")).toHaveCount(themes);
  const agreements = page.getByRole("region", { name: "Agreements signed or discussed" });
  const agreement = (title: string) =>
    agreements.getByRole("listitem").filter({ has: page.getByRole("link", { name: title }) });
  await expect(agreement(FOUNDING.trainingMoc)).toContainText("Signed");
  await expect(agreement(FOUNDING.narcoticsMoc)).toContainText("Under negotiation");
}
