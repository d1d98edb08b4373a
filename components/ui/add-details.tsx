/** A form to add something, folded away under its summary until the analyst opens it. */
export function AddDetails({ summary, children }: { summary: string; children: React.ReactNode }) {
  return (
    <details className="add">
      <summary>{summary}</summary>
      {children}
    </details>
  );
}
