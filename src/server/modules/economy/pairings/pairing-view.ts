import { count, inArray } from 'drizzle-orm';
import type { PairingView } from '../../../../contracts/api/economy-pairings';
import type { Ctx } from '../../../platform/context';
import { regionNames } from '../../regions/region-view';
import { economyPairingActivities } from '../tables';
import { operatingIncomes, pairingIncome } from './income';
import type { PairingRow } from './load';
import { mayEditPairing } from './policy';

/** Pairings as the pages show them: both villages' names, activity count, income before and after. */
export const toPairingViews = async (ctx: Ctx, rows: PairingRow[]): Promise<PairingView[]> => {
  if (rows.length === 0) return [];
  const names = await regionNames(ctx.db, [
    ...rows.map((r) => r.regionCode),
    ...rows.map((r) => r.strongCode),
  ]);
  const incomes = await operatingIncomes(
    ctx.db,
    rows.map((r) => r.regionCode),
  );
  const counts = new Map(
    (
      await ctx.db
        .select({ pairingId: economyPairingActivities.pairingId, n: count() })
        .from(economyPairingActivities)
        .where(
          inArray(
            economyPairingActivities.pairingId,
            rows.map((r) => r.id),
          ),
        )
        .groupBy(economyPairingActivities.pairingId)
    ).map((c) => [c.pairingId, c.n]),
  );
  return rows.map((r) => ({
    id: r.id,
    regionCode: r.regionCode,
    weakName: names.get(r.regionCode) ?? r.regionCode,
    strongCode: r.strongCode,
    strongName: names.get(r.strongCode) ?? r.strongCode,
    startYear: r.startYear,
    endYear: r.endYear,
    agreement: r.agreement,
    status: r.status,
    activityCount: counts.get(r.id) ?? 0,
    income: pairingIncome(incomes.get(r.regionCode), r.startYear),
    deleted: r.deletedAt !== null,
    editable: mayEditPairing(ctx.actor, r),
  }));
};

export const toPairingView = async (ctx: Ctx, row: PairingRow): Promise<PairingView> =>
  (await toPairingViews(ctx, [row]))[0];
