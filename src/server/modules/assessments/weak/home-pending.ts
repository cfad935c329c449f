import { and, asc, count, eq, lt, or, type SQL, sql } from 'drizzle-orm';
import { can } from '../../../../contracts/roles';
import type { Ctx } from '../../../platform/context';
import type { HomePending } from '../../../platform/modules/manifest';
import { inScope, scopeOf } from '../../../platform/scope';
import { weakMeasures, weakOrgs } from '../tables';
import { beijingToday } from './dates';
import { isCounty } from './policy';

// 工作台: 整顿措施超期 on the page of the measure's owner (whatever the owner's role) and of the
// village, township and county that take part; 待验收 and 待确认认定 for the county.

const SHOWN = 5;

const overdueMeasures = async (ctx: Ctx): Promise<HomePending | null> => {
  const mine = eq(weakMeasures.ownerUserId, ctx.actor.userId);
  const who: SQL | undefined = can(ctx.actor.role, 'assess.weak')
    ? or(mine, inScope(weakMeasures.regionCode, scopeOf(ctx.actor)))
    : mine;
  const where = and(eq(weakMeasures.status, 'open'), lt(weakMeasures.deadline, beijingToday()), who);
  const [[{ n }], rows] = await Promise.all([
    ctx.db.select({ n: count() }).from(weakMeasures).where(where),
    ctx.db
      .select()
      .from(weakMeasures)
      .where(where)
      .orderBy(asc(weakMeasures.deadline), asc(weakMeasures.id))
      .limit(SHOWN),
  ]);
  if (n === 0) return null;
  return {
    key: 'assessments.weak.overdue',
    label: { zh: '整顿措施超期', en: 'Overdue rectification measures' },
    count: n,
    path: '/assess/weak?overdue=true',
    entries: rows.map((m) => ({
      id: m.id,
      title: m.text,
      detail: `责任人 ${m.ownerName}`,
      reason: `期限 ${m.deadline}`,
      path: `/assess/weak/${m.weakOrgId}`,
      at: m.deadline,
    })),
  };
};

const countyItem = async (ctx: Ctx, status: 'accepting' | 'nominated', label: HomePending['label']) => {
  const where = and(eq(weakOrgs.status, status), inScope(weakOrgs.regionCode, scopeOf(ctx.actor)));
  const [{ n }] = await ctx.db.select({ n: sql<number>`count(*)::int` }).from(weakOrgs).where(where);
  if (n === 0) return null;
  const path = status === 'nominated' ? '/assess/weak-identify' : `/assess/weak?status=${status}`;
  return { key: `assessments.weak.${status}`, label, count: n, path } satisfies HomePending;
};

export const weakHomePending = async (ctx: Ctx): Promise<HomePending[]> => {
  const items = await Promise.all([
    overdueMeasures(ctx),
    isCounty(ctx.actor)
      ? countyItem(ctx, 'accepting', { zh: '整顿待验收', en: 'Rectifications awaiting acceptance' })
      : null,
    isCounty(ctx.actor)
      ? countyItem(ctx, 'nominated', { zh: '软弱涣散待确认认定', en: 'Weak-organization nominations' })
      : null,
  ]);
  return items.filter((i): i is HomePending => i !== null);
};
