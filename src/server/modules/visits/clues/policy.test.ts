import { describe, expect, it } from 'vitest';
import {
  mayImportDepartmentList,
  mayRequest,
  mayScreen,
  ownDataDepartment,
  riskCodesMatch,
  riskName,
} from './policy';

describe('clues policy', () => {
  it('lets villagers and party members ask for their own household, nobody else', () => {
    expect(mayRequest({ role: 'villager' })).toBe(true);
    expect(mayRequest({ role: 'party_member' })).toBe(true);
    expect(mayRequest({ role: 'grid_worker' })).toBe(false);
  });

  it('lets the grassroots screen and departments import, not the other way round', () => {
    for (const role of ['grid_worker', 'village', 'stationed_cadre', 'township', 'county_admin'] as const)
      expect(mayScreen({ role })).toBe(true);
    expect(mayScreen({ role: 'department' })).toBe(false);
    expect(mayScreen({ role: 'villager' })).toBe(false);
    expect(mayImportDepartmentList({ role: 'department' })).toBe(true);
    expect(mayImportDepartmentList({ role: 'county_admin' })).toBe(true);
    expect(mayImportDepartmentList({ role: 'village' })).toBe(false);
    expect(mayImportDepartmentList({ role: 'grid_worker' })).toBe(false);
  });

  it('ties a department account to its own list when its department keeps one', () => {
    expect(ownDataDepartment({ role: 'department', department: 'civil_affairs' })).toBe('civil_affairs');
    expect(ownDataDepartment({ role: 'department', department: 'justice' })).toBeNull();
    expect(ownDataDepartment({ role: 'county_admin', department: null })).toBeNull();
  });

  it('names risk types and keeps the contract’s codes equal to the catalogue', () => {
    expect(riskName('illness')).toBe('因病');
    expect(riskName('nonsense')).toBe('其他');
    expect(riskCodesMatch()).toBe(true);
  });
});
