import { index, integer, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';

export type AttachmentCategory = 'image' | 'document';

/**
 * 附件: a photo or document attached to one record of any module (a points claim, an event, a
 * rating's evidence), by (record kind, record id) and the record's region code. The bytes live in
 * the file store under `storage_key` (and a thumbnail for images); rows without files never exist,
 * files without rows are removed by `npm run files:sweep`.
 */
export const attachments = pgTable(
  'attachments',
  {
    id: uuid('id').primaryKey(),
    regionCode: varchar('region_code', { length: 15 }).notNull(),
    recordKind: varchar('record_kind', { length: 40 }).notNull(),
    recordId: uuid('record_id').notNull(),
    category: varchar('category', { length: 12 }).$type<AttachmentCategory>().notNull(),
    mime: varchar('mime', { length: 100 }).notNull(),
    fileName: text('file_name').notNull(),
    bytes: integer('bytes').notNull(),
    width: integer('width'),
    height: integer('height'),
    storageKey: text('storage_key').notNull(),
    thumbKey: text('thumb_key'),
    createdBy: uuid('created_by'),
    createdByName: text('created_by_name'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('attachments_record_idx').on(t.recordKind, t.recordId, t.createdAt),
    index('attachments_region_idx').on(t.regionCode, t.recordKind),
  ],
);
