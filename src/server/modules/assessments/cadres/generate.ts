import { and, eq, inArray, or } from 'drizzle-orm';
import { levelOfCode } from '../../../../contracts/region-code';
import { writeAudit } from '../../../platform/audit/write';
import { newId } from '../../../platform/auth/session';
import { type Ctx, inTransaction } from '../../../platform/context';
import { invalidField } from '../../../platform/errors';
import { isInScope, scopeOf, villageOf } from '../../../platform/scope';
import { cadresServingInYear, firstSecretariesServingInYear } from '../../cadres/assessment-roster';
import { cadreAssessments } from '../tables';
import { assertMay, mayGenerate } from './policy';

// 生成考核表: a draft row for every cadre of the registry who served in the year in the villages
// in scope (party secretaries as `secretary`, the others as `village_cadre`) and every first
// secretary of a work team there, unless the person already has a row of that year.

export const generateSheet = (ctx: Ctx, body: { year: number; township?: string }) =>
  inTransaction(ctx, async (tx) => {
    assertMay(mayGenerate(tx.actor), '只有县级和乡镇账号能生成考核表');
    const region = body.township ?? tx.actor.scopeCode;
    if (body.township && levelOfCode(body.township) !== 'township')
      throw invalidField('township', '请选择乡镇');
    if (!isInScope(region, scopeOf(tx.actor))) throw invalidField('township', '所选乡镇不在您的管辖范围内');
    const [cadres, secretaries] = [
      await cadresServingInYear(tx, region, body.year),
      await firstSecretariesServingInYear(tx, region, body.year),
    ];
    const people = [
      ...cadres.map((c) => ({
        kind: c.isSecretary ? ('secretary' as const) : ('village_cadre' as const),
        cadreId: c.id,
        teamMemberId: null,
        regionCode: villageOf(c.regionCode),
        name: c.name,
        post: c.post,
      })),
      ...secretaries.map((s) => ({
        kind: 'first_secretary' as const,
        cadreId: null,
        teamMemberId: s.id,
        regionCode: villageOf(s.regionCode),
        name: s.name,
        post: s.post,
      })),
    ];
    const ids = people.map((p) => p.cadreId ?? p.teamMemberId!);
    const existing = new Set<string>();
    for (let i = 0; i < ids.length; i += 1000) {
      const chunk = ids.slice(i, i + 1000);
      const rows = await tx.db
        .select({ cadreId: cadreAssessments.cadreId, teamMemberId: cadreAssessments.teamMemberId })
        .from(cadreAssessments)
        .where(
          and(
            eq(cadreAssessments.year, body.year),
            or(inArray(cadreAssessments.cadreId, chunk), inArray(cadreAssessments.teamMemberId, chunk)),
          ),
        );
      for (const r of rows) existing.add((r.cadreId ?? r.teamMemberId)!);
    }
    const fresh = people.filter((p) => !existing.has(p.cadreId ?? p.teamMemberId!));
    for (let i = 0; i < fresh.length; i += 500)
      await tx.db
        .insert(cadreAssessments)
        .values(fresh.slice(i, i + 500).map((p) => ({ id: newId(), year: body.year, ...p })))
        .onConflictDoNothing();
    await writeAudit(tx.db, tx, {
      action: 'assessments.cadre.generate',
      entity: 'cadre_assessment',
      entityId: null,
      regionCode: region,
      diff: { year: body.year, region, created: fresh.length, existing: existing.size },
    });
    return { created: fresh.length, existing: existing.size };
  });
