import type { FastifyRequest } from 'fastify';
import type { Ctx, RequestMeta } from '../context';
import { Unauthenticated } from '../errors';
import './types';

export const metaOf = (req: FastifyRequest): RequestMeta => ({
  requestId: String(req.id),
  ip: req.ip ?? null,
});

/** The use-case context of an authenticated request. */
export const ctxOf = (req: FastifyRequest): Ctx => {
  if (!req.actor) throw new Unauthenticated();
  const { database, pii } = req.server.services;
  return { db: database.db, actor: req.actor, meta: metaOf(req), pii };
};
