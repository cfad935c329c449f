import type { FastifyInstance, FastifyRequest } from 'fastify';
import { can, type Permission } from '../../../contracts/roles';
import { actorOf, loadSession, SESSION_COOKIE } from '../auth/session';
import { sameToken } from '../auth/tokens';
import { AppError, Forbidden, Unauthenticated } from '../errors';
import './types';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
// Routes a plugin registers without our route config: the API docs UI holds no data.
const PUBLIC_PREFIX = '/api/docs';

const checkAccess = (req: FastifyRequest): void => {
  const config = req.routeOptions.config ?? {};
  const access = config.access ?? 'authenticated';
  if (access === 'public' || req.routeOptions.url?.startsWith(PUBLIC_PREFIX)) return;
  if (!req.actor || !req.session) throw new Unauthenticated();
  if (!SAFE_METHODS.has(req.method)) {
    const header = req.headers['x-csrf-token'];
    if (typeof header !== 'string' || !sameToken(header, req.session.csrfToken)) {
      throw new AppError(403, 'CSRF', '页面已过期，请刷新后重试（缺少或错误的安全令牌）');
    }
  }
  if (req.session.user.mustChangePassword && access !== 'password-change') {
    throw new AppError(403, 'PASSWORD_CHANGE_REQUIRED', '首次登录请先修改密码');
  }
  const { role } = req.actor;
  const wanted: readonly Permission[] =
    config.permission === undefined
      ? []
      : typeof config.permission === 'string'
        ? [config.permission]
        : config.permission;
  if (wanted.length && !wanted.some((p) => can(role, p))) throw new Forbidden();
};

/**
 * Loads the session behind the cookie and enforces each route's `access` / `permission` before
 * the body is even validated, so an anonymous caller gets 401 rather than a validation error.
 */
export const registerAuthHook = (app: FastifyInstance): void => {
  app.decorateRequest('actor', null);
  app.decorateRequest('session', null);
  app.addHook('onRequest', async (req) => {
    if (!req.url.startsWith('/api/')) return;
    const token = req.cookies[SESSION_COOKIE];
    if (token) {
      const { database, config } = app.services;
      const session = await loadSession(database.db, token, config.SESSION_IDLE_MINUTES);
      if (session) {
        req.session = session;
        req.actor = actorOf(session.user);
      }
    }
    if (req.routeOptions.url) checkAccess(req);
  });
};
