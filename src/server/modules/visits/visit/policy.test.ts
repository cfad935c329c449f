import { describe, expect, it } from 'vitest';
import { type CreateVisitBody, createVisitBodySchema } from '../../../../contracts/api/visits';
import { mayRecordVisit, visitProblems } from './policy';

const county = { role: 'county_admin' as const, scopeCode: '451022000000' };
const township = { role: 'township' as const, scopeCode: '451022100000' };
const village = { role: 'village' as const, scopeCode: '451022100001' };
const grid = { role: 'grid_worker' as const, scopeCode: '451022100001' };
const cadre = { role: 'stationed_cadre' as const, scopeCode: '451022100001' };
const villager = { role: 'villager' as const, scopeCode: '451022100001' };
const department = { role: 'department' as const, scopeCode: '451022000000' };
const own = '451022100001';
const neighbour = '451022100002';
const otherTownship = '451022101001';

const HEAD = '11111111-1111-4111-8111-111111111111';
const CHILD = '22222222-2222-4222-8222-222222222222';
const STRANGER = '33333333-3333-4333-8333-333333333333';
const members = [
  { id: HEAD, relation: 'head' },
  { id: CHILD, relation: 'son' },
];
const TODAY = '2026-06-15';

const body = (extra: Record<string, unknown> = {}): CreateVisitBody =>
  createVisitBodySchema.parse({
    householdId: HEAD,
    visitedOn: '2026-06-01',
    answers: { Q01: { status: 'clear' } },
    ...extra,
  });
const paths = (extra: Record<string, unknown>) =>
  visitProblems(body(extra), members, TODAY).map((p) => p.path);

describe('who may record a visit', () => {
  it('lets a grid worker, a village and a stationed cadre visit the households of their own village', () => {
    for (const who of [grid, village, cadre]) {
      expect([mayRecordVisit(who, own), mayRecordVisit(who, neighbour)]).toEqual([true, false]);
    }
  });

  it('lets a township and the county visit the households under them', () => {
    expect([mayRecordVisit(township, own), mayRecordVisit(township, otherTownship)]).toEqual([true, false]);
    expect([mayRecordVisit(county, own), mayRecordVisit(county, otherTownship)]).toEqual([true, true]);
  });

  it('refuses villagers and departments', () => {
    expect([mayRecordVisit(villager, own), mayRecordVisit(department, own)]).toEqual([false, false]);
  });
});

describe('what a visit may say', () => {
  it('accepts a plain visit of today', () => {
    expect(visitProblems(body({ visitedOn: TODAY }), members, TODAY)).toEqual([]);
  });

  it('keeps the date between 2000 and today, and a real day', () => {
    expect(paths({ visitedOn: '2026-06-16' })).toEqual(['visitedOn']);
    expect(paths({ visitedOn: '1999-12-31' })).toEqual(['visitedOn']);
    expect(paths({ visitedOn: '2026-02-30' })).toEqual(['visitedOn']);
    expect(visitProblems(body({ visitedOn: '2026-06-16' }), members, TODAY)[0].message).toBe(
      '走访日期不能晚于今天',
    );
  });

  it('asks for at least one answer', () => {
    expect(paths({ answers: {} })).toEqual(['answers']);
  });

  it('lets only a member of the household leave, never the head, and only once', () => {
    expect(paths({ leftMembers: [{ personId: CHILD, reason: 'married_out' }] })).toEqual([]);
    expect(paths({ leftMembers: [{ personId: STRANGER, reason: 'died' }] })).toEqual([
      'leftMembers.0.personId',
    ]);
    expect(paths({ leftMembers: [{ personId: HEAD, reason: 'died' }] })).toEqual(['leftMembers.0.personId']);
    expect(
      paths({
        leftMembers: [
          { personId: CHILD, reason: 'moved_out' },
          { personId: CHILD, reason: 'other' },
        ],
      }),
    ).toEqual(['leftMembers.1.personId']);
    expect(paths({ leftMembers: [{ personId: CHILD, reason: 'died', toHouseholdId: HEAD }] })).toEqual([
      'leftMembers.0.toHouseholdId',
    ]);
  });

  it('corrects members of the household only, not one who left', () => {
    expect(paths({ persons: [{ personId: CHILD, health: '健康' }] })).toEqual([]);
    expect(paths({ persons: [{ personId: STRANGER, health: '健康' }] })).toEqual(['persons.0.personId']);
    expect(
      paths({
        persons: [{ personId: CHILD, health: '健康' }],
        leftMembers: [{ personId: CHILD, reason: 'moved_out' }],
      }),
    ).toEqual(['persons.0.personId']);
  });

  it('does not register a new member as head', () => {
    expect(
      paths({ newMembers: [{ name: '黄新', relation: 'head', idNumber: '451022199001011232' }] }),
    ).toEqual(['newMembers.0.relation']);
  });

  it('checks the risk type and that an event is described', () => {
    expect(
      paths({
        problems: [
          {
            question: 'Q02',
            description: '生病',
            riskType: 'illness',
            outcome: 'solved',
            solution: '联系村医',
          },
          {
            question: 'Q03',
            description: '屋顶漏水严重',
            riskType: 'nonsense',
            outcome: 'event',
            categoryCode: 'E05',
          },
        ],
      }),
    ).toEqual(['problems.1.riskType']);
    expect(
      paths({ problems: [{ question: 'Q03', description: '漏', outcome: 'event', categoryCode: 'E05' }] }),
    ).toEqual(['problems.0.description']);
  });

  it('refuses a relocation site for a household not relocated', () => {
    expect(paths({ household: { relocated: false, relocationSite: '城东安置点' } })).toEqual([
      'household.relocationSite',
    ]);
  });
});
