import { expect } from 'vitest';

/** Awaits an injected response, expects its status (200 unless given) and returns its JSON body. */
export const ok = async (res: Promise<{ statusCode: number; body: string }>, status = 200) => {
  const r = await res;
  expect(r.statusCode, r.body.slice(0, 500)).toBe(status);
  return JSON.parse(r.body);
};
