/** A record's key facts, as a description list. */
export function Facts({ children }: { children: React.ReactNode }) {
  return <dl className="facts">{children}</dl>;
}

/** One fact: its name and its value. */
export function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
