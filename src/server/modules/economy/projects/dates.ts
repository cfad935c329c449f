// Days and years of projects in Beijing time: a due date is a calendar day in China.

const beijing = (now: Date) => new Date(now.getTime() + 8 * 3600_000);

/** Today in Beijing, YYYY-MM-DD. */
export const beijingToday = (now = new Date()): string => beijing(now).toISOString().slice(0, 10);

/** This year in Beijing. */
export const beijingYear = (now = new Date()): number => beijing(now).getUTCFullYear();
