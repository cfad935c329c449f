import { and, asc, eq, isNull } from 'drizzle-orm';
import type { CaseMeasure, MeasureInput } from '../../../../contracts/api/visits-cases';
import { auditDiff } from '../../../platform/audit/diff';
import { writeAudit } from '../../../platform/audit/write';
import { newId } from '../../../platform/auth/session';
import { type Ctx, inTransaction } from '../../../platform/context';
import { Forbidden, invalidField, NotFound } from '../../../platform/errors';
import { getInScope, scopeOf } from '../../../platform/scope';
import { MEASURE_KINDS, OBJECT_TYPES, RISK_TYPES } from '../defaults';
import { monitoringCases, monitoringMeasures, type ObjectType } from '../tables';
import { mayEditMeasures } from './policy';

// 帮扶措施 of a case (defaults.ts MEASURE_KINDS): set at the county's approval and kept up while the
// household is monitored, by the county or the village (policy.ts). Deleting is soft.

type CaseRow = typeof monitoringCases.$inferSelect;
type MeasureRow = typeof monitoringMeasures.$inferSelect;

export const OBJECT_CODES: readonly ObjectType[] = OBJECT_TYPES.map((o) => o.code);
const RISK_CODES = new Set(RISK_TYPES.map((r) => r.code));
const KIND_CODES = new Set(MEASURE_KINDS.map((k) => k.code));

export const checkRiskTypes = (field: string, codes: readonly string[]): string[] => {
  if (codes.length === 0) throw invalidField(field, '请至少选择一种风险类型');
  const bad = codes.find((c) => !RISK_CODES.has(c));
  if (bad) throw invalidField(field, `风险类型不正确：${bad}`);
  return [...new Set(codes)];
};

const checkMeasure = (prefix: string, m: Partial<MeasureInput>) => {
  if (m.kind !== undefined && !KIND_CODES.has(m.kind)) throw invalidField(`${prefix}kind`, '请选择措施类别');
  if (m.startedOn && m.endedOn && m.endedOn < m.startedOn)
    throw invalidField(`${prefix}endedOn`, '结束日期不能早于开始日期');
};

export const toMeasure = (m: MeasureRow): CaseMeasure => ({
  id: m.id,
  kind: m.kind,
  description: m.description,
  startedOn: m.startedOn,
  endedOn: m.endedOn,
});

const audit = (tx: Ctx, action: string, m: MeasureRow, diff: unknown) =>
  writeAudit(tx.db, tx, {
    action: `visits.case.measure.${action}`,
    entity: 'monitoring_measure',
    entityId: m.id,
    regionCode: m.regionCode,
    diff,
  });

/** Adds measures to a case, in the caller's transaction; returns how many. */
export const insertMeasures = async (tx: Ctx, c: CaseRow, inputs: readonly MeasureInput[]) => {
  for (const [i, m] of inputs.entries()) checkMeasure(`measures.${i}.`, m);
  for (const m of inputs) {
    const [row] = await tx.db
      .insert(monitoringMeasures)
      .values({
        id: newId(),
        regionCode: c.regionCode,
        caseId: c.id,
        kind: m.kind,
        description: m.description,
        startedOn: m.startedOn,
        endedOn: m.endedOn ?? null,
      })
      .returning();
    await audit(tx, 'add', row, auditDiff(null, toMeasure(row)));
  }
  return inputs.length;
};

export const listMeasures = async (ctx: Ctx, caseId: string): Promise<CaseMeasure[]> => {
  await getInScope(ctx.db, monitoringCases, caseId, scopeOf(ctx.actor));
  const rows = await ctx.db
    .select()
    .from(monitoringMeasures)
    .where(and(eq(monitoringMeasures.caseId, caseId), isNull(monitoringMeasures.deletedAt)))
    .orderBy(asc(monitoringMeasures.startedOn), asc(monitoringMeasures.createdAt));
  return rows.map(toMeasure);
};

const editableCase = async (tx: Ctx, caseId: string) => {
  const c = await getInScope(tx.db, monitoringCases, caseId, scopeOf(tx.actor), { forUpdate: true });
  if (!mayEditMeasures(tx.actor, c)) throw new Forbidden('县级审定后，县或村里才能调整帮扶措施');
  return c;
};

export const addMeasure = (ctx: Ctx, caseId: string, input: MeasureInput) =>
  inTransaction(ctx, async (tx) => {
    const c = await editableCase(tx, caseId);
    await insertMeasures(tx, c, [input]);
    return listMeasures(tx, caseId);
  });

const loadMeasure = async (tx: Ctx, caseId: string, measureId: string) => {
  const [m] = await tx.db
    .select()
    .from(monitoringMeasures)
    .where(
      and(
        eq(monitoringMeasures.id, measureId),
        eq(monitoringMeasures.caseId, caseId),
        isNull(monitoringMeasures.deletedAt),
      ),
    );
  if (!m) throw new NotFound('帮扶措施不存在');
  return m;
};

export const updateMeasure = (ctx: Ctx, caseId: string, measureId: string, patch: Partial<MeasureInput>) =>
  inTransaction(ctx, async (tx) => {
    await editableCase(tx, caseId);
    const before = await loadMeasure(tx, caseId, measureId);
    checkMeasure('', { ...toMeasure(before), ...patch });
    const [after] = await tx.db
      .update(monitoringMeasures)
      .set({ ...patch, updatedAt: new Date() })
      .where(eq(monitoringMeasures.id, measureId))
      .returning();
    await audit(tx, 'update', after, auditDiff(toMeasure(before), toMeasure(after)));
    return listMeasures(tx, caseId);
  });

export const deleteMeasure = (ctx: Ctx, caseId: string, measureId: string) =>
  inTransaction(ctx, async (tx) => {
    await editableCase(tx, caseId);
    const before = await loadMeasure(tx, caseId, measureId);
    const [after] = await tx.db
      .update(monitoringMeasures)
      .set({ deletedAt: new Date() })
      .where(eq(monitoringMeasures.id, measureId))
      .returning();
    await audit(tx, 'delete', after, auditDiff(toMeasure(before), null));
    return listMeasures(tx, caseId);
  });
