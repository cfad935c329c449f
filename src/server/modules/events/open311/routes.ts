import fastifyFormbody from '@fastify/formbody';
import type { FastifyError, FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import {
  type Open311Format,
  open311FormatParamsSchema,
  open311JurisdictionQuerySchema,
  open311PostBodySchema,
  open311RequestParamsSchema,
  open311RequestsQuerySchema,
  open311ServiceParamsSchema,
  open311TokenParamsSchema,
} from '../../../../contracts/api/open311';
import { AppError, NotFound } from '../../../platform/errors';
import { metaOf } from '../../../platform/http/context';
import { CONTENT_TYPE, type Item, renderErrors, renderList, renderObject } from './format';
import { jurisdictionOf } from './jurisdiction';
import { getRequest, listRequests, requestByToken } from './list-requests';
import { postRequest } from './post-request';
import { listServices, serviceDefinition } from './services';

// /open311/v2: the GeoReport v2 server (docs/events.md §Open311). Public reads, posting with an
// API key, XML or JSON by the suffix, errors as the specification's list. These routes are left
// out of the OpenAPI document (`hide`): their URLs, formats and errors are the specification's,
// not this API's, and their reads are public by design (the generic scope test's premise, a
// caller's scope, does not apply); open311.int.test.ts tests them instead.

export const OPEN311_BASE = '/open311/v2';
const SPEC = 'http://wiki.open311.org/GeoReport_v2';
const CHANGESET = '2026-12-06T00:00:00+08:00';
const hide = true;
const config = { access: 'public' as const };

const formatOf = (url: string): Open311Format => (/\.json(\?|$)/.test(url) ? 'json' : 'xml');

const send = (reply: FastifyReply, format: Open311Format, body: string, status = 200) =>
  reply.status(status).type(CONTENT_TYPE[format]).send(body);

/** The HTTP status and description of an error, as GeoReport v2 clients expect them. */
const errorOf = (error: FastifyError): [number, string] => {
  if (error instanceof AppError)
    return [error.status === 422 || error.status === 409 ? 400 : error.status, error.message];
  if (hasZodFastifySchemaValidationErrors(error))
    return [
      400,
      error.validation
        .map((v) => `${v.instancePath.replace(/^\//, '') || error.validationContext}: ${v.message}`)
        .join('；'),
    ];
  const status = error.statusCode ?? 500;
  return status >= 400 && status < 500 ? [status, error.message] : [500, '服务器内部错误'];
};

export const open311Routes: FastifyPluginAsyncZod = async (app) => {
  await app.register(fastifyFormbody, { bodyLimit: 64 * 1024 });
  app.setErrorHandler((error: FastifyError, req, reply) => {
    const [status, description] = errorOf(error);
    if (status >= 500) req.log.error({ err: error }, 'open311 error');
    return send(
      reply,
      formatOf(req.url),
      renderErrors(formatOf(req.url), [{ code: status, description }]),
      status,
    );
  });
  const db = () => app.services.database.db;

  app.get(
    `${OPEN311_BASE}/discovery.:format`,
    { schema: { hide, params: open311FormatParamsSchema }, config },
    async (req, reply) => {
      const url = `${req.protocol}://${req.host}${OPEN311_BASE}`;
      const body: Item = {
        changeset: CHANGESET,
        contact: '县网格化服务管理中心 / 12345',
        key_service: '接口密钥由县管理员在“Open311 接口密钥”页面发放',
        endpoints: [
          {
            specification: SPEC,
            url,
            changeset: CHANGESET,
            type: 'production',
            formats: ['text/xml', 'application/json'],
          },
        ],
      };
      return send(reply, req.params.format, renderObject(req.params.format, 'discovery', body));
    },
  );

  app.get(
    `${OPEN311_BASE}/services.:format`,
    {
      schema: { hide, params: open311FormatParamsSchema, querystring: open311JurisdictionQuerySchema },
      config,
    },
    async (req, reply) => {
      const county = await jurisdictionOf(db(), req.query.jurisdiction_id);
      const items = await listServices(db(), county);
      return send(reply, req.params.format, renderList(req.params.format, 'services', 'service', items));
    },
  );

  app.get(
    `${OPEN311_BASE}/services/:service_code.:format`,
    {
      schema: { hide, params: open311ServiceParamsSchema, querystring: open311JurisdictionQuerySchema },
      config,
    },
    async (req, reply) => {
      const county = await jurisdictionOf(db(), req.query.jurisdiction_id);
      const definition = await serviceDefinition(db(), county, req.params.service_code);
      return send(
        reply,
        req.params.format,
        renderObject(req.params.format, 'service_definition', definition),
      );
    },
  );

  app.get(
    `${OPEN311_BASE}/requests.:format`,
    { schema: { hide, params: open311FormatParamsSchema, querystring: open311RequestsQuerySchema }, config },
    async (req, reply) => {
      const county = await jurisdictionOf(db(), req.query.jurisdiction_id);
      const items = await listRequests(db(), county, req.query);
      return send(
        reply,
        req.params.format,
        renderList(req.params.format, 'service_requests', 'request', items),
      );
    },
  );

  app.get(
    `${OPEN311_BASE}/requests/:service_request_id.:format`,
    {
      schema: { hide, params: open311RequestParamsSchema, querystring: open311JurisdictionQuerySchema },
      config,
    },
    async (req, reply) => {
      const county = await jurisdictionOf(db(), req.query.jurisdiction_id);
      const items = await getRequest(db(), county, req.params.service_request_id);
      return send(
        reply,
        req.params.format,
        renderList(req.params.format, 'service_requests', 'request', items),
      );
    },
  );

  app.post(
    `${OPEN311_BASE}/requests.:format`,
    { schema: { hide, params: open311FormatParamsSchema, body: open311PostBodySchema }, config },
    async (req, reply) => {
      const { database, pii } = app.services;
      const items = await postRequest({ db: database.db, pii }, metaOf(req), req.body);
      return send(
        reply,
        req.params.format,
        renderList(req.params.format, 'service_requests', 'request', items),
      );
    },
  );

  // Any other path under /open311: the specification's 404, not the web app's page.
  app.route({
    method: ['GET', 'POST'],
    url: '/open311/*',
    schema: { hide },
    config,
    handler: async () => {
      throw new NotFound('not found: 没有这个 Open311 接口（见 /open311/v2/discovery.xml）');
    },
  });

  app.get(
    `${OPEN311_BASE}/tokens/:token.:format`,
    {
      schema: { hide, params: open311TokenParamsSchema, querystring: open311JurisdictionQuerySchema },
      config,
    },
    async (req, reply) => {
      const county = await jurisdictionOf(db(), req.query.jurisdiction_id);
      const items = await requestByToken(db(), county, req.params.token);
      return send(
        reply,
        req.params.format,
        renderList(req.params.format, 'service_requests', 'request', items),
      );
    },
  );
};
