import type { Conflict, FormValues } from "@/lib/forms/form-state";
import { TableHead } from "@/components/ui/table-head";

/**
 * Shown when a save was refused because someone else saved first: what they changed, beside what
 * this analyst typed (still in the form). Saving again applies this analyst's values on top.
 */
export function ConflictNotice({
  conflict,
  submitted,
  labels,
}: {
  conflict: Conflict;
  submitted?: FormValues;
  labels: Record<string, string>;
}) {
  const differing = Object.keys(labels).filter(
    (name) => String(conflict.current[name] ?? "") !== String(submitted?.[name] ?? ""),
  );
  const when = conflict.changedAt
    ? new Date(conflict.changedAt).toLocaleString("en-GB", {
        dateStyle: "medium",
        timeStyle: "short",
        timeZone: "UTC",
      }) + " UTC"
    : null;
  return (
    <section className="conflict" aria-labelledby="conflict-heading">
      <h2 id="conflict-heading">Someone else saved this record while you were editing</h2>
      <p>
        {conflict.changedBy ?? "Another user"}
        {when ? ` saved it at ${when}` : " saved it"}. Your changes were not saved, and theirs were not overwritten.
        Your values are still in the form below.
      </p>
      {differing.length > 0 ? (
        <table>
          <caption>Fields where the saved version differs from yours</caption>
          <TableHead columns={["Field", "Saved now", "Yours"]} />
          <tbody>
            {differing.map((name) => (
              <tr key={name}>
                <th scope="row">{labels[name]}</th>
                <td>{String(conflict.current[name] ?? "") || "—"}</td>
                <td>{String(submitted?.[name] ?? "") || "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>Your values match what is saved now.</p>
      )}
      <p>
        To keep yours, check them and save again. To keep theirs, <a href="">reload the page</a>.
      </p>
    </section>
  );
}
