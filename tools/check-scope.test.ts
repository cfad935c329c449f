// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the fixtures are source text, placeholders included
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findRegionFilters, serverFiles } from './check-scope';

const file = (text: string, name = 'src/server/modules/demo/list-things.ts') => ({ path: name, text });
const found = (text: string) => findRegionFilters([file(text)]).map(({ line, rule }) => ({ line, rule }));

describe('check:scope finds region filters built outside platform/scope', () => {
  it('reports a prefix helper imported from contracts/region-code, on the line that names it', () => {
    const text = [
      "import { eq } from 'drizzle-orm';",
      'import {',
      '  levelOfCode,',
      '  regionPrefix,',
      "} from '../../../contracts/region-code';",
    ].join('\n');
    expect(found(text)).toEqual([{ line: 4, rule: 'prefix-import' }]);
  });

  it('reports a prefix helper used through a namespace import of contracts/region-code', () => {
    const text = [
      "import * as rc from '../../../contracts/region-code';",
      'const level = rc.levelOfCode(code);',
      'const prefix = rc.regionPrefix(code, level);',
    ].join('\n');
    expect(found(text)).toEqual([{ line: 3, rule: 'prefix-import' }]);
  });

  it('reports startsWith on a region code', () => {
    const text = [
      'const mine = (row: Row, actor: Actor) =>',
      '  row.regionCode.startsWith(actor.scopePrefix);',
    ];
    expect(found(text.join('\n'))).toEqual([{ line: 2, rule: 'code-string-op' }]);
  });

  it('reports startsWith against a code given as the argument', () => {
    expect(found('const mine = label.startsWith(villageCode);')).toEqual([
      { line: 1, rule: 'code-string-op' },
    ]);
  });

  it('reports like() on a code column', () => {
    const text = [
      'const where = and(',
      '  like(grids.code, `${prefix}%`),',
      "  eq(grids.tier, 'small'),",
      ');',
    ];
    expect(found(text.join('\n'))).toEqual([{ line: 2, rule: 'like-on-code' }]);
  });

  it('reports substr on region_code in SQL text', () => {
    const text = [
      'const rows = sql`',
      '  select * from households h',
      '  where substr(h.region_code, 1, 12) = $1`;',
    ];
    expect(found(text.join('\n'))).toEqual([{ line: 3, rule: 'sql-code-substring' }]);
    expect(found('const t = sql`left(${households.regionCode}, 9)`;')).toEqual([
      { line: 1, rule: 'sql-code-substring' },
    ]);
  });

  it('reports slice(0, 12) on a region code', () => {
    expect(found('\nconst village = person.regionCode.slice(0, 12);')).toEqual([
      { line: 2, rule: 'code-string-op' },
    ]);
    expect(found('const c = `${scopeCode.padEnd(12, "0")}`;')).toEqual([{ line: 1, rule: 'code-string-op' }]);
  });

  it('names the file and the offending text', () => {
    const [v] = findRegionFilters([file('  if (code.substring(0, 6) === x) return;', 'a.ts')]);
    expect(v).toEqual({
      file: 'a.ts',
      line: 1,
      rule: 'code-string-op',
      text: 'if (code.substring(0, 6) === x) return;',
    });
  });
});

describe('check:scope stays quiet on code that is not a filter', () => {
  it('lets dates, names, ID numbers, URLs and other strings through', () => {
    const text = [
      "import { levelOfCode, toFullCode } from '../../../contracts/region-code';",
      'const year = isoDate.slice(0, 4);',
      'if (!label.startsWith(name)) continue;',
      'const day = new Date().toISOString().slice(0, 10);',
      'const masked = `${idNumber.slice(0, 4)}****`;',
      "if (!req.url.startsWith('/api/')) return;",
      'const seq = Number(code.slice(12, 14));',
      'const levels = REGION_LEVELS.slice(0, upTo + 1);',
      'const byName = ilike(persons.name, `%${q}%`);',
      'const initials = like(regions.initials, `${q}%`);',
      'const prefixed = line.startsWith(prefix);',
      '// the first 12 digits: regionCode.slice(0, 12) is the village',
      'const village = villageOf(row.regionCode);',
      'const where = sql`${villageColumn(households.regionCode)} = g.region_code`;',
    ];
    expect(found(text.join('\n'))).toEqual([]);
  });

  it('lets a line through when the line before gives the reason', () => {
    const text = [
      '// scope-check: not a filter (free-text search for digits anywhere in a grid code)',
      'like(grids.code, `%${q}%`),',
      'like(grids.code, `%${q}%`),',
    ];
    expect(found(text.join('\n'))).toEqual([{ line: 3, rule: 'like-on-code' }]);
  });

  it('wants a reason in the escape comment', () => {
    const text = ['// scope-check: not a filter ()', 'const v = regionCode.slice(0, 12);'];
    expect(found(text.join('\n'))).toEqual([{ line: 2, rule: 'code-string-op' }]);
  });
});

describe('the server source', () => {
  it('filters region codes only through platform/scope', () => {
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
    const files = serverFiles(root);
    expect(files.length).toBeGreaterThan(100);
    expect(files.some((f) => f.path.startsWith('src/server/platform/'))).toBe(false);
    expect(findRegionFilters(files)).toEqual([]);
  });
});
