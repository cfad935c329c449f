import { z } from 'zod';
import { PHONE_PATTERN } from '../pii';
import { departmentSchema, roleSchema } from '../roles';
import { newPasswordSchema } from './auth';
import { pageQuerySchema, regionCodeSchema, uuidSchema } from './common';

export const usernameSchema = z
  .string()
  .trim()
  .regex(/^[a-zA-Z][a-zA-Z0-9_.-]{2,31}$/, '用户名为3–32位字母、数字、下划线、点或连字符，以字母开头');

const phoneSchema = z.string().trim().regex(PHONE_PATTERN, '手机号应为11位，以1开头');

export const createUserBodySchema = z.object({
  username: usernameSchema,
  displayName: z.string().trim().min(1, '请输入姓名').max(32, '姓名最多32字'),
  role: roleSchema,
  scopeCode: regionCodeSchema,
  department: departmentSchema.nullable().optional(),
  phone: phoneSchema.nullable().optional(),
  /** A party member's or villager's own record in the households registry (我的积分, 我的户). */
  personId: uuidSchema.nullable().optional(),
  initialPassword: newPasswordSchema,
});
export type CreateUserBody = z.infer<typeof createUserBodySchema>;

export const updateUserBodySchema = z.object({
  displayName: z.string().trim().min(1, '请输入姓名').max(32, '姓名最多32字').optional(),
  role: roleSchema.optional(),
  scopeCode: regionCodeSchema.optional(),
  department: departmentSchema.nullable().optional(),
  phone: phoneSchema.nullable().optional(),
  personId: uuidSchema.nullable().optional(),
  disabled: z.boolean().optional(),
  resetPassword: newPasswordSchema.optional(),
});
export type UpdateUserBody = z.infer<typeof updateUserBodySchema>;

export const userSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
  scopeCode: regionCodeSchema,
  scopeName: z.string(),
  department: departmentSchema.nullable(),
  phoneMasked: z.string().nullable(),
  personId: z.string().nullable(),
  personName: z.string().nullable(),
  disabled: z.boolean(),
  mustChangePassword: z.boolean(),
  lockedUntil: z.string().nullable(),
  createdAt: z.string(),
});
export type User = z.infer<typeof userSchema>;

export const listUsersQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(64).optional(),
  role: roleSchema.optional(),
  regionCode: regionCodeSchema.optional(),
  sort: z.enum(['username', 'displayName', 'createdAt', 'role']).default('createdAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
});
