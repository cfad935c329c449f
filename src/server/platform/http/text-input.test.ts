import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { controlCharPosition } from '../../../contracts/text';
import { registerErrorHandler } from './error-handler';
import { registerTextInputCheck } from './text-input';

const app = Fastify();
beforeAll(async () => {
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  registerTextInputCheck(app);
  const body = z.object({
    title: z.string().max(50).meta({ title: '标题' }),
    note: z.string().trim().max(500).nullable().optional(),
    items: z.array(z.object({ name: z.string().max(20) })).optional(),
  });
  app.post('/things', { schema: { body } }, async () => ({ ok: true }));
  app.post('/loose', async () => ({ ok: true }));
  await app.ready();
});
afterAll(() => app.close());

const post = (url: string, payload: unknown) =>
  app.inject({ method: 'POST', url, payload: payload as object });

describe('control characters in request text', () => {
  it('names the field by its schema title, and counts the position in characters', async () => {
    const res = await post('/things', { title: '振兴\u0000' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      code: 'VALIDATION',
      message: '「标题」包含不可见的控制字符（位置 3），请删除后重试',
      fields: [{ path: 'title' }],
    });
  });

  it('allows tab and newline in long free text (≥ 500 characters) only', async () => {
    expect((await post('/things', { title: 'a', note: '第一行\n\t第二行\r\n' })).statusCode).toBe(200);
    expect((await post('/things', { title: 'a', note: '响铃\u0007' })).statusCode).toBe(400);
    expect((await post('/things', { title: 'a\nb' })).statusCode).toBe(400);
  });

  it('names nested fields by their path and common names', async () => {
    const res = await post('/things', { title: 'a', items: [{ name: 'ok' }, { name: 'x\u007f' }] });
    expect(res.json().fields).toEqual([
      { path: 'items.1.name', message: '「名称」包含不可见的控制字符（位置 2），请删除后重试' },
    ]);
  });

  it('checks routes without a schema, keys, and deeply nested bodies without overflowing', async () => {
    expect((await post('/loose', { 'a\u0000': 1 })).json().message).toContain('「参数名」');
    const depth = 100_000;
    const deep = `${'['.repeat(depth)}"x\\u0000"${']'.repeat(depth)}`;
    const res = await app.inject({
      method: 'POST',
      url: '/loose',
      payload: deep,
      headers: { 'content-type': 'application/json' },
    });
    expect(res.statusCode).toBe(400);
  });

  it('finds the first control character by position', () => {
    expect(controlCharPosition('abc')).toBeNull();
    expect(controlCharPosition('𠀀a\u0001')).toBe(3);
    expect(controlCharPosition('a\tb', true)).toBeNull();
    expect(controlCharPosition('a\tb')).toBe(2);
  });
});
