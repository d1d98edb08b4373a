"use client";
import { useEffect, useRef, useState } from "react";

/**
 * Whether a <details> has ever been opened, for drawing its contents only once asked for:
 * `initially` when the page was asked for them already (`?add=…`), and a <details> opened before
 * the page's script ran counts too.
 */
export function useOpened(initially: boolean) {
  const ref = useRef<HTMLDetailsElement>(null);
  const [opened, setOpened] = useState(initially);
  useEffect(() => {
    if (ref.current?.open) setOpened(true);
  }, []);
  const onToggle = (event: React.SyntheticEvent<HTMLDetailsElement>) => {
    if (event.currentTarget.open) setOpened(true);
  };
  return { opened, details: { ref, open: initially, onToggle } };
}
