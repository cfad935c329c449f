import { z } from 'zod';
import { PHONE_PATTERN } from '../pii';
import { cadreBackground, cadreBody, cadrePost, sendingLevel, teamRole } from '../registry/enums';
import { pageQuerySchema, regionCodeSchema, uuidSchema } from './common';

// 村两委干部、后备干部、驻村工作队 (DOMAIN.md §2). "One shoulder" (一肩挑) is derived, never typed.

const dateSchema = z.iso
  .date('日期格式应为 YYYY-MM-DD')
  .refine((d) => d >= '1900-01-01' && d <= '2100-12-31', '日期应在1900年至2100年之间');
const phoneSchema = z.string().trim().regex(PHONE_PATTERN, '手机号应为11位，以1开头');

export const cadrePostSchema = z.object({ body: cadreBody.schema, post: cadrePost.schema });
export type CadrePost = z.infer<typeof cadrePostSchema>;

export const createCadreBodySchema = z.object({
  personId: uuidSchema,
  posts: z.array(cadrePostSchema).max(6, '职务最多6项').default([]),
  backgrounds: z.array(cadreBackground.schema).max(5).default([]),
  isReserve: z.boolean().default(false),
  startedOn: dateSchema.nullable().optional(),
  endedOn: dateSchema.nullable().optional(),
});
export type CreateCadreBody = z.infer<typeof createCadreBodySchema>;

export const updateCadreBodySchema = createCadreBodySchema.omit({ personId: true }).partial();
export type UpdateCadreBody = z.infer<typeof updateCadreBodySchema>;

export const cadreSchema = z.object({
  id: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  personId: z.string(),
  name: z.string(),
  posts: z.array(cadrePostSchema),
  backgrounds: z.array(cadreBackground.schema),
  isReserve: z.boolean(),
  /** 一肩挑: party secretary and committee director at once, read from the posts. */
  oneShoulder: z.boolean(),
  startedOn: z.string().nullable(),
  endedOn: z.string().nullable(),
});
export type Cadre = z.infer<typeof cadreSchema>;

export const listCadresQuerySchema = pageQuerySchema.extend({
  regionCode: regionCodeSchema.optional(),
  background: cadreBackground.schema.optional(),
  isReserve: z.enum(['true', 'false']).optional(),
});

/** The personal numbers of an export in full: only for roles with pii.reveal, with a purpose (audited). */
const revealQuerySchema = z.object({
  reveal: z.enum(['true', 'false']).optional(),
  purpose: z.string().trim().max(200).optional(),
});

export const cadreExportQuerySchema = listCadresQuerySchema
  .omit({ page: true, pageSize: true })
  .extend(revealQuerySchema.shape);

export const statsQuerySchema = z.object({ regionCode: regionCodeSchema.optional() });

/** A figure with what it was computed from; `value` is numerator / denominator (null when 0/0). */
export const ratioSchema = z.object({
  numerator: z.number().int(),
  denominator: z.number().int(),
  value: z.number().nullable(),
});
export type Ratio = z.infer<typeof ratioSchema>;

export const cadreStatsSchema = z.object({
  /** Villages with at least one current two-committee record: the denominator of the rates. */
  villages: z.number().int(),
  cadres: z.number().int(),
  oneShoulder: ratioSchema,
  byBackground: z.array(z.object({ background: cadreBackground.schema, count: z.number().int() })),
  secretariesWealthExpert: ratioSchema,
  reservePerVillage: ratioSchema,
});
export type CadreStats = z.infer<typeof cadreStatsSchema>;

// 驻村工作队

export const createWorkTeamBodySchema = z.object({
  regionCode: regionCodeSchema,
  name: z.string().trim().min(1, '请输入工作队名称').max(64, '名称最多64字'),
  sendingUnit: z.string().trim().min(1, '请输入派出单位').max(64, '派出单位最多64字'),
  sendingLevel: sendingLevel.schema,
  startedOn: dateSchema.nullable().optional(),
  endedOn: dateSchema.nullable().optional(),
});
export type CreateWorkTeamBody = z.infer<typeof createWorkTeamBodySchema>;

export const addTeamMemberBodySchema = z.object({
  name: z.string().trim().min(1, '请输入姓名').max(32, '姓名最多32字'),
  phone: phoneSchema.nullable().optional(),
  role: teamRole.schema,
  /** Defaults to the team's sending unit and level. */
  sendingUnit: z.string().trim().min(1).max(64, '派出单位最多64字').optional(),
  sendingLevel: sendingLevel.schema.optional(),
  startedOn: dateSchema.nullable().optional(),
});
export type AddTeamMemberBody = z.infer<typeof addTeamMemberBodySchema>;

/** The team's own fields; its village stays (a team in another village is another team). */
export const updateWorkTeamBodySchema = createWorkTeamBodySchema.omit({ regionCode: true }).partial();
export type UpdateWorkTeamBody = z.infer<typeof updateWorkTeamBodySchema>;

/** A member's name, role, phone (null clears it), sending unit and level, start date. */
export const updateTeamMemberBodySchema = addTeamMemberBodySchema.partial();
export type UpdateTeamMemberBody = z.infer<typeof updateTeamMemberBodySchema>;

export const teamMemberSchema = z.object({
  id: z.string(),
  name: z.string(),
  phoneMasked: z.string().nullable(),
  role: teamRole.schema,
  sendingUnit: z.string(),
  sendingLevel: sendingLevel.schema,
  startedOn: z.string().nullable(),
});

export const workTeamSchema = z.object({
  id: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  name: z.string(),
  sendingUnit: z.string(),
  sendingLevel: sendingLevel.schema,
  startedOn: z.string().nullable(),
  endedOn: z.string().nullable(),
  members: z.array(teamMemberSchema),
});
export type WorkTeam = z.infer<typeof workTeamSchema>;

export const listWorkTeamsQuerySchema = pageQuerySchema.extend({
  regionCode: regionCodeSchema.optional(),
  sendingLevel: sendingLevel.schema.optional(),
});

export const workTeamExportQuerySchema = listWorkTeamsQuerySchema
  .omit({ page: true, pageSize: true })
  .extend(revealQuerySchema.shape);

export const workTeamStatsSchema = z.object({
  teams: z.number().int(),
  members: z.number().int(),
  firstSecretaries: z.number().int(),
  bySendingLevel: z.array(
    z.object({ sendingLevel: sendingLevel.schema, teams: z.number().int(), members: z.number().int() }),
  ),
});
export type WorkTeamStats = z.infer<typeof workTeamStatsSchema>;
