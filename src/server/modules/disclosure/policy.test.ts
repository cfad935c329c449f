import { describe, expect, it } from 'vitest';
import type { Role } from '../../../contracts/roles';
import {
  isOpen,
  mayApprove,
  mayCorrect,
  mayDelete,
  mayDraft,
  mayEdit,
  mayEditKinds,
  supersededStatus,
} from './policy';

const as = (role: Role) => ({ role });

describe('disclosure policy', () => {
  it('lets the village side draft and submit, and no one else', () => {
    expect(mayDraft(as('village'))).toBe(true);
    expect(mayDraft(as('stationed_cadre'))).toBe(true);
    for (const role of ['township', 'county_admin', 'grid_worker', 'villager', 'department'] as Role[])
      expect(mayDraft(as(role))).toBe(false);
  });
  it('lets the township and the county approve, never the village', () => {
    expect(mayApprove(as('township'))).toBe(true);
    expect(mayApprove(as('county_admin'))).toBe(true);
    expect(mayApprove(as('village'))).toBe(false);
    expect(mayApprove(as('stationed_cadre'))).toBe(false);
  });
  it('lets only the county edit the catalogue', () => {
    expect(mayEditKinds(as('county_admin'))).toBe(true);
    expect(mayEditKinds(as('township'))).toBe(false);
  });
  it('edits and deletes only drafts and returned items, never a pending or published one', () => {
    expect(isOpen('draft') && isOpen('returned')).toBe(true);
    for (const status of ['pending', 'published', 'corrected', 'withdrawn'] as const) {
      expect(mayEdit(as('village'), { status })).toBe(false);
      expect(mayDelete(as('village'), { status })).toBe(false);
    }
    expect(mayDelete(as('village'), { status: 'draft' })).toBe(true);
    expect(mayDelete(as('township'), { status: 'draft' })).toBe(false);
  });
  it('corrects only the current published version, one correction at a time', () => {
    expect(mayCorrect(as('village'), { status: 'published' }, false)).toBe(true);
    expect(mayCorrect(as('village'), { status: 'published' }, true)).toBe(false);
    expect(mayCorrect(as('village'), { status: 'corrected' }, false)).toBe(false);
    expect(mayCorrect(as('township'), { status: 'published' }, false)).toBe(false);
  });
  it('marks the replaced version corrected or withdrawn', () => {
    expect(supersededStatus('correction')).toBe('corrected');
    expect(supersededStatus('withdrawal')).toBe('withdrawn');
  });
});
