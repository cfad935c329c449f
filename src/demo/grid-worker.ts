import { and, asc, eq, isNull } from 'drizzle-orm';
import { grids, gridWorkers } from '../server/modules/grids/tables';
import { auditDiff } from '../server/platform/audit/diff';
import { writeAudit } from '../server/platform/audit/write';
import { newId } from '../server/platform/auth/session';
import { users } from '../server/platform/auth/tables';
import type { Services } from '../server/platform/http/types';

const SYSTEM = { actor: null, meta: { requestId: 'demo-seed', ip: null } };

/**
 * The demo grid worker (wangge) works the first 十联户 of its village, so 我的网格 opens its ten
 * households instead of an empty page and the grids page counts 网格员 1 there. Runs at every
 * start (a demo seeded before the link existed gets it too); a worker ever linked is left alone.
 */
export const linkDemoGridWorker = async (services: Services, villageCode: string): Promise<void> => {
  const db = services.database.db;
  const [account] = await db.select().from(users).where(eq(users.username, 'wangge')).limit(1);
  const [grid] = await db
    .select()
    .from(grids)
    .where(and(eq(grids.regionCode, villageCode), eq(grids.tier, 'small'), isNull(grids.deletedAt)))
    .orderBy(asc(grids.code))
    .limit(1);
  if (!account || !grid) return;
  // Ever linked (even if removed since, on purpose): left alone.
  const [linked] = await db.select().from(gridWorkers).where(eq(gridWorkers.userId, account.id)).limit(1);
  if (linked) return;
  const row = {
    id: newId(),
    regionCode: grid.regionCode,
    gridId: grid.id,
    name: account.displayName,
    userId: account.id,
  };
  await db.transaction(async (tx) => {
    await tx.insert(gridWorkers).values(row);
    await writeAudit(tx, SYSTEM, {
      action: 'grid.add_worker',
      entity: 'grid_worker',
      entityId: row.id,
      regionCode: row.regionCode,
      diff: auditDiff(null, { gridId: row.gridId, name: row.name, userId: row.userId, source: 'demo' }),
    });
  });
};
