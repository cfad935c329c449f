import { and, count, desc, eq, isNull } from 'drizzle-orm';
import type { NotificationPage, NotificationView } from '../../../contracts/api/notifications';
import type { Ctx } from '../context';
import { NotFound } from '../errors';
import { notifications } from './tables';

// 消息通知, the read side: the caller's own notices only (newest first, with the unread count for
// the bell), and marking them read. Nobody reads another person's notices, whatever their role.

type Row = typeof notifications.$inferSelect;

const view = (n: Row): NotificationView => ({
  id: n.id,
  kind: n.kind,
  title: n.title,
  body: n.body,
  link: n.link,
  createdAt: n.createdAt.toISOString(),
  readAt: n.readAt?.toISOString() ?? null,
});

const mine = (ctx: Ctx) => eq(notifications.userId, ctx.actor.userId);

export const listNotifications = async (
  ctx: Ctx,
  q: { page: number; pageSize: number; unread?: boolean },
): Promise<NotificationPage> => {
  const unreadOnly = and(mine(ctx), isNull(notifications.readAt));
  const where = q.unread ? unreadOnly : mine(ctx);
  const [rows, [{ total }], [{ unread }]] = await Promise.all([
    ctx.db
      .select()
      .from(notifications)
      .where(where)
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    ctx.db.select({ total: count() }).from(notifications).where(where),
    ctx.db.select({ unread: count() }).from(notifications).where(unreadOnly),
  ]);
  return {
    items: rows.map(view),
    total: Number(total),
    unread: Number(unread),
    page: q.page,
    pageSize: q.pageSize,
  };
};

/** Marks one of the caller's notices read (again: keeps the first time). */
export const markRead = async (ctx: Ctx, id: string): Promise<NotificationView> => {
  const [row] = await ctx.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.id, id), mine(ctx)));
  if (!row) throw new NotFound('消息不存在');
  if (row.readAt) return view(row);
  const [updated] = await ctx.db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(eq(notifications.id, id))
    .returning();
  return view(updated);
};

export const markAllRead = async (ctx: Ctx): Promise<{ marked: number }> => {
  const rows = await ctx.db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(mine(ctx), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return { marked: rows.length };
};
