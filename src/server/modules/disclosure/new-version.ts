import type { CorrectBody } from '../../../contracts/api/disclosure';
import { type Ctx, inTransaction } from '../../platform/context';
import { Conflict, Forbidden } from '../../platform/errors';
import { insertItem, type NewItem } from './create-item';
import { hasOpenVersion, seriesOf } from './item-view';
import { loadItem } from './load';
import { mayCorrect, mayDraft } from './policy';
import type { ItemRowDb } from './workflow';

// 更正与撤回: a published item is never rewritten. A correction is a new draft of the same series
// (its content starting from the published one, the reason required), approved like any item; a
// withdrawal is a new version submitted at once with its reason. When the township approves
// either, the version it replaces is marked 已更正 / 已撤回 and stays on the public page.

const startFrom = async (tx: Ctx, id: string) => {
  const item = await loadItem(tx, id, true);
  if (!mayDraft(tx.actor)) throw new Forbidden('只有村党组织书记和村干部可以更正或撤回公开事项');
  const versions = await seriesOf(tx, item.seriesId);
  if (!mayCorrect(tx.actor, item, hasOpenVersion(versions))) {
    if (item.status !== 'published') throw new Conflict('只能更正或撤回当前公开的版本');
    throw new Conflict('该事项已有一个更正或撤回在办理中，请先完成或删除它');
  }
  return { item, version: Math.max(...versions.map((v) => v.version)) + 1 };
};

type Content = Omit<NewItem, 'regionCode' | 'kindId' | 'series'>;

const addVersion = (
  ctx: Ctx,
  id: string,
  change: 'correction' | 'withdrawal',
  reason: string,
  content: (item: ItemRowDb) => Content,
) =>
  inTransaction(ctx, async (tx) => {
    const { item, version } = await startFrom(tx, id);
    const series = { seriesId: item.seriesId, version, replacesId: item.id, change, reason };
    const action = change === 'correction' ? 'correct' : 'withdraw';
    return insertItem(
      tx,
      { regionCode: item.regionCode, kindId: item.kindId, series, ...content(item) },
      action,
    );
  });

export const correctItem = (ctx: Ctx, id: string, b: CorrectBody) =>
  addVersion(ctx, id, 'correction', b.reason, (item) => ({
    title: b.title ?? item.title,
    period: b.period ?? item.period,
    year: b.year ?? item.year,
    body: b.body ?? item.body,
    table: b.table !== undefined ? (b.table ?? null) : item.content,
    source: item.source,
  }));

/** The withdrawal carries no content of its own: it is the notice that the item was withdrawn, and why. */
export const withdrawItem = (ctx: Ctx, id: string, reason: string) =>
  addVersion(ctx, id, 'withdrawal', reason, (item) => ({
    title: item.title,
    period: item.period,
    year: item.year,
    body: '',
    table: null,
    status: 'pending',
  }));
