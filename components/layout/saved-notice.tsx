"use client";
import { useEffect, useRef, useState } from "react";
import { usePathname, useSearchParams } from "next/navigation";
import { SAVED_PARAM, savedMessage } from "@/lib/forms/saved";

/**
 * "Saved." after a save that brought the analyst to this page (rendered on the server too, so it
 * shows without JavaScript). Focus goes to the saved part of the page when the address names one
 * (#outcome-9), else to this notice; the parameter then leaves the address, so a reload is quiet.
 */
export function SavedNotice() {
  const param = useSearchParams().get(SAVED_PARAM);
  const pathname = usePathname();
  // Kept after the parameter leaves the address, until the analyst moves to another page.
  const [kept, setKept] = useState<{ text: string; pathname: string } | null>(null);
  const fresh = savedMessage(param);
  if (fresh && (kept?.text !== fresh || kept.pathname !== pathname)) setKept({ text: fresh, pathname });
  const message = fresh ?? (kept?.pathname === pathname ? kept.text : null);
  const notice = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (!savedMessage(param)) return;
    const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    if (target) {
      if (!target.hasAttribute("tabindex")) target.tabIndex = -1;
      target.focus();
    } else {
      notice.current?.focus();
    }
    const url = new URL(location.href);
    url.searchParams.delete(SAVED_PARAM);
    history.replaceState(history.state, "", url);
  }, [param]);

  return message ? (
    <p ref={notice} tabIndex={-1} role="status" className="notice saved-notice">
      {message}
    </p>
  ) : null;
}
