import Link from "next/link";
import { getDialogue } from "@/lib/dialogues/queries";
import { citationKey } from "@/lib/sources/queries";
import { recordPage, type RecordPageProps } from "@/lib/records/record-page";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { TableHead } from "@/components/ui/table-head";
import { Badge } from "@/components/ui/badge";

const page = recordPage(getDialogue, (record) => `Sources compared: ${record.title}`);
export const generateMetadata = page.generateMetadata;

/** Claim by claim, what each source says about a meeting: backing the record, or saying otherwise. */
export default async function CompareSourcesPage({ params }: RecordPageProps) {
  const [, d] = await page.load(params);
  const claims = [
    { key: citationKey("DIALOGUE", d.id), label: "The meeting (its date and place)" },
    ...d.participations.map((p) => ({
      key: citationKey("PARTICIPATION", p.id),
      label: `${p.person?.name ?? "Participant"}${p.statedTitle ? `, ${p.statedTitle}` : ""}`,
    })),
    ...d.agreements.map((a) => ({ key: citationKey("AGREEMENT", a.id), label: a.title })),
    ...d.outcomes.map((o) => ({
      key: citationKey("OUTCOME", o.id),
      label: o.text.length > 90 ? `${o.text.slice(0, 90)}…` : o.text,
    })),
  ].filter((c) => d.citations.get(c.key)?.length);
  return (
    <>
      <PageHeader title="Compare the sources" eyebrow={d.title}>
        <p>
          <Link href={`/dialogues/${d.id}`}>Back to the meeting</Link>
        </p>
      </PageHeader>
      {claims.length === 0 ? <p className="muted">No source is cited for this meeting yet.</p> : null}
      {claims.map((claim, i) => (
        <Section key={claim.key} id={`claim-${i}`} title={claim.label}>
          <table className="cards">
            <TableHead columns={["Source", "Says", "Passage"]} />
            <tbody>
              {d.citations.get(claim.key)!.map((c) => (
                <tr key={c.id}>
                  <td>
                    <Link href={`/sources/${c.source.id}`}>{c.source.title}</Link> ({c.source.reliability}
                    {c.credibility})
                  </td>
                  <td data-label="Says">
                    {c.stance === "CONTRADICTS" ? (
                      <>
                        <Badge tone="warn">Says otherwise</Badge> {c.note}
                      </>
                    ) : (
                      "Backs the record"
                    )}
                  </td>
                  <td data-label="Passage">{c.quote ? `“${c.quote}”` : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Section>
      ))}
    </>
  );
}
