import { z } from 'zod';
import { departmentSchema, roleSchema } from '../roles';
import { regionCodeSchema } from './common';

export const loginBodySchema = z.object({
  username: z.string().trim().min(1, '请输入用户名').max(64, '用户名过长'),
  password: z.string().min(1, '请输入密码').max(256, '密码过长'),
});

export const PASSWORD_RULE_MESSAGE = '密码至少10位，且须同时包含字母和数字';
export const newPasswordSchema = z
  .string()
  .min(10, PASSWORD_RULE_MESSAGE)
  .max(128, '密码最多128位')
  .refine((p) => /[A-Za-z]/.test(p) && /\d/.test(p), PASSWORD_RULE_MESSAGE);

export const changePasswordBodySchema = z.object({
  currentPassword: z.string().min(1, '请输入当前密码').max(256),
  newPassword: newPasswordSchema,
});

export const meSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
  department: departmentSchema.nullable(),
  scopeCode: regionCodeSchema,
  scopeName: z.string(),
  mustChangePassword: z.boolean(),
  csrfToken: z.string(),
  idleMinutes: z.number().int(),
});
export type Me = z.infer<typeof meSchema>;
