/** A form of filters that reloads the page with them in its address (works without JavaScript). */
export function FilterForm({
  label,
  submit = "Filter",
  children,
  action,
}: {
  label: string;
  submit?: string;
  children: React.ReactNode;
  action?: string;
}) {
  return (
    <form method="get" action={action} className="filters" aria-label={label}>
      {children}
      <button type="submit">{submit}</button>
    </form>
  );
}
