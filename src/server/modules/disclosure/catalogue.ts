import { and, count, eq } from 'drizzle-orm';
import { type DisclosureKind, FREQUENCY_LABELS, type KindBody } from '../../../contracts/api/disclosure';
import { auditDiff } from '../../platform/audit/diff';
import { writeAudit } from '../../platform/audit/write';
import { newId } from '../../platform/auth/session';
import { type Ctx, inTransaction } from '../../platform/context';
import { Forbidden } from '../../platform/errors';
import { countyCodeOf, getInScope, scopeOf } from '../../platform/scope';
import { type KindRowDb, kindsOfCounty } from './load';
import { mayEditKinds } from './policy';
import { disclosureKinds } from './tables';

// 公开目录: the county's kinds (十公开), read by everyone of the county, edited by the county
// (名称、说明、频次、受益对象打码、停用). A kind is never deleted: items keep pointing at it.

export const toKindView = (k: KindRowDb): DisclosureKind => ({
  id: k.id,
  regionCode: k.regionCode,
  code: k.code,
  name: k.name,
  description: k.description,
  frequency: k.frequency,
  frequencyLabel: FREQUENCY_LABELS[k.frequency],
  source: k.source,
  beneficiaries: k.beneficiaries,
  sortOrder: k.sortOrder,
  active: k.active,
});

const auditable = (k: KindRowDb) => ({
  name: k.name,
  description: k.description,
  frequency: k.frequency,
  beneficiaries: k.beneficiaries,
  active: k.active,
});

/** The caller's county's catalogue (a region admin above counties sees none). */
export const listKinds = async (ctx: Ctx) => {
  const rows =
    ctx.actor.scopePrefix.length >= 6 ? await kindsOfCounty(ctx, countyCodeOf(ctx.actor.scopeCode)) : [];
  return { items: rows.map(toKindView), mayEdit: mayEditKinds(ctx.actor) };
};

export const createKind = (ctx: Ctx, b: KindBody) =>
  inTransaction(ctx, async (tx) => {
    if (!mayEditKinds(tx.actor)) throw new Forbidden();
    const county = countyCodeOf(tx.actor.scopeCode);
    const [{ n }] = await tx.db
      .select({ n: count() })
      .from(disclosureKinds)
      .where(and(eq(disclosureKinds.regionCode, county)));
    const [row] = await tx.db
      .insert(disclosureKinds)
      .values({
        id: newId(),
        regionCode: county,
        code: `X${String(n + 1).padStart(2, '0')}`,
        name: b.name,
        description: b.description ?? null,
        frequency: b.frequency,
        beneficiaries: b.beneficiaries ?? false,
        active: b.active ?? true,
        sortOrder: n + 1,
      })
      .returning();
    await writeAudit(tx.db, tx, {
      action: 'disclosure.kind.create',
      entity: 'disclosure_kind',
      entityId: row.id,
      regionCode: county,
      diff: auditDiff(null, auditable(row)),
    });
    return toKindView(row);
  });

export const updateKind = (ctx: Ctx, id: string, b: KindBody) =>
  inTransaction(ctx, async (tx) => {
    const before = await getInScope(tx.db, disclosureKinds, id, scopeOf(tx.actor), { forUpdate: true });
    if (!mayEditKinds(tx.actor)) throw new Forbidden();
    const [row] = await tx.db
      .update(disclosureKinds)
      .set({
        name: b.name,
        description: b.description ?? null,
        frequency: b.frequency,
        beneficiaries: b.beneficiaries ?? before.beneficiaries,
        active: b.active ?? before.active,
        updatedAt: new Date(),
      })
      .where(eq(disclosureKinds.id, id))
      .returning();
    await writeAudit(tx.db, tx, {
      action: 'disclosure.kind.update',
      entity: 'disclosure_kind',
      entityId: id,
      regionCode: row.regionCode,
      diff: auditDiff(auditable(before), auditable(row)),
    });
    return toKindView(row);
  });
