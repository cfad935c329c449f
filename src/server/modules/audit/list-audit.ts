import { and, count, desc, eq, gte, ilike, lt, type SQL } from 'drizzle-orm';
import type { AuditQuery } from '../../../contracts/api/audit';
import { auditLog } from '../../platform/audit/tables';
import type { Ctx } from '../../platform/context';
import type { Db } from '../../platform/db/types';
import { inScope, scopeOf } from '../../platform/scope';

const CHINA_OFFSET = '+08:00';

/** The filters of the audit browser, always inside the caller's scope. */
export const auditWhere = (ctx: Ctx, query: Omit<AuditQuery, 'page' | 'pageSize'>): SQL => {
  const conditions: (SQL | undefined)[] = [inScope(auditLog.regionCode, scopeOf(ctx.actor))];
  if (query.action) conditions.push(ilike(auditLog.action, `${query.action.replace(/[\\%_]/g, '\\$&')}%`));
  if (query.entity) conditions.push(eq(auditLog.entity, query.entity));
  if (query.actor) conditions.push(eq(auditLog.actorName, query.actor.toLowerCase()));
  if (query.from) conditions.push(gte(auditLog.at, new Date(`${query.from}T00:00:00${CHINA_OFFSET}`)));
  if (query.to) {
    const end = new Date(`${query.to}T00:00:00${CHINA_OFFSET}`);
    end.setUTCDate(end.getUTCDate() + 1);
    conditions.push(lt(auditLog.at, end));
  }
  return and(...conditions) as SQL;
};

export const toAuditEntry = (r: typeof auditLog.$inferSelect) => ({
  id: r.id,
  at: r.at.toISOString(),
  actorName: r.actorName,
  role: r.role,
  action: r.action,
  entity: r.entity,
  entityId: r.entityId,
  regionCode: r.regionCode,
  requestId: r.requestId,
  ip: r.ip,
  diff: r.diff,
});

export const listAudit = async (ctx: Ctx, query: AuditQuery) => {
  const where = auditWhere(ctx, query);
  const [rows, [{ total }]] = await Promise.all([
    ctx.db
      .select()
      .from(auditLog)
      .where(where)
      .orderBy(desc(auditLog.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    ctx.db.select({ total: count() }).from(auditLog).where(where),
  ]);
  return { items: rows.map(toAuditEntry), total, page: query.page, pageSize: query.pageSize };
};

/** Rows matching the filters, newest first, in batches (keyset on id) for streaming exports. */
export async function* auditBatches(db: Db, where: SQL, batchSize = 2000) {
  let before: number | null = null;
  for (;;) {
    const rows: (typeof auditLog.$inferSelect)[] = await db
      .select()
      .from(auditLog)
      .where(before === null ? where : and(where, lt(auditLog.id, before)))
      .orderBy(desc(auditLog.id))
      .limit(batchSize);
    if (rows.length === 0) return;
    yield rows.map(toAuditEntry);
    before = rows[rows.length - 1].id;
  }
}
