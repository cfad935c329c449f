import { describe, expect, it } from 'vitest';
import type { Permission } from '../../../contracts/roles';
import type { Ctx } from '../../platform/context';
import { defineModule } from '../../platform/modules/manifest';
import { installModules } from '../../platform/modules/registry';
import { home, shortcutsFor } from './home';

const shortcut = (
  key: string,
  rank?: Record<string, number>,
  permission: Permission = 'households.read',
) => ({
  key,
  label: { zh: key, en: key },
  path: `/${key}`,
  permission,
  rank,
});

const modules = [
  defineModule({
    name: 'a',
    label: { zh: 'a', en: 'a' },
    home: {
      shortcuts: [
        shortcut('plain-a'),
        shortcut('second', { village: 2 }),
        shortcut('audit-only', undefined, 'audit.read'),
      ],
      pending: async (ctx) =>
        ctx.actor.role === 'village'
          ? [{ key: 'review', label: { zh: '待审核', en: 'To review' }, count: 3, path: '/review' }]
          : [],
    },
  }),
  defineModule({
    name: 'b',
    label: { zh: 'b', en: 'b' },
    home: { shortcuts: [shortcut('plain-b'), shortcut('first', { village: 1, grid_worker: 5 })] },
  }),
];

describe('home page 工作台', () => {
  it('puts the role’s ranked shortcuts first, then those for every role in manifest order', () => {
    expect(shortcutsFor(modules, 'village').map((s) => s.key)).toEqual([
      'first',
      'second',
      'plain-a',
      'plain-b',
    ]);
    // 'second' is ranked for village only: another role's common job stays in the menu.
    expect(shortcutsFor(modules, 'grid_worker').map((s) => s.key)).toEqual(['first', 'plain-a', 'plain-b']);
  });

  it('leaves out shortcuts whose permission the role lacks', () => {
    expect(shortcutsFor(modules, 'county_admin').map((s) => s.key)).toContain('audit-only');
    expect(shortcutsFor(modules, 'villager')).toEqual([]);
  });

  it('gathers the pending items each module shows to the caller', async () => {
    installModules(modules);
    const ctxOf = (role: 'village' | 'township') => ({ actor: { role } }) as Ctx;
    expect((await home(ctxOf('village'))).pending).toEqual([
      { key: 'review', label: { zh: '待审核', en: 'To review' }, count: 3, path: '/review' },
    ]);
    expect((await home(ctxOf('township'))).pending).toEqual([]);
  });
});
