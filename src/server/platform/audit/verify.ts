import { and, asc, eq, gt } from 'drizzle-orm';
import type { Db } from '../db/types';
import { auditRowHash, GENESIS_HASH } from './canonical';
import { auditLog } from './tables';

export interface BrokenLink {
  chain: string;
  seq: number;
  id: number;
  reason: 'hash' | 'prev_hash' | 'sequence';
}

export interface VerifyResult {
  chains: number;
  rows: number;
  broken: BrokenLink | null;
}

const BATCH = 5000;

/** Walks every chain in order and reports the first row whose hash or link does not hold. */
export const verifyAuditChains = async (db: Db): Promise<VerifyResult> => {
  const chains = await db
    .selectDistinct({ chain: auditLog.chain })
    .from(auditLog)
    .orderBy(asc(auditLog.chain));
  let rows = 0;
  for (const { chain } of chains) {
    let prevHash = GENESIS_HASH;
    let expectedSeq = 1;
    for (;;) {
      const batch = await db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.chain, chain), gt(auditLog.seq, expectedSeq - 1)))
        .orderBy(asc(auditLog.seq))
        .limit(BATCH);
      for (const row of batch) {
        rows++;
        const at = { chain, seq: row.seq, id: row.id };
        if (row.seq !== expectedSeq)
          return { chains: chains.length, rows, broken: { ...at, reason: 'sequence' } };
        if (row.prevHash !== prevHash)
          return { chains: chains.length, rows, broken: { ...at, reason: 'prev_hash' } };
        if (auditRowHash(row) !== row.hash)
          return { chains: chains.length, rows, broken: { ...at, reason: 'hash' } };
        prevHash = row.hash;
        expectedSeq++;
      }
      if (batch.length < BATCH) break;
    }
  }
  return { chains: chains.length, rows, broken: null };
};
