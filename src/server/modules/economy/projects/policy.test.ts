import { describe, expect, it } from 'vitest';
import {
  closeRefusal,
  evaluateRefusal,
  isOpen,
  leaderLevelOf,
  leaderRefusal,
  mayAddEvaluation,
  mayDelete,
  mayEdit,
  meanScore,
} from './policy';

describe('projects policy', () => {
  it('reads the leader’s level from the region code', () => {
    expect(leaderLevelOf('451022000000')).toBe('county');
    expect(leaderLevelOf('451022100000')).toBe('township');
    expect(leaderLevelOf('451022100001')).toBe('village');
    expect(leaderLevelOf('451000000000')).toBeNull();
    expect(leaderLevelOf('451022100001001')).toBeNull();
  });

  it('lets nothing change once a project is closed', () => {
    expect(isOpen('evaluated')).toBe(true);
    expect(isOpen('closed')).toBe(false);
    expect(mayEdit({ role: 'village' }, { status: 'closed' })).toBe(false);
    expect(mayEdit({ role: 'village' }, { status: 'committed' })).toBe(true);
    expect(mayEdit({ role: 'grid_worker' }, { status: 'draft' })).toBe(false);
  });

  it('deletes only drafts', () => {
    expect(mayDelete({ role: 'township' }, { status: 'draft' })).toBe(true);
    expect(mayDelete({ role: 'township' }, { status: 'committed' })).toBe(false);
  });

  it('lets the county and township evaluate a committed or evaluated project only', () => {
    expect(mayAddEvaluation({ role: 'township' }, { status: 'committed' })).toBe(true);
    expect(mayAddEvaluation({ role: 'county_admin' }, { status: 'evaluated' })).toBe(true);
    expect(mayAddEvaluation({ role: 'township' }, { status: 'draft' })).toBe(false);
    expect(mayAddEvaluation({ role: 'township' }, { status: 'closed' })).toBe(false);
    expect(mayAddEvaluation({ role: 'village' }, { status: 'committed' })).toBe(false);
  });

  it('scores a project by the evaluators’ rounded mean', () => {
    expect(meanScore([])).toBeNull();
    expect(meanScore([90])).toBe(90);
    expect(meanScore([90, 85])).toBe(88);
    expect(meanScore([80, 81, 81])).toBe(81);
  });

  it('asks a village’s led project for its party secretary', () => {
    const cadre = { cadreInVillage: true, isSecretary: false, name: '张三' };
    expect(leaderRefusal('village', 'led', cadre)?.message).toContain('村党组织书记');
    expect(leaderRefusal('village', 'practical', cadre)).toBeNull();
    expect(leaderRefusal('village', 'led', { ...cadre, isSecretary: true })).toBeNull();
    expect(leaderRefusal('village', 'led', { ...cadre, cadreInVillage: false })?.path).toBe('leaderCadreId');
    expect(leaderRefusal('village', 'led', { ...cadre, cadreInVillage: null })?.path).toBe('leaderCadreId');
    expect(
      leaderRefusal('township', 'led', { cadreInVillage: null, isSecretary: false, name: null })?.path,
    ).toBe('leaderName');
    expect(
      leaderRefusal('county', 'led', { cadreInVillage: null, isSecretary: false, name: '李四' }),
    ).toBeNull();
  });

  it('closes with the income stated and every milestone done or a note', () => {
    expect(closeRefusal({ total: 2, done: 2 }, {})?.path).toBe('incomeFen');
    expect(closeRefusal({ total: 2, done: 2 }, { incomeFen: 0 })).toBeNull();
    expect(closeRefusal({ total: 2, done: 1 }, { incomeFen: 100 })?.path).toBe('note');
    expect(closeRefusal({ total: 2, done: 1 }, { incomeFen: 100, note: '  ' })?.path).toBe('note');
    expect(closeRefusal({ total: 2, done: 1 }, { incomeFen: 100, note: '第二期转入下年度' })).toBeNull();
    expect(evaluateRefusal(0)).not.toBeNull();
    expect(evaluateRefusal(1)).toBeNull();
  });
});
