import { describe, expect, it } from 'vitest';
import type { Role } from '../../../../contracts/roles';
import { mayEditVillageRecord, villageForNewRecord } from './policy';

const who = (role: Role, scopeCode: string) => ({ role, scopeCode });
const countyAdmin = who('county_admin', '451022000000');
const townshipUser = who('township', '451022100000');
const villageUser = who('village', '451022100001');
const cadre = who('stationed_cadre', '451022100001');

const ownVillage = '451022100001';
const neighbour = '451022100002';
const otherTownshipVillage = '451022101001';

describe('assets policy', () => {
  it('lets the village edit its own records and no other village’s', () => {
    expect(mayEditVillageRecord(villageUser, ownVillage)).toBe(true);
    expect(mayEditVillageRecord(villageUser, `${ownVillage}001`)).toBe(true);
    expect(mayEditVillageRecord(villageUser, neighbour)).toBe(false);
  });

  it('lets the township and the county edit villages in their scope', () => {
    expect(mayEditVillageRecord(townshipUser, neighbour)).toBe(true);
    expect(mayEditVillageRecord(townshipUser, otherTownshipVillage)).toBe(false);
    expect(mayEditVillageRecord(countyAdmin, otherTownshipVillage)).toBe(true);
    expect(mayEditVillageRecord(countyAdmin, '451027100001')).toBe(false);
  });

  it('keeps records on villages, and keeps out roles without economy.accounts', () => {
    expect(mayEditVillageRecord(countyAdmin, '451022100000')).toBe(false);
    expect(mayEditVillageRecord(cadre, ownVillage)).toBe(false);
  });

  it('files a village user’s new record under its own village when it names none', () => {
    expect(villageForNewRecord(villageUser, undefined)).toBe(ownVillage);
    expect(villageForNewRecord(townshipUser, undefined)).toBeNull();
    expect(villageForNewRecord(townshipUser, neighbour)).toBe(neighbour);
  });
});
