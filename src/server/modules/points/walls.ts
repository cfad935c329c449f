import type { z } from 'zod';
import type { boardSchema } from '../../../contracts/api/points';
import type { Ctx } from '../../platform/context';
import { NotFound } from '../../platform/errors';
import { assertInScope, scopeOf } from '../../platform/scope';
import { regionNames } from '../regions/region-view';
import { ranking } from './ranking';
import { maskName } from './report-periods';

type Board = z.infer<typeof boardSchema>;

const villageName = async (ctx: Ctx, villageCode: string) => {
  assertInScope(villageCode, scopeOf(ctx.actor));
  const name = (await regionNames(ctx.db, [villageCode])).get(villageCode);
  if (!name) throw new NotFound();
  return name;
};

/** 党员先锋墙: every member of the village with the year's score and plaque stars. */
export const vanguardWall = async (ctx: Ctx, villageCode: string, period: string): Promise<Board> => {
  const name = await villageName(ctx, villageCode);
  const year = period.slice(0, 4);
  const { items } = await ranking(ctx, {
    system: 'member',
    regionCode: villageCode,
    period: year,
    limit: 500,
  });
  return {
    villageName: name,
    period: year,
    items: items.map((r) => ({
      maskedName: r.holderName,
      total: r.total,
      score: r.score,
      stars: r.stars,
      smile: null,
    })),
  };
};

/** 善治笑脸墙: households' points of the month with names masked as villages post them. */
export const smileWall = async (ctx: Ctx, villageCode: string, period: string): Promise<Board> => {
  const name = await villageName(ctx, villageCode);
  const { items } = await ranking(ctx, { system: 'civil', regionCode: villageCode, period, limit: 500 });
  return {
    villageName: name,
    period,
    items: items.map((r) => ({
      maskedName: maskName(r.holderName),
      total: r.total,
      score: null,
      stars: null,
      smile: r.total > 0 ? 'smile' : r.total < 0 ? 'sad' : 'neutral',
    })),
  };
};
