import { and, eq, ne } from 'drizzle-orm';
import type { IdentifyBody, NominateBody } from '../../../../contracts/api/assess-weak';
import { writeAudit } from '../../../platform/audit/write';
import { newId } from '../../../platform/auth/session';
import { type Ctx, inTransaction } from '../../../platform/context';
import { Conflict, Forbidden, invalidField } from '../../../platform/errors';
import { countyCodeOf } from '../../../platform/scope';
import { recordCreated } from '../../../platform/workflow/transition';
import { assertVillageInScope } from '../../regions/assert-village';
import { weakOrgs } from '../tables';
import { situationCodes } from './candidates';
import { mayDecide, mayNominate } from './policy';
import { weakWorkflow } from './workflow';

// 认定: the county confirms a candidate (from the rating or the records) as identified; a township
// nominates one of its villages with the situations ticked, and the county confirms the nomination
// later (确认认定). One living record per village and year.

const checkNew = async (tx: Ctx, regionCode: string, year: number, situations: string[]) => {
  const known = await situationCodes(tx, countyCodeOf(regionCode));
  situations.forEach((code, i) => {
    if (!known.has(code)) throw invalidField(`situations.${i}`, `没有认定情形 ${code}`);
  });
  const [existing] = await tx.db
    .select({ status: weakOrgs.status })
    .from(weakOrgs)
    .where(
      and(eq(weakOrgs.regionCode, regionCode), eq(weakOrgs.year, year), ne(weakOrgs.status, 'dismissed')),
    );
  if (existing)
    throw new Conflict(
      `该村 ${year} 年已有整顿记录（${weakWorkflow.states[existing.status].zh}），不能重复认定`,
    );
};

const create = (
  ctx: Ctx,
  b: { regionCode: string; year: number; situations: string[]; findings: string },
  more: {
    kind: 'weak' | 'lagging';
    source: 'rating' | 'detected' | 'nominated';
    status: 'identified' | 'nominated';
  },
) =>
  inTransaction(ctx, async (tx) => {
    await assertVillageInScope(tx, b.regionCode);
    await checkNew(tx, b.regionCode, b.year, b.situations);
    const row = {
      id: newId(),
      regionCode: b.regionCode,
      year: b.year,
      kind: more.kind,
      source: more.source,
      situations: b.situations,
      findings: b.findings,
      status: more.status,
      createdBy: tx.actor.userId,
    };
    await tx.db.insert(weakOrgs).values(row);
    await recordCreated(
      tx,
      weakWorkflow,
      row,
      row.status,
      more.status === 'nominated' ? 'nominate' : 'identify',
    );
    await writeAudit(tx.db, tx, {
      action: more.status === 'nominated' ? 'assessments.weak.nominate' : 'assessments.weak.identify',
      entity: 'weak_org',
      entityId: row.id,
      regionCode: row.regionCode,
      diff: { year: row.year, source: row.source, situations: row.situations, status: row.status },
    });
    return row;
  });

export const identifyWeak = (ctx: Ctx, b: IdentifyBody) => {
  if (!mayDecide(ctx.actor)) throw new Forbidden('只有县委组织部可以认定软弱涣散村党组织');
  return create(ctx, b, { kind: b.kind, source: b.source, status: 'identified' });
};

export const nominateWeak = (ctx: Ctx, b: NominateBody) => {
  if (!mayNominate(ctx.actor)) throw new Forbidden('由乡镇推荐软弱涣散村党组织');
  return create(ctx, b, { kind: 'weak', source: 'nominated', status: 'nominated' });
};
