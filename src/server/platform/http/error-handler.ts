import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import type { ErrorBody, ErrorCode } from '../../../contracts/errors';
import { AppError } from '../errors';

const STATUS_TEXT: Record<number, [ErrorCode, string]> = {
  400: ['VALIDATION', '请求格式有误'],
  401: ['UNAUTHENTICATED', '请先登录'],
  403: ['FORBIDDEN', '没有权限执行此操作'],
  404: ['NOT_FOUND', '记录不存在或无权访问'],
  406: ['VALIDATION', '不支持的响应格式'],
  413: ['PAYLOAD_TOO_LARGE', '提交的内容过大'],
  415: ['VALIDATION', '不支持的内容类型，请以 JSON 提交'],
  429: ['RATE_LIMITED', '请求过于频繁，请稍后再试'],
};

const send = (reply: FastifyReply, req: FastifyRequest, status: number, body: Omit<ErrorBody, 'requestId'>) =>
  reply
    .status(status)
    .type('application/json')
    .send({ ...body, requestId: String(req.id) });

const fieldPath = (context: string | undefined, instancePath: string): string => {
  const path = instancePath.replace(/^\//, '').replaceAll('/', '.');
  return path || context || '';
};

/** The one error handler: typed errors and validation failures become `{ code, message, fields }`. */
export const registerErrorHandler = (app: FastifyInstance): void => {
  app.setErrorHandler((error: FastifyError, req, reply) => {
    if (error instanceof AppError) {
      return send(reply, req, error.status, {
        code: error.code,
        message: error.message,
        fields: error.fields,
      });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields = error.validation.map((v) => ({
        path: fieldPath(error.validationContext, v.instancePath),
        message: v.message ?? '格式有误',
      }));
      const message = fields.map((f) => (f.path ? `${f.path}: ${f.message}` : f.message)).join('；');
      return send(reply, req, 400, { code: 'VALIDATION', message: `输入有误：${message}`, fields });
    }
    if (isResponseSerializationError(error)) {
      req.log.error({ err: error, cause: error.cause }, 'response did not match its schema');
    } else {
      const status = error.statusCode ?? 500;
      if (status >= 400 && status < 500) {
        const [code, message] = STATUS_TEXT[status] ?? ['VALIDATION', '请求有误'];
        return send(reply, req, status, { code, message });
      }
      req.log.error({ err: error }, 'unhandled error');
    }
    return send(reply, req, 500, {
      code: 'INTERNAL',
      message: `服务器内部错误，请联系管理员（请求编号 ${req.id}）`,
    });
  });
};
