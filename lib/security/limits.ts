// How large a request body Parley reads (next.config.ts gives it to Next's server actions, and
// proxy.ts answers larger posts itself, before Next would replace the page with an error). The
// largest form is an import: its file may be MAX_IMPORT_BYTES, plus the multipart wrapping.
export const BODY_LIMIT_BYTES = 10 * 1024 * 1024;

/** The query parameter proxy.ts adds when it turns a too-large no-JavaScript post back to its page. */
export const TOO_LARGE_PARAM = "too-large";
