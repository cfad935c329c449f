import { z } from 'zod';
import { PHONE_PATTERN } from '../pii';
import { talentCategory, talentStatus } from '../registry/enums';
import { pageQuerySchema, regionCodeSchema, uuidSchema } from './common';

// 人才库 (DOMAIN.md §2): village survey → township review → county filing (村级摸排、乡级审核、
// 县级备案), each step with reviewer, time and comment; a returned record is revised and resubmitted.

export const TALENT_TAGS = ['土专家', '田秀才', '乡创客'] as const;
export const talentTagSchema = z.enum(TALENT_TAGS);

const fields = {
  name: z.string().trim().min(1, '请输入姓名').max(32, '姓名最多32字'),
  phone: z.string().trim().regex(PHONE_PATTERN, '手机号应为11位，以1开头').nullable().optional(),
  category: talentCategory.schema,
  tags: z.array(talentTagSchema).max(3).default([]),
  skills: z.string().trim().max(500, '特长说明最多500字').nullable().optional(),
};

export const createTalentBodySchema = z.object({
  regionCode: regionCodeSchema,
  /** The person in the households registry, when the talent lives in the village. */
  personId: uuidSchema.nullable().optional(),
  ...fields,
});
export type CreateTalentBody = z.infer<typeof createTalentBodySchema>;

export const updateTalentBodySchema = z.object(fields).partial();
export type UpdateTalentBody = z.infer<typeof updateTalentBodySchema>;

export const reviewBodySchema = z.object({
  decision: z.enum(['approve', 'return']),
  comment: z.string().trim().max(500, '意见最多500字').optional(),
});
export type ReviewBody = z.infer<typeof reviewBodySchema>;

export const talentReviewSchema = z.object({
  step: z.enum(['village_survey', 'township_review', 'county_filing']),
  decision: z.enum(['submit', 'approve', 'return']),
  reviewerName: z.string().nullable(),
  comment: z.string().nullable(),
  at: z.string(),
});

export const talentSchema = z.object({
  id: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  personId: z.string().nullable(),
  name: z.string(),
  phoneMasked: z.string().nullable(),
  category: talentCategory.schema,
  tags: z.array(talentTagSchema),
  skills: z.string().nullable(),
  status: talentStatus.schema,
  /** The latest return comment while the record is returned. */
  returnComment: z.string().nullable(),
  updatedAt: z.string(),
});
export type Talent = z.infer<typeof talentSchema>;

export const talentDetailSchema = talentSchema.extend({ reviews: z.array(talentReviewSchema) });
export type TalentDetail = z.infer<typeof talentDetailSchema>;

export const listTalentsQuerySchema = pageQuerySchema.extend({
  regionCode: regionCodeSchema.optional(),
  status: talentStatus.schema.optional(),
  category: talentCategory.schema.optional(),
  /** 'mine': the records waiting for the caller's step (待我处理). */
  queue: z.enum(['mine']).optional(),
});
