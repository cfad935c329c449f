import { sql } from 'drizzle-orm';
import { PgDialect, pgTable, varchar } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { households } from '../modules/households/tables';
import {
  ancestorAt,
  assertInScope,
  countyCodeOf,
  countyOf,
  countyScope,
  coversActor,
  eitherInScope,
  gridSubtree,
  inScope,
  inVillage,
  isAboveActor,
  isInScope,
  isUnder,
  ownersAbove,
  regionAtLevel,
  regionScope,
  underRegion,
  villageOf,
} from './scope';

const dialect = new PgDialect();
const render = (s: Parameters<PgDialect['sqlToQuery']>[0]) => dialect.sqlToQuery(s);

const county = '451022000000';
const township = '451022100000';
const village = '451022100001';
const group = '451022100001003';

describe('region-code arithmetic', () => {
  it('finds the village, county and ancestors of a code', () => {
    expect(villageOf(group)).toBe(village);
    expect(villageOf(village)).toBe(village);
    expect(countyOf(group)).toBe('451022');
    expect(countyCodeOf(village)).toBe(county);
    expect(ancestorAt(group, 'township')).toBe(township);
    expect(ancestorAt(village, 'city')).toBe('451000000000');
  });

  it('scopes a region to its subtree by the prefix of its level', () => {
    expect(regionScope(county).prefix).toBe('451022');
    expect(regionScope(township).prefix).toBe('451022100');
    expect(regionScope(village).prefix).toBe(village);
    expect(regionScope(group).prefix).toBe(group);
  });

  it('scopes a code to its whole county, for county-wide numbering', () => {
    expect(countyScope(group).prefix).toBe('451022');
    expect(countyScope(county).prefix).toBe('451022');
  });

  it('says whether a code lies under another', () => {
    expect(isUnder(group, township)).toBe(true);
    expect(isUnder(village, village)).toBe(true);
    expect(isUnder('451022101001', township)).toBe(false);
    expect(isUnder(township, village)).toBe(false);
  });

  it('lists the owners above a place from the county down', () => {
    expect(ownersAbove(group)).toEqual([county, township, village]);
    expect(ownersAbove(township)).toEqual([county, township]);
    expect(ownersAbove(county)).toEqual([county]);
  });

  it('checks a code against a caller’s scope, answering 404 outside', () => {
    expect(isInScope(village, { prefix: '451022100' })).toBe(true);
    expect(isInScope('451022101001', { prefix: '451022100' })).toBe(false);
    expect(() => assertInScope('451027100001', { prefix: '451022' })).toThrow(/不存在/);
  });

  it('knows which regions cover the caller and which stand above its level', () => {
    const villageUser = { scopeCode: village, scopePrefix: village };
    const townshipUser = { scopeCode: township, scopePrefix: '451022100' };
    expect(coversActor(villageUser, township)).toBe(true);
    expect(coversActor(townshipUser, village)).toBe(false);
    expect(isAboveActor(villageUser, township)).toBe(true);
    expect(isAboveActor(villageUser, village)).toBe(false);
    expect(isAboveActor(townshipUser, township)).toBe(false);
  });

  it('scopes a grid with everything below it', () => {
    expect(gridSubtree({ code: `${village}0000`, tier: 'big' }).prefix).toBe(village);
    expect(gridSubtree({ code: `${village}0300`, tier: 'middle' }).prefix).toBe(`${village}03`);
    expect(gridSubtree({ code: `${village}0307`, tier: 'small' }).prefix).toBe(`${village}0307`);
    expect(gridSubtree({ code: `${village}0307`, tier: 'unknown' }).prefix).toBe(`${village}0307`);
  });
});

describe('SQL filters', () => {
  it('renders a scope as a btree range, not LIKE', () => {
    const q = render(inScope(households.regionCode, { prefix: '451022100' }));
    expect(q.sql).toBe('("households"."region_code" >= $1 and "households"."region_code" < $2)');
    expect(q.params).toEqual(['451022100', '451022101']);
  });

  it('filters under a region by its level’s prefix', () => {
    expect(render(underRegion(households.regionCode, township)).params).toEqual(['451022100', '451022101']);
    expect(render(underRegion(households.regionCode, county)).params).toEqual(['451022', '451023']);
  });

  it('finds a row of two regions when either of its codes lies in the scope', () => {
    const pairs = pgTable('pairs', {
      regionCode: varchar('region_code'),
      strongCode: varchar('strong_code'),
    });
    const q = render(eitherInScope(pairs.regionCode, pairs.strongCode, { prefix: '451022100' }));
    expect(q.sql).toBe(
      '(("pairs"."region_code" >= $1 and "pairs"."region_code" < $2) or ("pairs"."strong_code" >= $3 and "pairs"."strong_code" < $4))',
    );
    expect(q.params).toEqual(['451022100', '451022101', '451022100', '451022101']);
  });

  it('has no upper bound for the scope of everything', () => {
    expect(render(inScope(households.regionCode, { prefix: '' })).sql).toBe(
      '"households"."region_code" >= $1',
    );
  });

  it('matches a row to a village by the first 12 digits of its region code', () => {
    const q = render(inVillage(households.regionCode, sql`g.region_code`));
    expect(q.sql).toBe('left("households"."region_code", 12) = g.region_code');
  });

  it('groups rows by the region at a level, as full codes', () => {
    expect(render(regionAtLevel(households.regionCode, 'township')).sql).toBe(
      `rpad(left("households"."region_code", 9), 12, '0')`,
    );
  });
});
