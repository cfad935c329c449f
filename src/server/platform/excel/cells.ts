// Reading cells the way clerks type them: dates in the usual Chinese spellings, 是/否, and the
// Chinese labels of coded fields.

type Coded = { values: readonly string[]; labels: Record<string, { zh: string }> };

/** The Chinese labels of a coded field, in order, for a drop-down. */
export const labelsOf = (coded: Coded): string[] => coded.values.map((v) => coded.labels[v].zh);

/** Chinese label (or the code itself) → code. */
export const codeOfLabel = (coded: Coded) => {
  const map = new Map<string, string>();
  for (const v of coded.values) {
    map.set(coded.labels[v].zh, v);
    map.set(v, v);
  }
  return (label: string): string | undefined => map.get(label.trim());
};

/** Code → Chinese label, for exports. */
export const labelOf = (coded: Coded, value: string | null | undefined): string | null =>
  value ? (coded.labels[value]?.zh ?? value) : null;

const DATE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;

/**
 * 2021-07-01, 2021/7/1, 2021.7.1, 2021年7月1日 (and Excel dates, which the reader turns into
 * YYYY-MM-DD) → '2021-07-01'; undefined for anything else or a day that does not exist.
 */
export const parseDateCell = (text: string): string | undefined => {
  const m = DATE.exec(text.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d)
    return undefined;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
};

/** 是/否 (also 有/无, Y/N) → boolean; undefined when it is neither. */
export const parseYesNo = (text: string): boolean | undefined => {
  const t = text.trim().toUpperCase();
  if (['是', '有', 'Y', 'YES', 'TRUE'].includes(t)) return true;
  if (['否', '无', 'N', 'NO', 'FALSE'].includes(t)) return false;
  return undefined;
};
