import { and, asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  situationBodySchema,
  situationPatchSchema,
  templateBodySchema,
  templatePatchSchema,
} from '../../../../contracts/api/assess-weak';
import { auditDiff } from '../../../platform/audit/diff';
import { writeAudit } from '../../../platform/audit/write';
import { newId } from '../../../platform/auth/session';
import { type Ctx, inTransaction } from '../../../platform/context';
import { Conflict, Forbidden, invalidField } from '../../../platform/errors';
import { countyCodeOf, getInScope, scopeOf } from '../../../platform/scope';
import { rectificationTemplates, weakSituations } from '../tables';
import { figureNamed } from './detect';
import { mayDecide } from './policy';

// 认定情形与整顿模板 (CATALOGUES.md §1a, §1b): seeded per county, edited and extended by the county;
// everyone taking part reads its county's.

type SituationBody = z.infer<typeof situationBodySchema>;
type TemplateBody = z.infer<typeof templateBodySchema>;

const toSituation = (s: typeof weakSituations.$inferSelect) => ({
  id: s.id,
  code: s.code,
  name: s.name,
  rule: s.rule,
  detect:
    s.detect && (s.detect.map === 'atLeast' || s.detect.map === 'atMost')
      ? { ...s.detect, map: s.detect.map }
      : null,
  active: s.active,
  sort: s.sort,
});
const toTemplate = (t: typeof rectificationTemplates.$inferSelect) => ({
  id: t.id,
  code: t.code,
  name: t.name,
  slots: t.slots,
  active: t.active,
});

export const listCatalogues = async (ctx: Ctx) => {
  const county = countyCodeOf(ctx.actor.scopeCode);
  const [situations, templates] = await Promise.all([
    ctx.db
      .select()
      .from(weakSituations)
      .where(eq(weakSituations.regionCode, county))
      .orderBy(asc(weakSituations.sort), asc(weakSituations.code)),
    ctx.db
      .select()
      .from(rectificationTemplates)
      .where(eq(rectificationTemplates.regionCode, county))
      .orderBy(asc(rectificationTemplates.code)),
  ]);
  return { situations: situations.map(toSituation), templates: templates.map(toTemplate) };
};

const county = (ctx: Ctx) => {
  if (!mayDecide(ctx.actor)) throw new Forbidden('只有县委组织部可以修改认定情形和整顿模板');
  return countyCodeOf(ctx.actor.scopeCode);
};

const checkDetect = (detect: SituationBody['detect']) => {
  if (detect && !figureNamed(detect.figure))
    throw invalidField('detect.figure', `没有名为 ${detect.figure} 的统计指标`);
};

const codeTaken = async (
  ctx: Ctx,
  table: typeof weakSituations | typeof rectificationTemplates,
  regionCode: string,
  code: string,
) => {
  const [row] = await ctx.db
    .select({ id: table.id })
    .from(table)
    .where(and(eq(table.regionCode, regionCode), eq(table.code, code)));
  return row?.id ?? null;
};

export const createSituation = (ctx: Ctx, b: SituationBody) =>
  inTransaction(ctx, async (tx) => {
    const regionCode = county(tx);
    checkDetect(b.detect);
    if (await codeTaken(tx, weakSituations, regionCode, b.code)) throw new Conflict(`编号 ${b.code} 已存在`);
    const row = { id: newId(), regionCode, ...b, rule: b.rule ?? null, detect: b.detect ?? null };
    await tx.db.insert(weakSituations).values(row);
    await writeAudit(tx.db, tx, {
      action: 'assessments.weak.situation.create',
      entity: 'weak_situation',
      entityId: row.id,
      regionCode,
      diff: b,
    });
    return toSituation({
      ...row,
      active: b.active ?? true,
      sort: b.sort ?? 0,
      createdAt: new Date(),
      updatedAt: new Date(),
    });
  });

export const updateSituation = (ctx: Ctx, id: string, b: z.infer<typeof situationPatchSchema>) =>
  inTransaction(ctx, async (tx) => {
    county(tx);
    const before = await getInScope(tx.db, weakSituations, id, scopeOf(tx.actor), { forUpdate: true });
    checkDetect(b.detect);
    if (b.code && b.code !== before.code && (await codeTaken(tx, weakSituations, before.regionCode, b.code)))
      throw new Conflict(`编号 ${b.code} 已存在`);
    const [after] = await tx.db
      .update(weakSituations)
      .set({ ...b, updatedAt: new Date() })
      .where(eq(weakSituations.id, id))
      .returning();
    await writeAudit(tx.db, tx, {
      action: 'assessments.weak.situation.update',
      entity: 'weak_situation',
      entityId: id,
      regionCode: before.regionCode,
      diff: auditDiff(before, after),
    });
    return toSituation(after);
  });

export const createTemplate = (ctx: Ctx, b: TemplateBody) =>
  inTransaction(ctx, async (tx) => {
    const regionCode = county(tx);
    if (await codeTaken(tx, rectificationTemplates, regionCode, b.code))
      throw new Conflict(`编号 ${b.code} 已存在`);
    const row = { id: newId(), regionCode, ...b };
    await tx.db.insert(rectificationTemplates).values(row);
    await writeAudit(tx.db, tx, {
      action: 'assessments.weak.template.create',
      entity: 'rectification_template',
      entityId: row.id,
      regionCode,
      diff: b,
    });
    return toTemplate({ ...row, active: b.active ?? true, createdAt: new Date(), updatedAt: new Date() });
  });

export const updateTemplate = (ctx: Ctx, id: string, b: z.infer<typeof templatePatchSchema>) =>
  inTransaction(ctx, async (tx) => {
    county(tx);
    const before = await getInScope(tx.db, rectificationTemplates, id, scopeOf(tx.actor), {
      forUpdate: true,
    });
    if (
      b.code &&
      b.code !== before.code &&
      (await codeTaken(tx, rectificationTemplates, before.regionCode, b.code))
    )
      throw new Conflict(`编号 ${b.code} 已存在`);
    const [after] = await tx.db
      .update(rectificationTemplates)
      .set({ ...b, updatedAt: new Date() })
      .where(eq(rectificationTemplates.id, id))
      .returning();
    await writeAudit(tx.db, tx, {
      action: 'assessments.weak.template.update',
      entity: 'rectification_template',
      entityId: id,
      regionCode: before.regionCode,
      diff: auditDiff(before, after),
    });
    return toTemplate(after);
  });
