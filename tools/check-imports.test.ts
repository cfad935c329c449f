import { describe, expect, it } from 'vitest';
import { checkImports, type SourceFile, serverSources } from './check-imports';

const file = (path: string, ...imports: string[]): SourceFile => ({
  path,
  text: imports.map((s, i) => `import { x${i} } from '${s}';`).join('\n'),
});

const rulesOf = (...files: SourceFile[]) => checkImports(files).map((v) => v.rule);

describe('import rules', () => {
  it('passes on the real tree', () => {
    expect(checkImports(serverSources())).toEqual([]);
  });

  it('refuses a platform file that imports a module', () => {
    expect(rulesOf(file('src/server/platform/db/open.ts', '../../modules/points/tables'))).toContain(
      'platform-imports-module',
    );
  });

  it('refuses server code that imports the generator, demo, test support, tools or bench', () => {
    const planted = [
      file('src/server/modules/regions/a.ts', '../../../generator/county'),
      file('src/server/modules/regions/b.ts', '../../../demo/seed'),
      file('src/server/app.ts', '../testing/harness'),
      file('src/server/platform/c.ts', '../../../tools/cli'),
      file('src/server/platform/d.ts', '../../../bench/run'),
    ];
    expect(rulesOf(...planted)).toEqual(Array(5).fill('server-imports-outside'));
  });

  it('lets tests and the test support beside the code use the test support', () => {
    const support = [
      file('src/server/modules/org/org.int.test.ts', '../../../testing/harness'),
      file('src/server/modules/org/scope-probe.ts', '../../../testing/factories'),
      file('src/server/modules/households/excel-test-helpers.ts', '../../../testing/excel'),
    ];
    expect(rulesOf(...support)).toEqual([]);
  });

  it('refuses a module that imports a module at or above its level', () => {
    expect(rulesOf(file('src/server/modules/regions/import-county.ts', '../points/catalogue'))).toEqual([
      'module-order',
    ]);
    expect(rulesOf(file('src/server/modules/cadres/a.ts', '../talents/lookups'))).toEqual(['module-order']);
    expect(rulesOf(file('src/server/modules/points/a.ts', '../members/lookups'))).toEqual([]);
  });

  it('refuses a module that is missing from the order', () => {
    expect(rulesOf(file('src/server/modules/unlisted/a.ts', '../households/lookups'))).toEqual([
      'module-order',
    ]);
  });

  it('refuses a module that reads another module’s tables, even one below it', () => {
    expect(rulesOf(file('src/server/modules/households/a.ts', '../regions/tables'))).toEqual([
      'module-tables',
    ]);
    expect(rulesOf(file('src/server/modules/households/b.ts', './tables'))).toEqual([]);
  });

  it('reads type-only, re-exporting and dynamic imports too', () => {
    const text = [
      "import type { A } from '../modules/org/tables';",
      "export * from '../modules/org/lookups';",
      "const m = await import('../modules/org/policy');",
    ].join('\n');
    expect(rulesOf({ path: 'src/server/platform/x.ts', text })).toEqual(
      Array(3).fill('platform-imports-module'),
    );
  });
});
