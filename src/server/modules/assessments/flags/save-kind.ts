import { and, count, eq, ne, sql } from 'drizzle-orm';
import type { FlagKindBody, UpdateFlagKindBody } from '../../../../contracts/api/assess-flags';
import { auditDiff } from '../../../platform/audit/diff';
import { writeAudit } from '../../../platform/audit/write';
import { newId } from '../../../platform/auth/session';
import { type Ctx, inTransaction } from '../../../platform/context';
import { Conflict, Forbidden, invalidField } from '../../../platform/errors';
import { getInScope, scopeOf } from '../../../platform/scope';
import { flagAwards, flagKinds } from '../tables';
import { kindView } from './kind-view';
import { ownFlagCounty } from './kinds-county';
import { mayEditKinds } from './policy';

// 红旗类别: the county adds, edits and stops (停用) its kinds; never deletes them, awards refer to
// them. A kind's level changes only while no award uses it.

const normalCode = (code: string) => code.trim().toUpperCase();
const codeError = (code: string) =>
  /^[A-Z][A-Z0-9_-]{1,15}$/.test(code)
    ? null
    : invalidField('code', '编码应以字母开头，由 2–16 位字母、数字组成（如 FV1）');

const countyOfEditor = (ctx: Ctx): string => {
  const county = ownFlagCounty(ctx);
  if (!county || !mayEditKinds(ctx.actor)) throw new Forbidden('只有县级管理员能维护本县的红旗类别');
  return county;
};

const assertCodeFree = async (tx: Ctx, county: string, code: string, exceptId?: string) => {
  // Serializes edits of one county's kinds, so a code checked as free stays free until commit.
  await tx.db.execute(sql`select pg_advisory_xact_lock(hashtext(${`zhenxing.flags.kinds.${county}`}))`);
  const [taken] = await tx.db
    .select({ name: flagKinds.name })
    .from(flagKinds)
    .where(
      and(
        eq(flagKinds.regionCode, county),
        eq(flagKinds.code, code),
        exceptId ? ne(flagKinds.id, exceptId) : undefined,
      ),
    );
  if (taken) throw invalidField('code', `编码 ${code} 已被「${taken.name}」使用`);
};

export const createFlagKind = (ctx: Ctx, body: FlagKindBody) =>
  inTransaction(ctx, async (tx) => {
    const county = countyOfEditor(tx);
    const code = normalCode(body.code);
    const bad = codeError(code);
    if (bad) throw bad;
    await assertCodeFree(tx, county, code);
    const [row] = await tx.db
      .insert(flagKinds)
      .values({
        id: newId(),
        regionCode: county,
        code,
        name: body.name.trim(),
        level: body.level,
        description: body.description?.trim() || null,
        active: body.active ?? true,
        sort: body.sort ?? 0,
      })
      .returning();
    const view = kindView(row);
    await writeAudit(tx.db, tx, {
      action: 'assessments.flag_kind.create',
      entity: 'flag_kind',
      entityId: row.id,
      regionCode: county,
      diff: auditDiff(null, { ...view, id: undefined }),
    });
    return view;
  });

export const updateFlagKind = (ctx: Ctx, kindId: string, body: UpdateFlagKindBody) =>
  inTransaction(ctx, async (tx) => {
    countyOfEditor(tx);
    const before = await getInScope(tx.db, flagKinds, kindId, scopeOf(tx.actor), { forUpdate: true });
    const code = body.code === undefined ? undefined : normalCode(body.code);
    if (code !== undefined && code !== before.code) {
      const bad = codeError(code);
      if (bad) throw bad;
      await assertCodeFree(tx, before.regionCode, code, before.id);
    }
    if (body.level !== undefined && body.level !== before.level) {
      const [{ n }] = await tx.db
        .select({ n: count() })
        .from(flagAwards)
        .where(eq(flagAwards.kindId, before.id));
      if (n > 0) throw new Conflict('此类红旗已有提名或授旗，不能再改层级；可停用后新增类别');
    }
    const [after] = await tx.db
      .update(flagKinds)
      .set({
        code,
        name: body.name?.trim(),
        level: body.level,
        description: body.description === undefined ? undefined : body.description?.trim() || null,
        active: body.active,
        sort: body.sort,
        updatedAt: new Date(),
      })
      .where(eq(flagKinds.id, before.id))
      .returning();
    const action =
      body.active === false && before.active
        ? 'assessments.flag_kind.deactivate'
        : body.active === true && !before.active
          ? 'assessments.flag_kind.activate'
          : 'assessments.flag_kind.update';
    await writeAudit(tx.db, tx, {
      action,
      entity: 'flag_kind',
      entityId: after.id,
      regionCode: after.regionCode,
      diff: auditDiff(kindView(before), kindView(after)),
    });
    return kindView(after);
  });
