import { describe, expect, it } from 'vitest';
import type { ScoreRow } from '../../../../contracts/api/assess-campaign';
import { missingOf } from './missing';

const score = (patch: Partial<ScoreRow>): ScoreRow => ({
  id: '00000000-0000-4000-8000-000000000001',
  indicatorId: '00000000-0000-4000-8000-000000000002',
  code: 'A1',
  area: 'A',
  areaName: '组织建设',
  name: '党组织设置规范',
  description: null,
  method: 'yesno',
  maxPoints: 4,
  tiers: null,
  evidenceText: null,
  evidenceRequired: false,
  source: null,
  selfValue: null,
  selfPoints: null,
  selfNote: null,
  reviewValue: null,
  reviewPoints: null,
  reviewReason: null,
  recordValue: null,
  recordAt: null,
  links: [],
  attachments: 0,
  editable: true,
  ...patch,
});

describe('what keeps a self-assessment from being submitted', () => {
  it('asks for a value of every indicator the village types, and evidence where it is required', () => {
    const scores = [
      score({ code: 'A1', selfValue: 1 }),
      score({ code: 'B1' }),
      score({ code: 'C1', selfValue: 4, evidenceRequired: true }),
      score({ code: 'C3', source: { figure: 'members.probationary', label: null } }),
      score({ code: 'F1', selfValue: 3, evidenceRequired: true, attachments: 1 }),
      score({
        code: 'G1',
        selfValue: 90,
        evidenceRequired: true,
        links: [{ kind: 'event', id: 'x', label: '测评' }],
      }),
      score({ code: 'V1', method: 'veto', selfValue: 0 }),
    ];
    expect(missingOf({ scores })).toEqual([
      { code: 'B1', what: 'missingValue' },
      { code: 'C1', what: 'missingPhoto' },
    ]);
  });
});
