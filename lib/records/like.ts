/**
 * Text for Prisma's contains / startsWith, which pass it into a LIKE pattern as it is: escaped, a
 * typed "%" or "_" matches only itself and a trailing backslash is not a dangling escape.
 */
export const likeText = (text: string) => text.replace(/[\\%_]/g, "\\$&");
