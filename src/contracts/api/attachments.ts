import { z } from 'zod';

// 附件: photos and documents attached to a record of any module.

export const attachmentSchema = z.object({
  id: z.string(),
  recordKind: z.string(),
  recordId: z.string(),
  category: z.enum(['image', 'document']),
  mime: z.string(),
  fileName: z.string(),
  bytes: z.number().int(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
});
export type AttachmentView = z.infer<typeof attachmentSchema>;

export const attachmentListSchema = z.object({
  items: z.array(attachmentSchema),
  /** How many more the caller may add now (0 when it may not add at all). */
  slotsLeft: z.number().int(),
});
export type AttachmentList = z.infer<typeof attachmentListSchema>;

export const recordKindSchema = z.string().regex(/^[a-z][a-z_]{1,39}$/, '记录类别应为小写字母和下划线');
