// Times as China reads them (UTC+8), whatever the browser's zone: 2026-11-25 24:00 is a due time.

export const dateTime = (iso: string): string => {
  const local = new Date(Date.parse(iso) + 8 * 3_600_000).toISOString();
  const [day, time] = [local.slice(0, 10), local.slice(11, 16)];
  if (time === '00:00') {
    const before = new Date(Date.parse(iso) + 8 * 3_600_000 - 1).toISOString().slice(0, 10);
    return `${before} 24:00`;
  }
  return `${day} ${time}`;
};
