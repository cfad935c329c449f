import { describe, expect, it } from 'vitest';
import { missingQuarters } from './list-tours';
import {
  leaderContactRefusal,
  logDateRefusal,
  mayEditLeaderContact,
  mayEditTour,
  mayLogContact,
  stepRefusal,
  tourRefusal,
} from './policy';

const county = { role: 'county_admin' as const, scopePrefix: '451022', userId: 'c' };
const township = { role: 'township' as const, scopePrefix: '451022100', userId: 't' };
const village = { role: 'village' as const, scopePrefix: '451022100201', userId: 'v' };
const cadre = { role: 'stationed_cadre' as const, scopePrefix: '451022100201', userId: 's' };
const grid = { role: 'grid_worker' as const, scopePrefix: '451022100201', userId: 'g' };
const tiandong = '451022000000';
const ownTownship = '451022100000';
const own = '451022100201';
const other = '451022101201';
const lingyun = '451027100201';

describe('十联六常 policy', () => {
  it('lets only the county administrator keep its leaders’ contacts', () => {
    expect(mayEditLeaderContact(county, { regionCode: tiandong })).toBe(true);
    expect(mayEditLeaderContact(township, { regionCode: tiandong })).toBe(false);
    expect(mayEditLeaderContact({ ...county, scopePrefix: '451027' }, { regionCode: tiandong })).toBe(false);
  });

  it('lets a leader with an account log their own contacts', () => {
    expect(mayLogContact(township, { regionCode: tiandong, leaderUserId: 't' })).toBe(true);
    expect(mayLogContact(township, { regionCode: tiandong, leaderUserId: 'x' })).toBe(false);
    expect(mayLogContact(grid, { regionCode: tiandong, leaderUserId: 'g' })).toBe(false);
  });

  it('checks the kind’s target: township, village, in the county and in scope', () => {
    expect(leaderContactRefusal(county, tiandong, 'township', ownTownship)).toBeNull();
    expect(leaderContactRefusal(county, tiandong, 'village', own)).toBeNull();
    expect(leaderContactRefusal(county, tiandong, 'school', null)).toBeNull();
    expect(leaderContactRefusal(county, tiandong, 'school', own)).toBeNull();
    expect(leaderContactRefusal(county, tiandong, 'village', ownTownship)?.message).toBe('联系对象应为村');
    expect(leaderContactRefusal(county, tiandong, 'township', null)?.field).toBe('targetRegionCode');
    expect(leaderContactRefusal(county, tiandong, 'village', lingyun)?.field).toBe('targetRegionCode');
    expect(leaderContactRefusal(county, ownTownship, 'school', null)?.field).toBe('regionCode');
    expect(leaderContactRefusal(county, '451027000000', 'school', null)?.field).toBe('regionCode');
  });

  it('refuses a contact dated after today', () => {
    expect(logDateRefusal('2026-03-02', '2026-03-01')?.message).toBe('日期不能晚于今天');
    expect(logDateRefusal('2026-03-01', '2026-03-01')).toBeNull();
  });
});

describe('十步法 policy', () => {
  it('lets a stationed cadre record only their own steps', () => {
    expect(stepRefusal(cadre, own, '蓝海', ['蓝海'])).toBeNull();
    expect(stepRefusal(cadre, own, '黄文', ['蓝海'])?.field).toBe('cadreName');
  });

  it('lets the township and county correct any cadre of their villages, not the village or outsiders', () => {
    expect(stepRefusal(township, own, '黄文', [])).toBeNull();
    expect(stepRefusal(county, other, '黄文', [])).toBeNull();
    expect(stepRefusal(township, other, '黄文', [])?.field).toBe('regionCode');
    expect(stepRefusal(village, own, '黄文', [])).not.toBeNull();
    expect(stepRefusal(township, ownTownship, '黄文', [])?.message).toBe('十步法应记在所驻的村');
    expect(stepRefusal(township, own, '黄文', [], '2026-03-02', '2026-03-01')?.field).toBe('doneOn');
  });
});

describe('书记拉练 policy', () => {
  const tour = { regionCode: ownTownship, year: 2025, quarter: 2, heldOn: '2025-05-01' };
  it('lets the county or a township record its own tours within the quarter', () => {
    expect(tourRefusal(township, tour, [own])).toBeNull();
    expect(tourRefusal(county, { ...tour, regionCode: tiandong }, [own, other])).toBeNull();
    expect(tourRefusal(township, { ...tour, quarter: 3 }, [])?.field).toBe('heldOn');
    expect(tourRefusal(township, { ...tour, year: 2024 }, [])?.field).toBe('heldOn');
    expect(tourRefusal(township, tour, [other])?.field).toBe('places.0.regionCode');
    expect(tourRefusal(village, { ...tour, regionCode: own }, [])?.field).toBe('regionCode');
    expect(tourRefusal(township, { ...tour, regionCode: '451022101000' }, [])?.message).toBe(
      '组织单位不在您的管辖范围内',
    );
    expect(tourRefusal(township, { ...tour, regionCode: own }, [])?.message).toBe('书记拉练应由县或乡镇组织');
    expect(tourRefusal(township, tour, [], '2025-04-30')?.message).toBe('拉练日期不能晚于今天');
    expect(mayEditTour(township, { regionCode: tiandong })).toBe(false);
  });

  it('reports the quarters begun without a tour', () => {
    expect(missingQuarters(2025, [1, 0, 2, 0], '2026-01-10')).toEqual([2, 4]);
    expect(missingQuarters(2026, [0, 0, 0, 0], '2026-05-10')).toEqual([1, 2]);
    expect(missingQuarters(2027, [0, 0, 0, 0], '2026-05-10')).toEqual([]);
  });
});
