import { describe, expect, it } from 'vitest';
import { isEditable, nextStatus, queueStatuses } from './policy';

describe('talent workflow', () => {
  it('goes survey → township review → county filing', () => {
    expect(nextStatus('draft', 'village_survey', 'submit')).toBe('surveyed');
    expect(nextStatus('surveyed', 'township_review', 'approve')).toBe('township_reviewed');
    expect(nextStatus('township_reviewed', 'county_filing', 'approve')).toBe('county_filed');
  });

  it('returns for revision from either review, and a returned record is resubmitted', () => {
    expect(nextStatus('surveyed', 'township_review', 'return')).toBe('returned');
    expect(nextStatus('township_reviewed', 'county_filing', 'return')).toBe('returned');
    expect(nextStatus('returned', 'village_survey', 'submit')).toBe('surveyed');
    expect(isEditable('returned')).toBe(true);
    expect(isEditable('surveyed')).toBe(false);
  });

  it('refuses steps out of order', () => {
    expect(nextStatus('draft', 'township_review', 'approve')).toBeNull();
    expect(nextStatus('surveyed', 'county_filing', 'approve')).toBeNull();
    expect(nextStatus('county_filed', 'county_filing', 'return')).toBeNull();
    expect(nextStatus('surveyed', 'village_survey', 'submit')).toBeNull();
  });

  it('puts each role’s waiting records in its queue', () => {
    expect(queueStatuses('township')).toEqual(['surveyed']);
    expect(queueStatuses('county_admin')).toEqual(['township_reviewed']);
    expect(queueStatuses('village')).toEqual(['draft', 'returned']);
    expect(queueStatuses('grid_worker')).toEqual([]);
  });
});
