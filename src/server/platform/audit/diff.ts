import { maskIdNumber, maskPhone } from '../../../contracts/pii';

type Plain = Record<string, unknown>;

// Fields that never enter the log at all, and fields that enter it masked. A boolean flag
// (mustChangePassword) carries no secret, so only non-boolean values are dropped by name.
const DROPPED = /(hash|enc|idx|secret|token|password)$/i;
const isSecret = (key: string, value: unknown): boolean => DROPPED.test(key) && typeof value !== 'boolean';
const MASKERS: [RegExp, (v: string) => string][] = [
  [/idnumber$/i, maskIdNumber],
  [/phone$/i, maskPhone],
];

export const maskForAudit = (record: Plain | null | undefined): Plain | null => {
  if (!record) return null;
  const out: Plain = {};
  for (const [key, value] of Object.entries(record)) {
    if (isSecret(key, value) || value === undefined) continue;
    const masker = MASKERS.find(([pattern]) => pattern.test(key))?.[1];
    out[key] =
      masker && typeof value === 'string'
        ? masker(value)
        : value instanceof Date
          ? value.toISOString()
          : value;
  }
  return out;
};

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * `{ before, after }` holding only the fields that changed (all fields on create or delete),
 * personal data masked. Null when nothing changed.
 */
export const auditDiff = (before: Plain | null | undefined, after: Plain | null | undefined) => {
  const b = maskForAudit(before);
  const a = maskForAudit(after);
  if (!b || !a) return { before: b, after: a };
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !same(b[k], a[k]));
  if (keys.length === 0) return null;
  return {
    before: Object.fromEntries(keys.map((k) => [k, b[k] ?? null])),
    after: Object.fromEntries(keys.map((k) => [k, a[k] ?? null])),
  };
};
