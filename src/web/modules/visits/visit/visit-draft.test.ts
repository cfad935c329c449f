import { describe, expect, it } from 'vitest';
import type { VisitPrefill } from '../../../../contracts/api/visits';
import { changeLines, draftProblem, newDraft, setCheck, setStatus, visitBody } from './visit-draft';

// The 十问十清 form's state: everything starts 清楚, only corrections of 更正 questions that differ
// from the records are sent, and a problem needs its handling.

const prefill: VisitPrefill = {
  household: {
    id: 'h1',
    householdNo: '4510220001',
    regionCode: '451022101001',
    regionName: '平马村',
    address: null,
    povertyStatus: 'escaped',
    relocated: false,
    relocationSite: null,
    helperName: '李帮扶',
    incomePerCapita: 8000,
    rigidSpending: null,
  },
  members: [
    {
      personId: 'p1',
      name: '黄大',
      relation: 'head',
      sex: 'male',
      birthDate: null,
      idNumberMasked: '4510**********0011',
      labour: 'ordinary',
      education: '初中',
      health: '健康',
    },
  ],
  monitoring: null,
  lastVisit: null,
};

describe('the visit form', () => {
  it('sends ten clear answers and no corrections when nothing was touched', () => {
    const body = visitBody(prefill, newDraft('2026-12-06'), 'h1');
    expect(Object.values(body.answers).map((a) => a?.status)).toEqual(Array(10).fill('clear'));
    expect(body.answers.Q03?.checks).toEqual({ food: true, clothes: true, housing: true, water: true });
    expect(body).toMatchObject({ household: {}, persons: [], newMembers: [], leftMembers: [], problems: [] });
  });

  it('sends only the fields of corrected questions that differ from the records', () => {
    let d = setStatus(newDraft('2026-12-06'), 'Q04', 'corrected');
    d = { ...d, household: { incomePerCapita: 6500, rigidSpending: null, helperName: '王新' } };
    d = { ...d, persons: { p1: { education: '初中', health: '慢性病' } } };
    d = setStatus(d, 'Q07', 'corrected');
    const body = visitBody(prefill, d, 'h1');
    // Q09 was not marked 更正, rigid spending did not change, education is as recorded.
    expect(body.household).toEqual({ incomePerCapita: 6500 });
    expect(body.persons).toEqual([{ personId: 'p1', health: '慢性病' }]);
    expect(changeLines(prefill, body)).toEqual([
      { who: null, field: 'incomePerCapita', before: 8000, after: 6500 },
      { who: '黄大', field: 'health', before: '健康', after: '慢性病' },
    ]);
  });

  it('sends members who came or left only when question 1 is corrected', () => {
    let d = newDraft('2026-12-06');
    d = {
      ...d,
      newMembers: [{ name: '黄小', relation: 'grandchild', idNumber: '451022202001010018' }],
      leftMembers: [{ personId: 'p1', reason: 'died' }],
    };
    expect(visitBody(prefill, d, 'h1').newMembers).toEqual([]);
    const body = visitBody(prefill, setStatus(d, 'Q01', 'corrected'), 'h1');
    expect(body.newMembers).toHaveLength(1);
    expect(changeLines(prefill, body).map((l) => [l.who, l.after])).toEqual([
      ['黄小', 'new'],
      ['黄大', 'died'],
    ]);
  });

  it('asks for the handling of a problem before the summary', () => {
    let d = setStatus(newDraft('2026-12-06'), 'Q07', 'problem');
    expect(draftProblem(d)).toEqual({ question: 'Q07', key: 'describe' });
    d = { ...d, problems: { Q07: { ...d.problems.Q07!, description: '老人腿脚不便' } } };
    expect(draftProblem(d)).toEqual({ question: 'Q07', key: 'solutionMissing' });
    d = { ...d, problems: { Q07: { ...d.problems.Q07!, outcome: 'event' } } };
    expect(draftProblem(d)).toEqual({ question: 'Q07', key: 'categoryMissing' });
    d = { ...d, problems: { Q07: { ...d.problems.Q07!, categoryCode: 'E01', riskType: 'illness' } } };
    expect(draftProblem(d)).toBeNull();
    expect(visitBody(prefill, d, 'h1').problems).toEqual([
      {
        question: 'Q07',
        description: '老人腿脚不便',
        riskType: 'illness',
        outcome: 'event',
        solution: null,
        categoryCode: 'E01',
      },
    ]);
    // Back to 清楚: the problem goes.
    expect(visitBody(prefill, setStatus(d, 'Q07', 'clear'), 'h1').problems).toEqual([]);
  });

  it('turns question 3 into a problem when a life check fails', () => {
    const d = setCheck(newDraft('2026-12-06'), 'water', false);
    expect(d.status.Q03).toBe('problem');
    expect(visitBody(prefill, d, 'h1').answers.Q03?.checks?.water).toBe(false);
  });
});
