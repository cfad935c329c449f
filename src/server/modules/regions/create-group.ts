import { desc, eq } from 'drizzle-orm';
import { auditDiff } from '../../platform/audit/diff';
import { writeAudit } from '../../platform/audit/write';
import { type Ctx, inTransaction } from '../../platform/context';
import { Conflict, invalidField, NotFound } from '../../platform/errors';
import { assertInScope, scopeOf } from '../../platform/scope';
import { pinyinInitials } from './names';
import { toRegion } from './region-view';
import { regions } from './tables';

/** Adds a villager group (村民小组 / 自然村 / 屯) below a village; its code is the village's + 3 digits. */
export const createGroup = (ctx: Ctx, villageCode: string, name: string) =>
  inTransaction(ctx, async (tx) => {
    assertInScope(villageCode, scopeOf(tx.actor));
    const [village] = await tx.db
      .select()
      .from(regions)
      .where(eq(regions.code, villageCode))
      .for('update')
      .limit(1);
    if (!village) throw new NotFound('区划不存在或不在您的管辖范围内');
    if (village.level !== 'village') throw invalidField('code', '村民小组只能建在村（社区）之下');
    const siblings = await tx.db
      .select({ code: regions.code, name: regions.name })
      .from(regions)
      .where(eq(regions.parentCode, villageCode))
      .orderBy(desc(regions.code));
    if (siblings.some((s) => s.name === name))
      throw new Conflict(`本村已有名为“${name}”的小组`, [{ path: 'name', message: '名称重复' }]);
    const next = siblings.length === 0 ? 1 : Number(siblings[0].code.slice(12)) + 1;
    if (next > 999) throw invalidField('name', '一个村最多999个小组');
    const [created] = await tx.db
      .insert(regions)
      .values({
        code: `${villageCode}${String(next).padStart(3, '0')}`,
        parentCode: villageCode,
        level: 'group',
        name,
        initials: pinyinInitials(name),
        source: 'local',
        sortOrder: next,
      })
      .returning();
    await writeAudit(tx.db, tx, {
      action: 'region.create_group',
      entity: 'region',
      entityId: created.code,
      regionCode: created.code,
      diff: auditDiff(null, created),
    });
    return toRegion({ ...created, childCount: 0 });
  });
