/** A part of a page under its own heading, which names it for screen readers. */
export function Section({
  id,
  title,
  className,
  children,
}: {
  /** the heading's id (also a link target: /page#id) */
  id: string;
  title: React.ReactNode;
  className?: string;
  children?: React.ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}
