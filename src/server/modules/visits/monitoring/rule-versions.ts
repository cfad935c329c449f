import { and, asc, count, desc, eq, isNull, or, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { newRuleVersionBodySchema, RuleView } from '../../../../contracts/api/visits-monitoring';
import { levelOfCode } from '../../../../contracts/region-code';
import { can } from '../../../../contracts/roles';
import { writeAudit } from '../../../platform/audit/write';
import { newId } from '../../../platform/auth/session';
import { type Ctx, inTransaction } from '../../../platform/context';
import { Forbidden, Invalid, NotFound } from '../../../platform/errors';
import { countyCodeOf, countyScope, inScope, scopeOf } from '../../../platform/scope';
import { monitoringRules as r, monitoringSignals as s } from '../tables';
import { checkParams } from './rules';

// 监测规则 (docs/visits.md §2), versioned: an edit (name, params, enabled) writes version n+1 and
// sets superseded_at on version n, so every signal names the version that raised it.

type Row = typeof r.$inferSelect;

/** The caller's county's rules, and those of the counties under a prefecture or province account. */
const visibleWhere = (ctx: Ctx): SQL =>
  or(eq(r.regionCode, countyCodeOf(ctx.actor.scopeCode)), inScope(r.regionCode, scopeOf(ctx.actor))) as SQL;

const toView = (row: Row, open: number): RuleView => ({
  id: row.id,
  regionCode: row.regionCode,
  code: row.code,
  version: row.version,
  kind: row.kind,
  name: row.name,
  params: row.params,
  enabled: row.enabled,
  createdAt: row.createdAt.toISOString(),
  supersededAt: row.supersededAt?.toISOString() ?? null,
  openSignals: open,
});

/** Open signals per county and rule code (a rule's open signals, whatever version raised them). */
const openCounts = async (ctx: Ctx): Promise<Map<string, number>> => {
  const rows = await ctx.db
    .select({ code: s.ruleCode, n: count() })
    .from(s)
    .where(and(eq(s.status, 'open'), inScope(s.regionCode, countyScope(ctx.actor.scopeCode))))
    .groupBy(s.ruleCode);
  return new Map(rows.map((x) => [x.code ?? '', Number(x.n)]));
};

export const listRules = async (ctx: Ctx) => {
  const rows = await ctx.db
    .select()
    .from(r)
    .where(and(visibleWhere(ctx), isNull(r.supersededAt)))
    .orderBy(asc(r.regionCode), asc(r.code));
  const open = await openCounts(ctx);
  return {
    items: rows.map((row) =>
      toView(row, row.regionCode === countyCodeOf(ctx.actor.scopeCode) ? (open.get(row.code) ?? 0) : 0),
    ),
  };
};

export const ruleVersions = async (ctx: Ctx, code: string) => {
  const rows = await ctx.db
    .select()
    .from(r)
    .where(and(eq(r.regionCode, countyCodeOf(ctx.actor.scopeCode)), eq(r.code, code)))
    .orderBy(desc(r.version));
  if (rows.length === 0) throw new NotFound('监测规则不存在');
  const open = await openCounts(ctx);
  return { items: rows.map((row) => toView(row, row.supersededAt ? 0 : (open.get(row.code) ?? 0))) };
};

/** Writes version n+1 of the county's rule with the changed name, params or enabled flag. */
export const newRuleVersion = (ctx: Ctx, code: string, body: z.infer<typeof newRuleVersionBodySchema>) =>
  inTransaction(ctx, async (tx) => {
    if (!can(tx.actor.role, 'monitoring.settings') || levelOfCode(tx.actor.scopeCode) !== 'county')
      throw new Forbidden('只有县级管理员可以修改监测规则');
    const county = countyCodeOf(tx.actor.scopeCode);
    const [current] = await tx.db
      .select()
      .from(r)
      .where(and(eq(r.regionCode, county), eq(r.code, code), isNull(r.supersededAt)))
      .limit(1)
      .for('update');
    if (!current) throw new NotFound('监测规则不存在');
    let params = current.params;
    if (body.params !== undefined) {
      const checked = checkParams(current.kind, body.params);
      if (!checked.ok) throw new Invalid(checked.problems[0].message, checked.problems);
      params = checked.params;
    }
    const next = {
      name: body.name ?? current.name,
      params,
      enabled: body.enabled ?? current.enabled,
    };
    if (
      next.name === current.name &&
      next.enabled === current.enabled &&
      JSON.stringify(next.params) === JSON.stringify(current.params)
    )
      throw new Invalid('规则没有变化，无需保存新版本');
    const now = new Date();
    await tx.db.update(r).set({ supersededAt: now }).where(eq(r.id, current.id));
    const [created] = await tx.db
      .insert(r)
      .values({
        id: newId(),
        regionCode: county,
        code,
        version: current.version + 1,
        kind: current.kind,
        ...next,
        createdAt: now,
        createdBy: tx.actor.userId,
      })
      .returning();
    await writeAudit(tx.db, tx, {
      action: 'monitoring.rule.version',
      entity: 'monitoring_rule',
      entityId: created.id,
      regionCode: county,
      diff: {
        code,
        before: {
          version: current.version,
          name: current.name,
          params: current.params,
          enabled: current.enabled,
        },
        after: { version: created.version, ...next },
      },
    });
    return toView(created, 0);
  });
