// Case-insensitive matching of typed text through Prisma. Prisma writes `mode: "insensitive"`
// comparisons (equals included) as ILIKE and passes the text into the pattern as it is, so an
// unescaped "%" typed as a name would match every record and a trailing "\" would be a dangling
// escape. Every such comparison goes through these.

/** Text for a LIKE pattern: "%" and "_" match only themselves. */
export const likeText = (text: string) => text.replace(/[\\%_]/g, "\\$&");

/** The same text, ignoring case. */
export const sameText = (text: string) => ({ equals: likeText(text), mode: "insensitive" as const });

/** Containing the text, ignoring case. */
export const containsText = (text: string) => ({ contains: likeText(text), mode: "insensitive" as const });

/** Starting with the text, ignoring case. */
export const startsWithText = (text: string) => ({ startsWith: likeText(text), mode: "insensitive" as const });
