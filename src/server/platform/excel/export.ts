import { writeAudit } from '../audit/write';
import type { Ctx } from '../context';
import { type SheetColumn, streamWorkbook } from './stream';

/** The pages of a list use case, one batch per page, until a short page. */
export async function* pages<T>(
  fetch: (page: number, pageSize: number) => Promise<{ items: T[] }>,
  pageSize = 500,
): AsyncGenerator<T[]> {
  for (let page = 1; ; page++) {
    const { items } = await fetch(page, pageSize);
    if (items.length) yield items;
    if (items.length < pageSize) return;
  }
}

/** An export of a list with its filters: audited first, then streamed as one sheet. */
export const auditedExport = async <T>(
  ctx: Ctx,
  o: {
    action: string;
    entity: string;
    filters: Record<string, unknown>;
    sheet: string;
    columns: SheetColumn<T>[];
    batches: AsyncIterable<T[]>;
  },
) => {
  await ctx.db.transaction((tx) =>
    writeAudit(tx, ctx, {
      action: o.action,
      entity: o.entity,
      regionCode: ctx.actor.scopeCode,
      diff: { filters: o.filters },
    }),
  );
  return streamWorkbook(o.sheet, o.columns, o.batches);
};
