import { and, asc, eq } from 'drizzle-orm';
import { grids, gridWorkers } from '../server/modules/grids/tables';
import { newId } from '../server/platform/auth/session';
import { users } from '../server/platform/auth/tables';
import type { Services } from '../server/platform/http/types';

/**
 * The demo grid worker (wangge) works the first 十联户 of its village, so 我的网格 opens its ten
 * households instead of an empty page.
 */
export const linkDemoGridWorker = async (services: Services, villageCode: string): Promise<void> => {
  const db = services.database.db;
  const [account] = await db.select().from(users).where(eq(users.username, 'wangge')).limit(1);
  const [grid] = await db
    .select()
    .from(grids)
    .where(and(eq(grids.regionCode, villageCode), eq(grids.tier, 'small')))
    .orderBy(asc(grids.code))
    .limit(1);
  if (!account || !grid) return;
  const [linked] = await db.select().from(gridWorkers).where(eq(gridWorkers.userId, account.id)).limit(1);
  if (linked) return;
  await db.insert(gridWorkers).values({
    id: newId(),
    regionCode: grid.regionCode,
    gridId: grid.id,
    name: account.displayName,
    userId: account.id,
  });
};
