import { describe, expect, it } from 'vitest';
import { checkIdNumber, readIdNumber } from '../contracts/id-number';
import { generateHousehold } from './households';
import { IdNumberBook } from './id-numbers';
import { idNumberFor } from './people';
import { PROFILES, profileFor } from './profiles';
import { Rng } from './random';

const TODAY = new Date(Date.UTC(2026, 10, 25));

const sample = (seed: number, n: number, county = '451022') => {
  const rng = new Rng(seed);
  return Array.from({ length: n }, () => generateHousehold(rng, PROFILES[county], TODAY));
};

describe('synthetic households', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(sample(7, 50)).toEqual(sample(7, 50));
    expect(sample(7, 50)).not.toEqual(sample(8, 50));
  });

  it('forks independent streams: one label does not shift another', () => {
    const a = new Rng(1).fork('village-a');
    const b1 = new Rng(1).fork('village-b');
    a.int(0, 100);
    expect(b1.int(0, 1_000_000)).toBe(new Rng(1).fork('village-b').int(0, 1_000_000));
  });

  it('gives 田东 a Zhuang majority and 景泰 a Han one', () => {
    const share = (county: string, code: string) => {
      const people = sample(3, 2000, county).flatMap((h) => h.members);
      return people.filter((p) => p.ethnicity === code).length / people.length;
    };
    expect(share('451022', '08')).toBeGreaterThan(0.75);
    expect(share('620423', '01')).toBeGreaterThan(0.95);
  });

  it('has plausible household sizes, poverty shares and exactly one head per household', () => {
    const households = sample(11, 5000);
    const mean = households.reduce((s, h) => s + h.members.length, 0) / households.length;
    expect(mean).toBeGreaterThan(2.8);
    expect(mean).toBeLessThan(4.2);
    const escaped = households.filter((h) => h.povertyStatus === 'escaped').length / households.length;
    expect(escaped).toBeGreaterThan(0.15);
    expect(escaped).toBeLessThan(0.25);
    expect(households.every((h) => h.members.filter((m) => m.relation === 'head').length === 1)).toBe(true);
  });

  it('marks left-behind children only where adults work away', () => {
    const households = sample(5, 3000);
    const withChild = households.filter((h) => h.members.some((m) => m.leftBehind === 'child'));
    expect(withChild.length).toBeGreaterThan(0);
    for (const h of withChild) expect(h.members.some((m) => m.workingAway)).toBe(true);
  });
});

describe('synthetic ID numbers', () => {
  it('pass GB 11643 with the county prefix, birth date and sex', () => {
    const birth = new Date(Date.UTC(1980, 4, 17));
    for (let serial = 0; serial < 600; serial++) {
      const sex = serial % 2 ? 'male' : 'female';
      const id = idNumberFor('451022', birth, sex, serial);
      expect(checkIdNumber(id, { today: TODAY })).toBeNull();
      expect(id.startsWith('451022')).toBe(true);
      expect(readIdNumber(id)).toEqual({ birthDate: '1980-05-17', sex });
    }
  });

  it('hands out 500 numbers per county, day and sex, then moves to the day before', () => {
    const book = new IdNumberBook();
    const got = Array.from({ length: 501 }, () => book.next('451022', '1980-05-17', 'female'));
    expect(new Set(got.map((g) => g.idNumber)).size).toBe(501);
    for (const g of got) expect(checkIdNumber(g.idNumber, { today: TODAY })).toBeNull();
    expect(got[499].birthDate).toBe('1980-05-17');
    expect(readIdNumber(got[500].idNumber)).toEqual({ birthDate: '1980-05-16', sex: 'female' });
  });

  it('falls back to a Han-majority profile for an unknown county, and 苗/侗 for 黔东南', () => {
    expect(profileFor('110101').ethnicities[0].code).toBe('01');
    expect(profileFor('522631').ethnicities.map((e) => e.code)).toEqual(['06', '12', '01']);
  });
});
