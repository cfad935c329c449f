import { and, eq, inArray, or, type SQL } from 'drizzle-orm';
import type { Department, Role } from '../../../contracts/roles';
import { newId } from '../auth/session';
import { users } from '../auth/tables';
import type { Db } from '../db/types';
import { ownersAbove } from '../scope';
import { notifications } from './tables';

// 消息通知, the write side: a module tells people about a record in the transaction that changed
// it. Recipients are named by account, or by role over a region (the accounts whose scope covers
// the region: the village's secretary, the township's office, the county's department handlers).

export interface Notice {
  kind: string;
  title: string;
  body?: string | null;
  link?: string | null;
  regionCode: string;
  recordKind?: string | null;
  recordId?: string | null;
  /** A notice that must exist once (a stage's warning): a second one with the key is skipped. */
  dedupeKey?: string | null;
}

export interface Recipients {
  userIds?: readonly (string | null | undefined)[];
  /** Accounts of these roles whose scope covers the notice's region. */
  roles?: readonly Role[];
  /** Department handlers of these departments in the region's county. */
  departments?: readonly Department[];
}

/** The active accounts a notice reaches. */
export const recipientsOf = async (db: Db, regionCode: string, to: Recipients): Promise<string[]> => {
  const ids = new Set((to.userIds ?? []).filter((id): id is string => !!id));
  const covering = ownersAbove(regionCode);
  const parts: SQL[] = [];
  if (to.roles?.length)
    parts.push(and(inArray(users.role, [...to.roles]), inArray(users.regionCode, covering))!);
  if (to.departments?.length)
    parts.push(
      and(
        eq(users.role, 'department'),
        inArray(users.department, [...to.departments]),
        inArray(users.regionCode, covering),
      )!,
    );
  if (parts.length) {
    const rows = await db
      .select({ id: users.id })
      .from(users)
      .where(and(or(...parts), eq(users.disabled, false)));
    for (const r of rows) ids.add(r.id);
  }
  return [...ids];
};

/** Writes the notice for each recipient; returns how many were written. */
export const notify = async (db: Db, notice: Notice, to: Recipients): Promise<number> => {
  const recipients = await recipientsOf(db, notice.regionCode, to);
  if (recipients.length === 0) return 0;
  const rows = recipients.map((userId) => ({
    id: newId(),
    regionCode: notice.regionCode,
    userId,
    kind: notice.kind,
    title: notice.title,
    body: notice.body ?? null,
    link: notice.link ?? null,
    recordKind: notice.recordKind ?? null,
    recordId: notice.recordId ?? null,
    dedupeKey: notice.dedupeKey ? `${notice.dedupeKey}:${userId}` : null,
  }));
  const written = await db
    .insert(notifications)
    .values(rows)
    .onConflictDoNothing()
    .returning({ id: notifications.id });
  return written.length;
};
