import { Children, Fragment } from "react";

/** A line of secondary facts separated by " · ", skipping the empty ones. */
export function Meta({ children }: { children: React.ReactNode }) {
  const items = Children.toArray(children).filter((child) => child !== "");
  if (items.length === 0) return null;
  return (
    <p className="meta">
      {items.map((item, i) => (
        <Fragment key={i}>
          {i > 0 ? " · " : null}
          {item}
        </Fragment>
      ))}
    </p>
  );
}
