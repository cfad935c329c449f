import { desc, eq, sql } from 'drizzle-orm';
import type { Actor, RequestMeta } from '../context';
import type { Db } from '../db/types';
import { auditRowHash, canonicalJson, GENESIS_HASH } from './canonical';
import { auditLog } from './tables';

export interface AuditInput {
  /** Dotted verb: 'user.create', 'auth.login', 'household.reveal'. */
  action: string;
  entity: string;
  entityId?: string | null;
  /** The region the entity belongs to; decides who may read the row and which chain it joins. */
  regionCode: string;
  /** Usually auditDiff(before, after); any JSON for non-diff events (a reveal's purpose). */
  diff?: unknown;
}

export interface AuditWho {
  actor: Actor | null;
  meta: RequestMeta;
}

export const chainOf = (regionCode: string): string => regionCode.slice(0, 6);

/**
 * Appends one row to the audit log inside the caller's transaction (pass its `tx`). The chain is
 * extended under a transaction-scoped advisory lock, so concurrent writers on PostgreSQL queue
 * for the few microseconds of the insert instead of forking the chain.
 */
export const writeAudit = async (tx: Db, who: AuditWho, input: AuditInput): Promise<void> => {
  const chain = chainOf(input.regionCode);
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`zhenxing.audit.${chain}`}))`);
  const [last] = await tx
    .select({ seq: auditLog.seq, hash: auditLog.hash })
    .from(auditLog)
    .where(eq(auditLog.chain, chain))
    .orderBy(desc(auditLog.seq))
    .limit(1);
  const diff = input.diff === undefined || input.diff === null ? null : JSON.parse(canonicalJson(input.diff));
  const row = {
    chain,
    seq: (last?.seq ?? 0) + 1,
    at: new Date(),
    actorId: who.actor?.userId ?? null,
    actorName: who.actor?.username ?? null,
    role: who.actor?.role ?? null,
    action: input.action,
    entity: input.entity,
    entityId: input.entityId ?? null,
    regionCode: input.regionCode,
    requestId: who.meta.requestId,
    ip: who.meta.ip,
    diff,
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  await tx.insert(auditLog).values({ ...row, hash: auditRowHash(row) });
};
