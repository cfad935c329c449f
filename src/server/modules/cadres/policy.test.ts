import { describe, expect, it } from 'vitest';
import { cadreRecordProblems, isOneShoulder, postProblems } from './policy';
import { computeCadreStats, ratio } from './stats';

const secretary = { body: 'party', post: 'secretary' } as const;
const director = { body: 'committee', post: 'director' } as const;

describe('cadre policy', () => {
  it('calls 一肩挑 only party secretary plus committee director', () => {
    expect(isOneShoulder([secretary, director])).toBe(true);
    expect(isOneShoulder([secretary])).toBe(false);
    expect(isOneShoulder([secretary, { body: 'supervision', post: 'director' }])).toBe(false);
  });

  it('finds posts that do not exist in their body and duplicate bodies', () => {
    expect(postProblems([{ body: 'committee', post: 'secretary' }])[0].path).toBe('posts.0.post');
    expect(postProblems([secretary, { body: 'party', post: 'member' }])[0].path).toBe('posts.1.body');
    expect(postProblems([secretary, director])).toEqual([]);
    expect(cadreRecordProblems([], true)).toEqual([]);
    expect(cadreRecordProblems([], false)[0].path).toBe('posts');
  });
});

describe('cadre statistics', () => {
  it('reproduces the seed figures from records (T: 93 of 172 = 54.06 %)', () => {
    expect(ratio(93, 172)).toEqual({ numerator: 93, denominator: 172, value: 0.5407 });
    expect(ratio(95, 135).value).toBe(0.7037);
    expect(ratio(0, 0).value).toBeNull();
  });

  it('counts villages, one-shoulder villages and reserves per village', () => {
    const stats = computeCadreStats([
      {
        regionCode: '451022100001',
        posts: [secretary, director],
        backgrounds: ['wealth_expert'],
        isReserve: false,
      },
      { regionCode: '451022100001', posts: [], backgrounds: [], isReserve: true },
      { regionCode: '451022100002001', posts: [secretary], backgrounds: [], isReserve: false },
      { regionCode: '451022100002', posts: [], backgrounds: [], isReserve: true },
    ]);
    expect(stats.villages).toBe(2);
    expect(stats.oneShoulder).toEqual({ numerator: 1, denominator: 2, value: 0.5 });
    expect(stats.secretariesWealthExpert).toEqual({ numerator: 1, denominator: 2, value: 0.5 });
    expect(stats.reservePerVillage).toEqual({ numerator: 2, denominator: 2, value: 1 });
  });
});
