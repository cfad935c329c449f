import { and, count, desc, eq, gte, ilike, lt, type SQL } from 'drizzle-orm';
import type { AuditQuery } from '../../../contracts/api/audit';
import { auditLog } from '../../platform/audit/tables';
import type { Ctx } from '../../platform/context';
import { escapeLike } from '../../platform/db/like';
import type { Db } from '../../platform/db/types';
import { installedAuditLabels } from '../../platform/modules/registry';
import { inScope, scopeOf, underRegion } from '../../platform/scope';
import { pathsOf } from '../regions/region-view';

const CHINA_OFFSET = '+08:00';

/** The filters of the audit browser, always inside the caller's scope. */
export const auditWhere = (ctx: Ctx, query: Omit<AuditQuery, 'page' | 'pageSize'>): SQL => {
  const conditions: (SQL | undefined)[] = [inScope(auditLog.regionCode, scopeOf(ctx.actor))];
  if (query.action)
    conditions.push(
      query.action.endsWith('.')
        ? ilike(auditLog.action, `${escapeLike(query.action)}%`)
        : eq(auditLog.action, query.action),
    );
  if (query.entity) conditions.push(eq(auditLog.entity, query.entity));
  if (query.actor) conditions.push(eq(auditLog.actorName, query.actor.toLowerCase()));
  if (query.regionCode) conditions.push(underRegion(auditLog.regionCode, query.regionCode));
  if (query.from) conditions.push(gte(auditLog.at, new Date(`${query.from}T00:00:00${CHINA_OFFSET}`)));
  if (query.to) {
    const end = new Date(`${query.to}T00:00:00${CHINA_OFFSET}`);
    end.setUTCDate(end.getUTCDate() + 1);
    conditions.push(lt(auditLog.at, end));
  }
  return and(...conditions) as SQL;
};

/** Rows as the browser and the export show them: actions, record kinds and regions by name. */
export const toAuditEntries = async (db: Db, rows: (typeof auditLog.$inferSelect)[]) => {
  const labels = installedAuditLabels();
  const pathOf = await pathsOf(
    db,
    rows.map((r) => r.regionCode),
  );
  const nameOf = (code: string) => {
    const path = pathOf(code);
    const below = path.filter((p) => p.level === 'township' || p.level === 'village' || p.level === 'group');
    return (below.length ? below : path.slice(-1)).map((p) => p.name).join(' / ') || null;
  };
  return rows.map((r) => ({
    id: r.id,
    at: r.at.toISOString(),
    actorName: r.actorName,
    role: r.role,
    action: r.action,
    actionName: labels.actions.get(r.action) ?? null,
    entity: r.entity,
    entityName: labels.entities.get(r.entity) ?? null,
    entityId: r.entityId,
    regionCode: r.regionCode,
    regionName: nameOf(r.regionCode),
    requestId: r.requestId,
    ip: r.ip,
    diff: r.diff,
  }));
};
export type AuditEntryRow = Awaited<ReturnType<typeof toAuditEntries>>[number];

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
  return { items: await toAuditEntries(ctx.db, rows), total, page: query.page, pageSize: query.pageSize };
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
    yield await toAuditEntries(db, rows);
    before = rows[rows.length - 1].id;
  }
}
