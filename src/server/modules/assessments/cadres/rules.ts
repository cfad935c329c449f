import { and, eq } from 'drizzle-orm';
import type { CadreRulesBody } from '../../../../contracts/api/assess-cadres';
import { levelOfCode } from '../../../../contracts/region-code';
import { auditDiff } from '../../../platform/audit/diff';
import { writeAudit } from '../../../platform/audit/write';
import { type Ctx, inTransaction } from '../../../platform/context';
import type { Db } from '../../../platform/db/types';
import { invalidField } from '../../../platform/errors';
import { countyCodeOf, countyScope, inScope } from '../../../platform/scope';
import { DEFAULT_CADRE_RULES } from '../defaults';
import { assessmentSettings, type CadreRules, cadreAssessments } from '../tables';
import { assessCadre } from './grade';
import { assertMay, mayEditRules, rulesProblems, throwIfAny } from './policy';

// 考核规则: the county's weights, grade thresholds, one-vote rule and pay coefficients
// (assessment_settings.cadre_rules). Saving them recomputes every draft row of the county;
// confirmed rows keep the result they were confirmed with.

const IN_A_COUNTY = new Set(['county', 'township', 'village', 'group']);

/** The county whose rules the caller works under (its own). */
export const ownCountyOf = (ctx: Ctx): string => {
  if (!IN_A_COUNTY.has(levelOfCode(ctx.actor.scopeCode)))
    throw invalidField('regionCode', '村干部考核按县（市、区）进行，请使用县级或以下账号');
  return countyCodeOf(ctx.actor.scopeCode);
};

export const loadRules = async (db: Db, county: string) => {
  const [row] = await db.select().from(assessmentSettings).where(eq(assessmentSettings.regionCode, county));
  return { rules: row?.cadreRules ?? DEFAULT_CADRE_RULES, updatedAt: row?.updatedAt ?? null };
};

const viewOf = (county: string, rules: CadreRules, updatedAt: Date | null) => ({
  ...rules,
  regionCode: county,
  updatedAt: (updatedAt ?? new Date(0)).toISOString(),
});

export const getCadreRules = async (ctx: Ctx) => {
  const county = ownCountyOf(ctx);
  const { rules, updatedAt } = await loadRules(ctx.db, county);
  return viewOf(county, rules, updatedAt);
};

export const updateCadreRules = (ctx: Ctx, body: CadreRulesBody) =>
  inTransaction(ctx, async (tx) => {
    assertMay(mayEditRules(tx.actor), '只有县级管理员能修改村干部考核规则');
    const county = ownCountyOf(tx);
    const rules: CadreRules = {
      weights: body.weights,
      grades: body.grades,
      oneVote: body.oneVote,
      pay: body.pay,
    };
    throwIfAny(rulesProblems(rules));
    const before = await loadRules(tx.db, county);
    const now = new Date();
    await tx.db
      .insert(assessmentSettings)
      .values({ regionCode: county, cadreRules: rules })
      .onConflictDoUpdate({
        target: assessmentSettings.regionCode,
        set: { cadreRules: rules, updatedAt: now },
      });
    const recomputed = await recomputeDrafts(tx, county, rules);
    await writeAudit(tx.db, tx, {
      action: 'assessments.cadre_rules.update',
      entity: 'cadre_rules',
      entityId: null,
      regionCode: county,
      diff: { ...auditDiff({ ...before.rules }, { ...rules }), recomputed },
    });
    return viewOf(county, rules, now);
  });

/** New totals and grades for the county's draft rows under changed rules; returns how many changed. */
const recomputeDrafts = async (tx: Ctx, county: string, rules: CadreRules) => {
  const drafts = await tx.db
    .select()
    .from(cadreAssessments)
    .where(
      and(inScope(cadreAssessments.regionCode, countyScope(county)), eq(cadreAssessments.status, 'draft')),
    );
  let changed = 0;
  for (const row of drafts) {
    const r = assessCadre(rules, row);
    if (
      r.total === row.total &&
      r.grade === row.grade &&
      r.payCoefficient === row.payCoefficient &&
      r.byVote === row.gradeByVote
    )
      continue;
    changed++;
    await tx.db
      .update(cadreAssessments)
      .set({
        total: r.total,
        grade: r.grade,
        payCoefficient: r.payCoefficient,
        gradeByVote: r.byVote,
        updatedAt: new Date(),
      })
      .where(eq(cadreAssessments.id, row.id));
  }
  return changed;
};
