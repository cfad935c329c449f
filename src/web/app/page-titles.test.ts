import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { messagesEn, messagesZh } from './i18n';
import { PAGE_TITLES, pageTitleKey } from './page-titles';

// The router's paths as written in router.tsx (relative ones sit under the layout at /).
const routerPaths = (): string[] => {
  const source = readFileSync(new URL('./router.tsx', import.meta.url), 'utf8');
  const paths = [...source.matchAll(/path: '([^']+)'/g)].map((m) => m[1]!).filter((p) => p !== '*');
  return [
    ...paths.map((p) => (p.startsWith('/') ? p : `/${p}`)),
    ...(source.includes('index: true') ? ['/'] : []),
  ];
};

const lookUp = (messages: object, key: string): unknown =>
  key.split('.').reduce<unknown>((at, step) => (at as Record<string, unknown> | undefined)?.[step], messages);

describe('page titles', () => {
  it('gives every route of the router a title, so that the accessibility audit visits it', () => {
    const missing = routerPaths().filter((path) => !(path in PAGE_TITLES));
    expect(missing).toEqual([]);
  });

  it('has each title in Chinese and English', () => {
    for (const key of [...Object.values(PAGE_TITLES), 'notFound.title']) {
      expect(typeof lookUp(messagesZh, key), key).toBe('string');
      expect(typeof lookUp(messagesEn, key), key).toBe('string');
    }
  });

  it('finds the title of a record page and calls an unknown path not found', () => {
    expect(pageTitleKey('/households/4f1c')).toBe('households.profile');
    expect(pageTitleKey('/grids/9')).toBe('grids.cardTitle');
    expect(pageTitleKey('/nowhere')).toBe('notFound.title');
  });
});
