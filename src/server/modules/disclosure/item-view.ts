import { and, asc, eq, isNull } from 'drizzle-orm';
import type { ItemDetail, ItemRow } from '../../../contracts/api/disclosure';
import { attachmentsOf } from '../../platform/attachments/views';
import type { Ctx } from '../../platform/context';
import { ancestorAt, villageOf } from '../../platform/scope';
import { availableActions } from '../../platform/workflow/actions';
import { historyOf } from '../../platform/workflow/history';
import { regionNames } from '../regions/region-view';
import { DISCLOSURE_KIND } from './kinds';
import { type KindRowDb, kindsById, loadItem } from './load';
import { isOpen, mayCorrect, mayDelete, mayEdit } from './policy';
import { disclosureItems } from './tables';
import { disclosureWorkflow, type ItemRowDb } from './workflow';

// How an item is shown to staff: its row in lists, and its page (content, files, every version of
// the series, the steps it took and what the caller may do now).

const iso = (d: Date | null) => d?.toISOString() ?? null;

export const toItemRow = (
  r: ItemRowDb,
  kinds: Map<string, KindRowDb>,
  names: Map<string, string>,
): ItemRow => ({
  id: r.id,
  regionCode: r.regionCode,
  villageName: names.get(villageOf(r.regionCode)) ?? null,
  townshipName: names.get(ancestorAt(r.regionCode, 'township')) ?? null,
  kindId: r.kindId,
  kindName: kinds.get(r.kindId)?.name ?? '',
  title: r.title,
  period: r.period,
  year: r.year,
  version: r.version,
  change: r.change,
  status: r.status,
  statusLabel: disclosureWorkflow.states[r.status],
  publishedAt: iso(r.publishedAt),
  updatedAt: r.updatedAt.toISOString(),
});

/** Names of the villages and townships of the rows, for list views. */
export const namesOfRows = (ctx: Ctx, rows: Pick<ItemRowDb, 'regionCode'>[]) =>
  regionNames(
    ctx.db,
    rows.flatMap((r) => [villageOf(r.regionCode), ancestorAt(r.regionCode, 'township')]),
  );

/** The versions of a series, oldest first (deleted drafts left out). */
export const seriesOf = (ctx: Ctx, seriesId: string) =>
  ctx.db
    .select()
    .from(disclosureItems)
    .where(and(eq(disclosureItems.seriesId, seriesId), isNull(disclosureItems.deletedAt)))
    .orderBy(asc(disclosureItems.version), asc(disclosureItems.createdAt));

export const hasOpenVersion = (versions: Pick<ItemRowDb, 'status'>[]) =>
  versions.some((v) => isOpen(v.status) || v.status === 'pending');

export const getItem = async (ctx: Ctx, id: string): Promise<ItemDetail> => {
  const item = await loadItem(ctx, id);
  const [kinds, names, files, versions, history] = await Promise.all([
    kindsById(ctx, [item.kindId]),
    namesOfRows(ctx, [item]),
    attachmentsOf(ctx, DISCLOSURE_KIND, [item.id]),
    seriesOf(ctx, item.seriesId),
    historyOf(ctx, disclosureWorkflow, item.id),
  ]);
  const kind = kinds.get(item.kindId);
  return {
    ...toItemRow(item, kinds, names),
    seriesId: item.seriesId,
    replacesId: item.replacesId,
    changeReason: item.changeReason,
    body: item.body,
    table: item.content ?? null,
    source: item.source,
    beneficiaries: kind?.beneficiaries ?? false,
    submittedAt: iso(item.submittedAt),
    supersededAt: iso(item.supersededAt),
    attachments: files.get(item.id) ?? [],
    versions: versions.map((v) => ({
      id: v.id,
      version: v.version,
      change: v.change,
      changeReason: v.changeReason,
      status: v.status,
      statusLabel: disclosureWorkflow.states[v.status],
      title: v.title,
      publishedAt: iso(v.publishedAt),
      supersededAt: iso(v.supersededAt),
    })),
    history,
    actions: await availableActions(ctx, disclosureWorkflow, item),
    mayEdit: mayEdit(ctx.actor, item),
    mayDelete: mayDelete(ctx.actor, item),
    mayCorrect: mayCorrect(ctx.actor, item, hasOpenVersion(versions)),
  };
};

/** Rows by id with their kinds and names (lists). */
export const itemRows = async (ctx: Ctx, rows: ItemRowDb[]): Promise<ItemRow[]> => {
  const [kinds, names] = await Promise.all([
    kindsById(
      ctx,
      rows.map((r) => r.kindId),
    ),
    namesOfRows(ctx, rows),
  ]);
  return rows.map((r) => toItemRow(r, kinds, names));
};
