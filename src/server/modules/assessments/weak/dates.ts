// Days and years of rectification in Beijing time: a deadline is a calendar day in China.

const beijing = (now: Date) => new Date(now.getTime() + 8 * 3600_000);

/** Today in Beijing, YYYY-MM-DD. */
export const beijingToday = (now = new Date()): string => beijing(now).toISOString().slice(0, 10);

/** This year in Beijing. */
export const beijingYear = (now = new Date()): number => beijing(now).getUTCFullYear();

/** The same day one year later (29 February → 28 February). */
export const plusOneYear = (day: string): string => {
  const [y, m, d] = day.split('-').map(Number);
  const next = new Date(Date.UTC(y + 1, m - 1, d));
  if (next.getUTCMonth() !== m - 1) next.setUTCDate(0);
  return next.toISOString().slice(0, 10);
};
