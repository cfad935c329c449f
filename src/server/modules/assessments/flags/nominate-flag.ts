import { and, eq, notInArray } from 'drizzle-orm';
import type { NominateFlagBody } from '../../../../contracts/api/assess-flags';
import { levelOfCode } from '../../../../contracts/region-code';
import { auditDiff } from '../../../platform/audit/diff';
import { writeAudit } from '../../../platform/audit/write';
import { newId } from '../../../platform/auth/session';
import { type Ctx, inTransaction } from '../../../platform/context';
import { Conflict, Forbidden, invalidField } from '../../../platform/errors';
import { isInScope, scopeOf } from '../../../platform/scope';
import { recordCreated } from '../../../platform/workflow/transition';
import { householdSummaries } from '../../households/lookups';
import { regionNames } from '../../regions/region-view';
import { type FlagLevel, flagAwards, flagKinds } from '../tables';
import { flagWorkflow } from './flag-workflow';
import { ownFlagCounty } from './kinds-county';
import { LEVEL_NAMES, nominateRefusal } from './policy';

// 提名: the level above the target nominates it for one of the county's active kinds and a year,
// with its deeds (事迹). The target must be of the kind's level and lie in the caller's scope; a
// household is found through the households module. One living nomination per kind, year and
// target: a second is 409 (also when two race past the check: the unique index answers).

const DUPLICATE = '该对象本年度已有此类红旗的提名或授旗，不能重复提名';

const loadKind = async (tx: Ctx, kindId: string) => {
  const county = ownFlagCounty(tx);
  const [kind] = county
    ? await tx.db
        .select()
        .from(flagKinds)
        .where(and(eq(flagKinds.id, kindId), eq(flagKinds.regionCode, county)))
    : [];
  if (!kind) throw invalidField('kindId', '红旗类别不存在');
  if (!kind.active) throw invalidField('kindId', `「${kind.name}」已停用，不能提名`);
  return kind;
};

/** The region the award is filed under: the target region, or the household's village or group. */
const targetRegion = async (tx: Ctx, level: FlagLevel, body: NominateFlagBody): Promise<string> => {
  if (level === 'household') {
    if (!body.householdId) throw invalidField('householdId', '请选择农户');
    const home = (await householdSummaries(tx, [body.householdId])).get(body.householdId);
    if (!home) throw invalidField('householdId', '农户不存在或不在您的管辖范围内');
    return home.regionCode;
  }
  if (body.householdId) throw invalidField('householdId', `此类红旗授予${LEVEL_NAMES[level]}，不能选择农户`);
  const code = body.regionCode;
  if (!code) throw invalidField('regionCode', `请选择${LEVEL_NAMES[level]}`);
  if (levelOfCode(code) !== level)
    throw invalidField('regionCode', `此类红旗授予${LEVEL_NAMES[level]}，所选对象层级不符`);
  if (!isInScope(code, scopeOf(tx.actor))) throw invalidField('regionCode', '所选对象不在您的管辖范围内');
  if (!(await regionNames(tx.db, [code])).has(code)) throw invalidField('regionCode', '所选区划不存在');
  return code;
};

const isDuplicate = (error: unknown): boolean => {
  const e = error as { code?: string; cause?: { code?: string; constraint?: string }; constraint?: string };
  const constraint = e.constraint ?? e.cause?.constraint ?? String((e as Error).message ?? '');
  return (e.code ?? e.cause?.code) === '23505' && constraint.includes('flag_awards_target_idx');
};

export const nominateFlag = async (ctx: Ctx, body: NominateFlagBody) => {
  try {
    return await inTransaction(ctx, async (tx) => {
      const kind = await loadKind(tx, body.kindId);
      const refusal = nominateRefusal(tx.actor, kind.level);
      if (refusal) throw new Forbidden(refusal);
      const regionCode = await targetRegion(tx, kind.level, body);
      const householdId = kind.level === 'household' ? (body.householdId ?? null) : null;
      const [living] = await tx.db
        .select({ id: flagAwards.id })
        .from(flagAwards)
        .where(
          and(
            eq(flagAwards.kindId, kind.id),
            eq(flagAwards.year, body.year),
            eq(flagAwards.regionCode, regionCode),
            householdId ? eq(flagAwards.householdId, householdId) : undefined,
            notInArray(flagAwards.status, ['rejected', 'revoked']),
          ),
        )
        .limit(1);
      if (living) throw new Conflict(DUPLICATE);
      const [row] = await tx.db
        .insert(flagAwards)
        .values({
          id: newId(),
          regionCode,
          kindId: kind.id,
          year: body.year,
          householdId,
          status: 'nominated',
          reason: body.reason,
          nominatedBy: tx.actor.userId,
        })
        .returning();
      await recordCreated(tx, flagWorkflow, row, 'nominated', 'nominate');
      await writeAudit(tx.db, tx, {
        action: 'assessments.flag.nominate',
        entity: 'flag_award',
        entityId: row.id,
        regionCode,
        diff: auditDiff(null, {
          kind: kind.code,
          year: row.year,
          regionCode,
          householdId,
          reason: row.reason,
          status: row.status,
        }),
      });
      return row;
    });
  } catch (error) {
    if (isDuplicate(error)) throw new Conflict(DUPLICATE);
    throw error;
  }
};
