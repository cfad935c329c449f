import type {
  CreateItemBody,
  DisclosureChange,
  DisclosureSource,
  DisclosureTable,
} from '../../../contracts/api/disclosure';
import { auditDiff } from '../../platform/audit/diff';
import { writeAudit } from '../../platform/audit/write';
import { newId } from '../../platform/auth/session';
import { type Ctx, inTransaction } from '../../platform/context';
import { Forbidden } from '../../platform/errors';
import { recordCreated } from '../../platform/workflow/transition';
import { assertVillageInScope } from '../regions/assert-village';
import { DISCLOSURE_KIND } from './kinds';
import { kindForVillage } from './load';
import { mayDraft } from './policy';
import { disclosureItems } from './tables';
import type { ItemRowDb } from './workflow';

// 新建公开事项 (草稿): a village in the caller's scope and a kind of its county's catalogue; the first
// step of its history and the audit row in one transaction. Corrections, withdrawals and drafts
// from records are written through the same `insertItem`.

export const auditableItem = (r: ItemRowDb) => ({
  regionCode: r.regionCode,
  kindId: r.kindId,
  title: r.title,
  period: r.period,
  year: r.year,
  version: r.version,
  change: r.change,
  changeReason: r.changeReason,
  bodyLength: r.body.length,
  tableRows: r.content?.rows.length ?? null,
});

export interface NewItem {
  regionCode: string;
  kindId: string;
  title: string;
  period: string;
  year: number;
  body: string;
  table: DisclosureTable | null;
  source?: DisclosureSource | null;
  /** A later version: the series, its number, the version it replaces and why. */
  series?: {
    seriesId: string;
    version: number;
    replacesId: string;
    change: DisclosureChange;
    reason: string;
  };
  status?: 'draft' | 'pending';
}

export const insertItem = async (tx: Ctx, n: NewItem, action = 'create'): Promise<ItemRowDb> => {
  const id = newId();
  const [row] = await tx.db
    .insert(disclosureItems)
    .values({
      id,
      regionCode: n.regionCode,
      kindId: n.kindId,
      seriesId: n.series?.seriesId ?? id,
      version: n.series?.version ?? 1,
      replacesId: n.series?.replacesId ?? null,
      change: n.series?.change ?? 'original',
      changeReason: n.series?.reason ?? null,
      title: n.title,
      period: n.period,
      year: n.year,
      body: n.body,
      content: n.table,
      source: n.source ?? null,
      status: n.status ?? 'draft',
      submittedAt: n.status === 'pending' ? new Date() : null,
      createdBy: tx.actor.userId,
    })
    .returning();
  await recordCreated(tx, { kind: DISCLOSURE_KIND }, row, row.status, action);
  await writeAudit(tx.db, tx, {
    action: `disclosure.item.${action}`,
    entity: DISCLOSURE_KIND,
    entityId: row.id,
    regionCode: row.regionCode,
    diff: auditDiff(null, auditableItem(row)),
  });
  return row;
};

export const createItem = async (ctx: Ctx, b: CreateItemBody) => {
  if (!mayDraft(ctx.actor)) throw new Forbidden('只有村党组织书记和村干部可以起草公开事项');
  await assertVillageInScope(ctx, b.regionCode);
  await kindForVillage(ctx, b.regionCode, b.kindId);
  return inTransaction(ctx, (tx) =>
    insertItem(tx, {
      regionCode: b.regionCode,
      kindId: b.kindId,
      title: b.title,
      period: b.period,
      year: b.year,
      body: b.body,
      table: b.table ?? null,
    }),
  );
};
