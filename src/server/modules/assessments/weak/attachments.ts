import { eq } from 'drizzle-orm';
import type { AttachableKind } from '../../../platform/attachments/kinds';
import type { Ctx } from '../../../platform/context';
import { Conflict } from '../../../platform/errors';
import { weakLogs, weakMeasures, weakOrgs } from '../tables';
import { WEAK_LOG_KIND, WEAK_MEASURE_KIND } from './get-weak';
import { mayLog, mayMarkDone } from './policy';

// 整顿佐证: photos and documents of a measure (what was done) and of a log entry (a visit, a
// lecture, a check-in). Seen by whoever sees the record; added while the measure or the log may
// still change; removed by the uploader at the same times.

type MeasureRow = typeof weakMeasures.$inferSelect;
type LogRow = typeof weakLogs.$inferSelect;

const orgOf = async (ctx: Ctx, id: string) =>
  (await ctx.db.select().from(weakOrgs).where(eq(weakOrgs.id, id)))[0];

const measureOpenToPhotos = async (ctx: Ctx, m: MeasureRow) => {
  const org = await orgOf(ctx, m.weakOrgId);
  // A measure takes photos while the plan is in force, before or just after it is marked done.
  return mayMarkDone(ctx.actor, org, { ...m, status: 'open' });
};

export const measureAttachments: AttachableKind<MeasureRow> = {
  kind: WEAK_MEASURE_KIND,
  label: { zh: '整顿措施', en: 'rectification measure' },
  table: weakMeasures,
  accept: ['image', 'document'],
  maxFiles: 9,
  assertMayRead: () => undefined,
  assertMayAdd: async (ctx, m) => {
    if (!(await measureOpenToPhotos(ctx, m)))
      throw new Conflict('整顿中时，措施责任人或乡村干部才能上传佐证');
  },
  assertMayRemove: async (ctx, m, file) => {
    if (file.createdBy !== ctx.actor.userId || !(await measureOpenToPhotos(ctx, m)))
      throw new Conflict('只有上传人可以在整顿中删除佐证');
  },
};

const logOpen = async (ctx: Ctx, l: LogRow) => mayLog(ctx.actor, await orgOf(ctx, l.weakOrgId), l.kind);

export const logAttachments: AttachableKind<LogRow> = {
  kind: WEAK_LOG_KIND,
  label: { zh: '整顿台账', en: 'rectification log' },
  table: weakLogs,
  accept: ['image', 'document'],
  maxFiles: 9,
  assertMayRead: () => undefined,
  assertMayAdd: async (ctx, l) => {
    if (!(await logOpen(ctx, l))) throw new Conflict('这条记录已不能补充佐证');
  },
  assertMayRemove: async (ctx, l, file) => {
    if (file.createdBy !== ctx.actor.userId || !(await logOpen(ctx, l)))
      throw new Conflict('只有上传人可以删除佐证');
  },
};
