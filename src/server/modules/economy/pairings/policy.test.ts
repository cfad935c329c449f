import { describe, expect, it } from 'vitest';
import { mayEditAlliance, mayEditPairing, memberRefusal, organizerRefusal, pairingRefusal } from './policy';

const county = { role: 'county_admin' as const, scopePrefix: '451022' };
const township = { role: 'township' as const, scopePrefix: '451022100' };
const village = { role: 'village' as const, scopePrefix: '451022100201' };
const own = '451022100201';
const ownToo = '451022100202';
const otherTownship = '451022101201';
const lingyun = '451027100201';
const years = { startYear: 2024 };

describe('pairing policy', () => {
  it('lets a township pair its own weak village with a strong one anywhere in the county', () => {
    expect(pairingRefusal(township, own, otherTownship, years)).toBeNull();
    expect(pairingRefusal(township, own, ownToo, years)).toBeNull();
  });

  it('refuses a weak village outside the caller’s scope, even when the strong one is its own', () => {
    expect(pairingRefusal(township, otherTownship, own, years)?.field).toBe('regionCode');
  });

  it('refuses a village with itself, two counties, a township as a side and years backwards', () => {
    expect(pairingRefusal(county, own, own, years)?.message).toBe('不能与本村结对');
    expect(pairingRefusal(township, own, lingyun, years)?.message).toBe('结对的两村应在同一县内');
    expect(pairingRefusal(county, '451022100000', own, years)?.field).toBe('regionCode');
    expect(pairingRefusal(county, own, '451022101000', years)?.field).toBe('strongCode');
    expect(pairingRefusal(county, own, ownToo, { startYear: 2024, endYear: 2023 })?.field).toBe('endYear');
  });

  it('lets only the weak village’s side with economy.pairings change a pairing', () => {
    expect(mayEditPairing(township, { regionCode: own })).toBe(true);
    expect(mayEditPairing(township, { regionCode: otherTownship })).toBe(false);
    expect(mayEditPairing(county, { regionCode: otherTownship })).toBe(true);
    expect(mayEditPairing(village, { regionCode: own })).toBe(false);
  });
});

describe('alliance policy', () => {
  it('has a county or a township in scope organize an alliance', () => {
    expect(organizerRefusal(county, '451022000000')).toBeNull();
    expect(organizerRefusal(township, '451022100000')).toBeNull();
    expect(organizerRefusal(township, '451022000000')).toBe('所选区划不在您的管辖范围内');
    expect(organizerRefusal(county, own)).toBe('联盟应由县或乡镇组织');
  });

  it('takes member villages of the caller’s scope and the alliance’s county', () => {
    expect(memberRefusal(county, '451022000000', otherTownship)).toBeNull();
    expect(memberRefusal(township, '451022100000', otherTownship)).toBe('该村不在您的管辖范围内');
    expect(memberRefusal(county, '451022000000', '451022100000')).toBe('联盟成员应为村');
    expect(mayEditAlliance(township, { regionCode: '451022000000' })).toBe(false);
    expect(mayEditAlliance(county, { regionCode: '451022100000' })).toBe(true);
  });
});
