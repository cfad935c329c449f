import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createEventBodySchema, eventSchema } from '../../../contracts/api/events';
import { IDEMPOTENCY_HEADER, idempotencyKeySchema } from '../../../contracts/api/points';
import { invalidField } from '../../platform/errors';
import { ctxOf } from '../../platform/http/context';
import { createEvent } from './create-event';
import { eventQueueRoutes } from './queue-routes';

// Routes of grid events (issue 12), by area. Reporting is idempotent: a phone that sends a report
// again after losing its signal (same Idempotency-Key) gets the event already filed.

export const tags = ['events'];
const idempotencyHeaders = z.object({ [IDEMPOTENCY_HEADER]: idempotencyKeySchema.optional() }).passthrough();

export const eventKeyOf = (raw: string | string[] | undefined): string | undefined => {
  if (raw === undefined) return undefined;
  const parsed = idempotencyKeySchema.safeParse(Array.isArray(raw) ? raw[0] : raw);
  if (!parsed.success) throw invalidField(IDEMPOTENCY_HEADER, parsed.error.issues[0].message);
  return parsed.data;
};

export const eventsRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(eventQueueRoutes);
  app.post(
    '/api/events',
    {
      schema: {
        tags,
        summary: '上报网格事件（可带 Idempotency-Key：离线时写下的上报，来网后重发只记一次）',
        headers: idempotencyHeaders,
        body: createEventBodySchema,
        response: { 201: eventSchema },
      },
      config: { permission: 'events.report' },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await createEvent(ctxOf(req), req.body, eventKeyOf(req.headers[IDEMPOTENCY_HEADER]))),
  );
};
