import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { changePasswordBodySchema, loginBodySchema, meSchema } from '../../../contracts/api/auth';
import { okSchema } from '../../../contracts/api/common';
import { writeAudit } from '../../platform/audit/write';
import { deleteSession, SESSION_COOKIE } from '../../platform/auth/session';
import { ctxOf, metaOf } from '../../platform/http/context';
import { changePassword } from './change-password';
import { login } from './login';
import { describeMe } from './me';

const tags = ['auth'];

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const { config, database } = app.services;
  const cookieOptions = {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: config.COOKIE_SECURE,
  };

  app.post(
    '/api/auth/login',
    {
      schema: { tags, summary: '登录', body: loginBodySchema, response: { 200: meSchema } },
      config: { access: 'public' },
    },
    async (req, reply) => {
      const { user, token, csrfToken } = await login(
        database.db,
        metaOf(req),
        req.body.username,
        req.body.password,
      );
      reply.setCookie(SESSION_COOKIE, token, cookieOptions);
      return describeMe(database.db, config, { user, csrfToken });
    },
  );

  app.post(
    '/api/auth/logout',
    {
      schema: { tags, summary: '退出登录', response: { 200: okSchema } },
      config: { access: 'password-change' },
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      await database.db.transaction(async (tx) => {
        await deleteSession(tx, req.session!.sessionId);
        await writeAudit(tx, ctx, {
          action: 'auth.logout',
          entity: 'user',
          entityId: ctx.actor.userId,
          regionCode: ctx.actor.scopeCode,
        });
      });
      reply.clearCookie(SESSION_COOKIE, cookieOptions);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/auth/me',
    {
      schema: { tags, summary: '当前用户', response: { 200: meSchema } },
      config: { access: 'password-change' },
    },
    (req) => describeMe(database.db, config, req.session!),
  );

  app.post(
    '/api/auth/password',
    {
      schema: { tags, summary: '修改密码', body: changePasswordBodySchema, response: { 200: okSchema } },
      config: { access: 'password-change' },
    },
    async (req) => {
      await changePassword(
        ctxOf(req),
        req.session!.sessionId,
        req.body.currentPassword,
        req.body.newPassword,
      );
      return { ok: true as const };
    },
  );
};
