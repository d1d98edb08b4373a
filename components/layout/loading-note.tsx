/**
 * What a slow page (a search, a long list) shows while its data loads. Only pages that never answer
 * 404 or 403 have a loading.tsx: once the loading state has streamed, the status has been sent.
 */
export function LoadingNote() {
  return (
    <p role="status" className="muted">
      Loading…
    </p>
  );
}
