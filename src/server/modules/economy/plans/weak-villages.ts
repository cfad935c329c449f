import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { WeakVillage, WeakVillagesQuery } from '../../../../contracts/api/economy-plans';
import { toFullCode } from '../../../../contracts/region-code';
import type { Ctx } from '../../../platform/context';
import { assertInScope, inScope, scopeOf } from '../../../platform/scope';
import { countyBands } from '../bands';
import { WEAK_BELOW_FEN } from '../defaults';
import { economyPlans, economyProjects } from '../tables';
import { bandOf } from '../tiers';
import { villageIncomes } from './village-incomes';

// 消除薄弱村: the villages under a region whose income of the year is below an amount (default the
// lower edge of T2), lowest first, each with the plan covering the year and the led project of the
// village and year; those with neither are flagged.

/** The plan covering the year and the led project of the year, per village. */
const attachments = async (ctx: Ctx, codes: string[], year: number) => {
  if (!codes.length) return { plans: new Map(), projects: new Map() };
  const scope = scopeOf(ctx.actor);
  const [plans, projects] = await Promise.all([
    ctx.db
      .select({
        id: economyPlans.id,
        code: economyPlans.regionCode,
        title: economyPlans.title,
        startYear: economyPlans.startYear,
        endYear: economyPlans.endYear,
      })
      .from(economyPlans)
      .where(
        and(
          inArray(economyPlans.regionCode, codes),
          inScope(economyPlans.regionCode, scope),
          isNull(economyPlans.deletedAt),
          sql`${economyPlans.startYear} <= ${year} and ${economyPlans.endYear} >= ${year}`,
        ),
      ),
    ctx.db
      .select({
        id: economyProjects.id,
        code: economyProjects.regionCode,
        title: economyProjects.title,
        status: economyProjects.status,
      })
      .from(economyProjects)
      .where(
        and(
          inArray(economyProjects.regionCode, codes),
          inScope(economyProjects.regionCode, scope),
          isNull(economyProjects.deletedAt),
          eq(economyProjects.kind, 'led'),
          eq(economyProjects.year, year),
        ),
      )
      .orderBy(asc(economyProjects.createdAt), asc(economyProjects.id)),
  ]);
  const projectOf = new Map<string, { id: string; title: string; status: string }>();
  for (const p of projects) if (!projectOf.has(p.code)) projectOf.set(p.code, p);
  return { plans: new Map(plans.map((p) => [p.code, p])), projects: projectOf };
};

/** Every village below the amount (not paged), lowest income first. */
export const weakVillagesBelow = async (ctx: Ctx, q: Omit<WeakVillagesQuery, 'page' | 'pageSize'>) => {
  const regionCode = toFullCode(q.regionCode ?? ctx.actor.scopeCode);
  assertInScope(regionCode, scopeOf(ctx.actor));
  const { bands, basis } = await countyBands(ctx.db, regionCode);
  const belowFen = q.belowFen ?? WEAK_BELOW_FEN;
  const villages = (await villageIncomes(ctx.db, regionCode, q.year, basis))
    .filter((v) => v.incomeFen < belowFen)
    .sort((a, b) => a.incomeFen - b.incomeFen || a.code.localeCompare(b.code));
  const { plans, projects } = await attachments(
    ctx,
    villages.map((v) => v.code),
    q.year,
  );
  const items: WeakVillage[] = villages.map((v) => {
    const band = bandOf(v.incomeFen, bands);
    const plan = plans.get(v.code);
    const ledProject = projects.get(v.code) ?? null;
    return {
      ...v,
      bandCode: band.code,
      bandLabel: band.label,
      plan: plan
        ? { id: plan.id, title: plan.title, startYear: plan.startYear, endYear: plan.endYear }
        : null,
      ledProject,
      unattended: !plan && !ledProject,
    };
  });
  return { items, belowFen, basis };
};

export const listWeakVillages = async (ctx: Ctx, q: WeakVillagesQuery) => {
  const { items, belowFen, basis } = await weakVillagesBelow(ctx, q);
  const shown = q.unattended === 'true' ? items.filter((i) => i.unattended) : items;
  return {
    items: shown.slice((q.page - 1) * q.pageSize, q.page * q.pageSize),
    total: shown.length,
    page: q.page,
    pageSize: q.pageSize,
    year: q.year,
    belowFen,
    basis,
    unattendedTotal: items.filter((i) => i.unattended).length,
  };
};
