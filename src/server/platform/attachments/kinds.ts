import type { Column } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Ctx } from '../context';
import { NotFound } from '../errors';
import type { Text } from '../modules/manifest';
import { installedModules } from '../modules/registry';
import type { AttachmentCategory, attachments } from './tables';

export type AttachmentRow = typeof attachments.$inferSelect;

/**
 * A record kind that takes attachments, declared in its module's manifest. The platform loads the
 * record in the caller's scope (404 outside) and then asks the module whether this caller may read,
 * add or remove now; each `assert…` throws NotFound, Forbidden or Conflict with the reason.
 */
export interface AttachableKind<R = Record<string, unknown>> {
  kind: string;
  label: Text;
  table: PgTable & { id: Column; regionCode: Column };
  accept: readonly AttachmentCategory[];
  /** At most this many files per record. */
  maxFiles: number;
  assertMayRead(ctx: Ctx, record: R): void | Promise<void>;
  assertMayAdd(ctx: Ctx, record: R): void | Promise<void>;
  assertMayRemove(ctx: Ctx, record: R, attachment: AttachmentRow): void | Promise<void>;
}

/** How a kind's files are counted in messages: 张照片 for photos only, 个附件 otherwise. */
export const countWords = (kind: Pick<AttachableKind, 'accept'>) =>
  kind.accept.includes('document') ? { unit: '个', noun: '附件' } : { unit: '张', noun: '照片' };

/** The kind by its name; NotFound for a kind no installed module declares. */
export const attachableKind = (kind: string): AttachableKind => {
  for (const m of installedModules())
    for (const k of m.attachments ?? []) if (k.kind === kind) return k as unknown as AttachableKind;
  throw new NotFound('没有这类记录');
};
