import { and, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { EconomyPlan } from '../../../../contracts/api/economy-plans';
import type { Ctx } from '../../../platform/context';
import type { Db } from '../../../platform/db/types';
import { Conflict, invalidField } from '../../../platform/errors';
import { inScope, scopeOf } from '../../../platform/scope';
import { economyPlans, economyProjects } from '../tables';
import { overlapMessage } from './policy';
import { villageLabels } from './village-incomes';

// What the plan use cases share: the view with names and the led project's title, the led project
// check, and the rule of one plan per village and year.

export type PlanRow = typeof economyPlans.$inferSelect;

/** Titles of projects in the caller's scope (projects outside it stay unnamed). */
export const projectTitles = async (ctx: Ctx, ids: string[]): Promise<Map<string, string>> => {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const rows = await ctx.db
    .select({ id: economyProjects.id, title: economyProjects.title })
    .from(economyProjects)
    .where(and(inArray(economyProjects.id, unique), inScope(economyProjects.regionCode, scopeOf(ctx.actor))));
  return new Map(rows.map((r) => [r.id, r.title]));
};

export const toPlanViews = async (ctx: Ctx, rows: PlanRow[]): Promise<EconomyPlan[]> => {
  const [labels, titles] = await Promise.all([
    villageLabels(
      ctx.db,
      rows.map((r) => r.regionCode),
    ),
    projectTitles(
      ctx,
      rows.flatMap((r) => (r.ledProjectId ? [r.ledProjectId] : [])),
    ),
  ]);
  return rows.map((r) => ({
    id: r.id,
    regionCode: r.regionCode,
    ...labels(r.regionCode),
    title: r.title,
    startYear: r.startYear,
    endYear: r.endYear,
    measures: r.measures,
    targets: [...r.targets].sort((a, b) => a.year - b.year),
    ledProjectId: r.ledProjectId,
    ledProjectTitle: r.ledProjectId ? (titles.get(r.ledProjectId) ?? null) : null,
    deletedAt: r.deletedAt?.toISOString() ?? null,
    updatedAt: r.updatedAt.toISOString(),
  }));
};

/** The led project must be a live project in the caller's scope. */
export const assertLedProject = async (ctx: Ctx, projectId: string | null | undefined) => {
  if (!projectId) return;
  const [row] = await ctx.db
    .select({ id: economyProjects.id })
    .from(economyProjects)
    .where(
      and(
        eq(economyProjects.id, projectId),
        inScope(economyProjects.regionCode, scopeOf(ctx.actor)),
        isNull(economyProjects.deletedAt),
      ),
    )
    .limit(1);
  if (!row) throw invalidField('ledProjectId', '所选领办项目不存在或不在您的管辖范围内');
};

/**
 * 409 when another live plan of the village shares a year with the period. The village's plans are
 * serialized by a transaction lock, so two writers cannot both pass the check on PostgreSQL.
 */
export const assertNoOverlap = async (
  tx: Db,
  plan: { regionCode: string; startYear: number; endYear: number; id?: string },
) => {
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtext(${`zhenxing.economy.plan.${plan.regionCode}`}))`,
  );
  const [other] = await tx
    .select({ title: economyPlans.title, startYear: economyPlans.startYear, endYear: economyPlans.endYear })
    .from(economyPlans)
    .where(
      and(
        eq(economyPlans.regionCode, plan.regionCode),
        isNull(economyPlans.deletedAt),
        plan.id ? ne(economyPlans.id, plan.id) : undefined,
        sql`${economyPlans.startYear} <= ${plan.endYear}`,
        sql`${economyPlans.endYear} >= ${plan.startYear}`,
      ),
    )
    .limit(1);
  if (other)
    throw new Conflict(overlapMessage(other), [{ path: 'startYear', message: overlapMessage(other) }]);
};
