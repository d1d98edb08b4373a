// The one judge of "a path on this site", for every place that sends a browser somewhere it was
// told to go (the sign-in page's callbackUrl, a form's returnTo). Browsers forgive a lot — they read
// "/\evil.example" as "//evil.example" and drop tabs and newlines inside URLs — so the value is
// refused outright when it has anything a browser might reinterpret, then parsed the way a browser
// parses it and kept only if it stays on this origin. Safe in the browser too (no server code).

const ORIGIN = "http://parley.invalid";
// Control characters, whitespace (including Unicode's) and backslashes: never in a path we write.
const SUSPECT = /[\u0000-\u0020\u007f-\u00a0\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u2060\u3000\ufeff\\]/;

/** The value as a same-site path ("/dialogues/3#cite"), or null when it could lead anywhere else. */
export function safeLocalPath(value: unknown): string | null {
  if (typeof value !== "string" || value.length === 0 || value.length > 2000) return null;
  if (!value.startsWith("/") || value.startsWith("//") || SUSPECT.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value, ORIGIN);
  } catch {
    return null;
  }
  if (url.origin !== ORIGIN) return null;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // "/.//evil.example" normalises to "//evil.example", which a browser would leave the site for.
  return path.startsWith("//") ? null : path;
}

/** For a query parameter that may be missing or repeated: the first value if it is safe, else `fallback`. */
export function localPathOr<T extends string | undefined>(
  value: string | string[] | undefined,
  fallback: T,
): string | T {
  return safeLocalPath(Array.isArray(value) ? value[0] : value) ?? fallback;
}
