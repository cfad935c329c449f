/** A user's search text for LIKE / ILIKE: its `\`, `%` and `_` match themselves. */
export const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** `%text%` for a "contains" search. */
export const containsPattern = (text: string): string => `%${escapeLike(text)}%`;
