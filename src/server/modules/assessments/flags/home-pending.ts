import { and, asc, count, eq, ne, or, type SQL } from 'drizzle-orm';
import { can } from '../../../../contracts/roles';
import type { Ctx } from '../../../platform/context';
import type { HomePending } from '../../../platform/modules/manifest';
import { inScope, scopeOf } from '../../../platform/scope';
import { flagAwards, flagKinds } from '../tables';
import { awardViews, selectAwards } from './award-view';
import { levelOfActor } from './policy';

// 工作台: nominations waiting on the caller: the township's 待审核 (its villages', groups' and
// households' nominations), the county's 待授旗 (reviewed) and township flags to review.

const SHOWN = 5;

const waitingOn = (ctx: Ctx): { where: SQL; item: Omit<HomePending, 'count' | 'entries'> } | null => {
  if (!can(ctx.actor.role, 'assess.flags')) return null;
  const inScopeNow = inScope(flagAwards.regionCode, scopeOf(ctx.actor));
  const level = levelOfActor(ctx.actor);
  if (ctx.actor.role === 'township' && level === 'township')
    return {
      where: and(inScopeNow, eq(flagAwards.status, 'nominated'), ne(flagKinds.level, 'township')) as SQL,
      item: {
        key: 'assess.flags.review',
        label: { zh: '待审核红旗提名', en: 'Flag nominations to review' },
        path: '/assess-flags?status=nominated',
      },
    };
  if (ctx.actor.role === 'county_admin' && level === 'county')
    return {
      where: and(
        inScopeNow,
        or(
          eq(flagAwards.status, 'reviewed'),
          and(eq(flagAwards.status, 'nominated'), eq(flagKinds.level, 'township')),
        ),
      ) as SQL,
      item: {
        key: 'assess.flags.award',
        label: { zh: '待授旗红旗提名', en: 'Flags to award' },
        path: '/assess-flags?status=reviewed',
      },
    };
  return null;
};

export const flagsHomePending = async (ctx: Ctx): Promise<HomePending[]> => {
  const waiting = waitingOn(ctx);
  if (!waiting) return [];
  const [[{ n }], rows] = await Promise.all([
    ctx.db
      .select({ n: count() })
      .from(flagAwards)
      .innerJoin(flagKinds, eq(flagKinds.id, flagAwards.kindId))
      .where(waiting.where),
    selectAwards(ctx)
      .where(waiting.where)
      .orderBy(asc(flagAwards.createdAt), asc(flagAwards.id))
      .limit(SHOWN),
  ]);
  const entries = (await awardViews(ctx, rows)).map((a) => ({
    id: a.id,
    title: `${a.year} ${a.kindName} · ${a.targetName}`,
    reason: a.statusLabel,
    path: `/assess-flags?status=${a.status}`,
    at: a.nominatedAt,
  }));
  return [{ ...waiting.item, count: Number(n), entries }];
};
