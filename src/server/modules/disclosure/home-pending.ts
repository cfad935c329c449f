import { and, asc, count, eq, isNull } from 'drizzle-orm';
import type { Ctx } from '../../platform/context';
import type { HomePending } from '../../platform/modules/manifest';
import { inScope, scopeOf } from '../../platform/scope';
import { itemRows } from './item-view';
import { mayApprove, mayDraft } from './policy';
import { disclosureItems } from './tables';

// 工作台: the township (and county) sees the items waiting for approval; the village sees what was
// returned to it. A few of them are listed so one tap opens the item.

const d = disclosureItems;
export const PAGES = {
  list: '/disclosure',
  pending: '/disclosure?status=pending',
  returned: '/disclosure?status=returned',
};

const waiting = async (ctx: Ctx, status: 'pending' | 'returned') => {
  const where = and(inScope(d.regionCode, scopeOf(ctx.actor)), eq(d.status, status), isNull(d.deletedAt));
  const [[{ n }], rows] = await Promise.all([
    ctx.db.select({ n: count() }).from(d).where(where),
    ctx.db.select().from(d).where(where).orderBy(asc(d.updatedAt)).limit(5),
  ]);
  const items = await itemRows(ctx, rows);
  return {
    n,
    entries: items.map((r) => ({
      id: r.id,
      title: r.title,
      detail: `${r.villageName ?? ''} · ${r.kindName} · ${r.period}`,
      path: `${PAGES.list}/${r.id}`,
      at: r.updatedAt,
    })),
  };
};

export const disclosureHomePending = async (ctx: Ctx): Promise<HomePending[]> => {
  const out: HomePending[] = [];
  if (mayApprove(ctx.actor)) {
    const { n, entries } = await waiting(ctx, 'pending');
    if (n > 0)
      out.push({
        key: 'disclosure.pending',
        label: { zh: `${n} 条村务公开待审核`, en: `${n} disclosures to approve` },
        count: n,
        path: PAGES.pending,
        entries,
      });
  }
  if (mayDraft(ctx.actor)) {
    const { n, entries } = await waiting(ctx, 'returned');
    if (n > 0)
      out.push({
        key: 'disclosure.returned',
        label: { zh: `${n} 条公开事项被退回，请修改后重新提交`, en: `${n} disclosures returned for changes` },
        count: n,
        path: PAGES.returned,
        entries,
      });
  }
  return out;
};
