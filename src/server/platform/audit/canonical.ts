import { createHash } from 'node:crypto';

/** JSON with object keys sorted at every depth, so that equal content always hashes equally. */
export const canonicalJson = (value: unknown): string => JSON.stringify(sortKeys(value));

const sortKeys = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value as Record<string, unknown>)
        .sort()
        .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
};

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainedContent {
  chain: string;
  seq: number;
  at: Date;
  actorId: string | null;
  actorName: string | null;
  role: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  regionCode: string;
  requestId: string | null;
  ip: string | null;
  diff: unknown;
  prevHash: string;
}

/** The hash of one audit row: over its content and the previous row's hash. */
export const auditRowHash = (row: ChainedContent): string =>
  sha256(
    canonicalJson([
      row.chain,
      row.seq,
      row.at.toISOString(),
      row.actorId,
      row.actorName,
      row.role,
      row.action,
      row.entity,
      row.entityId,
      row.regionCode,
      row.requestId,
      row.ip,
      row.diff ?? null,
      row.prevHash,
    ]),
  );
