import { describe, expect, it } from 'vitest';
import { ok } from '../../../../testing/ok';
import { insertHousehold } from '../../../../testing/people';
import { testPhoto, uploadAttachments } from '../../../../testing/photos';
import {
  county,
  h,
  otherTownship,
  regions,
  township,
  village,
  withAssessHarness,
} from '../assessments-test-kit';
import { act, awardThrough, kindId, nominate } from './flags-test-kit';

// 争创五旗 through the API: the level above nominates, the township reviews, the county awards;
// levels must match, a target holds one living nomination per kind and year, household flags show
// in 一户一档, and the home page lists what waits.

withAssessHarness();

describe('red flags 争创五旗', () => {
  it('walks a village flag from the township’s nomination through review to the county’s award', async () => {
    const vc = regions.ownVillage.code;
    const award = await ok(nominate(township, { kind: 'FV1', year: 2026, regionCode: vc }), 201);
    expect(award).toMatchObject({
      status: 'nominated',
      level: 'village',
      kindName: '产业兴旺红旗村',
      year: 2026,
    });
    expect(award.actions.map((a: { action: string }) => a.action)).toEqual(['review', 'reject']);
    expect(award.targetName).toBe(regions.ownVillage.name);

    // The county cannot award before the township reviewed (409 naming the state).
    const early = await act(county, award.id, 'award');
    expect(early.statusCode).toBe(409);
    expect(JSON.parse(early.body).message).toContain('待审核');

    const reviewed = await ok(act(township, award.id, 'review'));
    expect(reviewed.status).toBe('reviewed');
    const awarded = await ok(act(county, award.id, 'award'));
    expect(awarded).toMatchObject({ status: 'awarded', statusLabel: '已授旗' });
    expect(awarded.awardedAt).toEqual(expect.any(String));
    expect(awarded.history.map((s: { action: string }) => s.action)).toEqual(['nominate', 'review', 'award']);

    // Revoked with a reason: the target may be nominated again.
    expect((await act(county, award.id, 'revoke')).statusCode).toBe(422);
    expect((await ok(act(county, award.id, 'revoke', { reason: '发生违纪问题' }))).status).toBe('revoked');
    await ok(nominate(township, { kind: 'FV1', year: 2026, regionCode: vc }), 201);
  });

  it('lets the village nominate its groups (屯) and households and the county its townships', async () => {
    const group = await ok(
      village.post(`/api/regions/${regions.ownVillage.code}/groups`, { name: '那坡屯' }),
      201,
    );
    const g = await ok(nominate(village, { kind: 'FG1', year: 2026, regionCode: group.code }), 201);
    expect(g).toMatchObject({ level: 'group', targetName: `${regions.ownVillage.name} · 那坡屯` });
    const t = await ok(
      nominate(county, { kind: 'FT1', year: 2026, regionCode: regions.ownTownship.code }),
      201,
    );
    // Township flags are reviewed by the county, not by the township itself.
    expect((await act(township, t.id, 'review')).statusCode).toBe(403);
    await ok(act(county, t.id, 'review'));
    expect((await ok(act(county, t.id, 'award'))).status).toBe('awarded');
  });

  it('refuses a target whose level does not match the kind, and a caller who does not nominate that level', async () => {
    // A village flag for a township's code.
    const wrong = await nominate(township, { kind: 'FV2', year: 2026, regionCode: regions.ownTownship.code });
    expect(wrong.statusCode).toBe(422);
    expect(JSON.parse(wrong.body).fields[0]).toMatchObject({ path: 'regionCode' });
    // A household flag without a household; a village flag naming a household.
    const home = await insertHousehold(h.services, { regionCode: regions.ownVillage.code });
    expect((await nominate(village, { kind: 'FH1', year: 2026 })).statusCode).toBe(422);
    // The township does not nominate households, nor the village villages.
    const byTownship = await nominate(township, { kind: 'FH1', year: 2026, householdId: home.id });
    expect(byTownship.statusCode).toBe(403);
    expect(JSON.parse(byTownship.body).message).toBe('农户红旗由村级提名');
    expect(
      (await nominate(village, { kind: 'FV2', year: 2026, regionCode: regions.ownVillage.code })).statusCode,
    ).toBe(403);
    // A village of another township is outside the caller's scope.
    expect(
      (await nominate(township, { kind: 'FV2', year: 2026, regionCode: regions.otherVillage.code }))
        .statusCode,
    ).toBe(422);
  });

  it('answers 409 in Chinese to a second living nomination of the same kind, year and target', async () => {
    const vc = regions.ownVillage.code;
    const first = await ok(nominate(township, { kind: 'FV3', year: 2025, regionCode: vc }), 201);
    const again = await nominate(township, { kind: 'FV3', year: 2025, regionCode: vc });
    expect(again.statusCode).toBe(409);
    expect(JSON.parse(again.body).message).toBe('该对象本年度已有此类红旗的提名或授旗，不能重复提名');
    // Another year or another kind is a new nomination; a rejected one frees the target.
    await ok(nominate(township, { kind: 'FV3', year: 2024, regionCode: vc }), 201);
    expect((await act(township, first.id, 'reject')).statusCode).toBe(422);
    await ok(act(township, first.id, 'reject', { reason: '材料不实' }));
    await ok(nominate(township, { kind: 'FV3', year: 2025, regionCode: vc }), 201);
  });

  it('lets only the township over the target review it', async () => {
    const award = await ok(
      nominate(township, { kind: 'FV4', year: 2026, regionCode: regions.ownVillage.code }),
      201,
    );
    expect((await act(otherTownship, award.id, 'review')).statusCode).toBe(404);
    expect((await otherTownship.get(`/api/assess/flags/${award.id}`)).statusCode).toBe(404);
    // The village sees it but takes no step; the county does not review a village's flag.
    expect((await act(village, award.id, 'review')).statusCode).toBe(403);
    expect((await act(county, award.id, 'review')).statusCode).toBe(403);
    const waiting = await ok(township.get('/api/home'));
    const item = waiting.pending.find((p: { key: string }) => p.key === 'assess.flags.review');
    expect(item.count).toBeGreaterThanOrEqual(1);
    expect(item.entries.map((e: { id: string }) => e.id)).toContain(award.id);
    const other = await ok(otherTownship.get('/api/home'));
    expect(other.pending.find((p: { key: string }) => p.key === 'assess.flags.review')?.count ?? 0).toBe(0);
    await ok(act(township, award.id, 'review'));
    const countyHome = await ok(county.get('/api/home'));
    const toAward = countyHome.pending.find((p: { key: string }) => p.key === 'assess.flags.award');
    expect(toAward.entries.map((e: { id: string }) => e.id)).toContain(award.id);
  });

  it('shows a household’s flags in its household file 一户一档', async () => {
    const home = await insertHousehold(h.services, {
      regionCode: regions.ownVillage.code,
      headName: '黄红旗',
    });
    const before = await ok(township.get(`/api/households/${home.id}/profile`));
    expect(before.flags).toEqual([]);
    const id = await awardThrough(
      { kind: 'FH1', year: 2026, householdId: home.id },
      village,
      township,
      county,
    );
    const award = await ok(county.get(`/api/assess/flags/${id}`));
    expect(award).toMatchObject({ level: 'household', householdId: home.id, householdNo: home.householdNo });
    expect(award.targetName).toBe(`${regions.ownVillage.name} 黄红旗户`);
    const file = await ok(village.get(`/api/households/${home.id}/profile`));
    expect(file.flags).toEqual([
      { id, kind: '红旗户', year: 2026, status: 'awarded', statusLabel: '已授旗' },
    ]);
    // Rejected and living nominations show too, with their state, newest year first.
    const next = await ok(nominate(village, { kind: 'FH1', year: 2027, householdId: home.id }), 201);
    const later = await ok(township.get(`/api/households/${home.id}/profile`));
    expect(later.flags.map((f: { id: string; statusLabel: string }) => [f.id, f.statusLabel])).toEqual([
      [next.id, '待审核'],
      [id, '已授旗'],
    ]);
  });

  it('keeps the county’s catalogue of kinds: add, edit, stop; others only read', async () => {
    const added = await ok(
      county.post('/api/assess/flag-kinds', { code: 'fv6', name: '党建引领红旗村', level: 'village' }),
      201,
    );
    expect(added.code).toBe('FV6');
    expect(
      (await county.post('/api/assess/flag-kinds', { code: 'FV6', name: '重复', level: 'village' }))
        .statusCode,
    ).toBe(422);
    expect(
      (await township.post('/api/assess/flag-kinds', { code: 'FX1', name: '乡镇自设', level: 'village' }))
        .statusCode,
    ).toBe(403);
    await ok(nominate(township, { kind: 'FV6', year: 2026, regionCode: regions.ownVillage.code }), 201);
    // In use: the level stays; the kind can be stopped, and a stopped kind takes no nomination.
    expect(
      (await county.request('PATCH', `/api/assess/flag-kinds/${added.id}`, { level: 'group' })).statusCode,
    ).toBe(409);
    await ok(
      county.request('PATCH', `/api/assess/flag-kinds/${added.id}`, { active: false, name: '党建红旗村' }),
    );
    const listed = await ok(township.get('/api/assess/flag-kinds'));
    expect(listed.map((k: { code: string }) => k.code)).not.toContain('FV6');
    const all = await ok(county.get('/api/assess/flag-kinds?includeInactive=true'));
    expect(all.find((k: { code: string }) => k.code === 'FV6')).toMatchObject({
      active: false,
      name: '党建红旗村',
    });
    expect(
      (await nominate(township, { kind: 'FV6', year: 2025, regionCode: regions.ownVillage.code })).statusCode,
    ).toBe(422);
    expect(await kindId('FV6')).toBe(added.id);
  });

  it('lists with filters and paging, and exports the list as Excel', async () => {
    const home = await insertHousehold(h.services, {
      regionCode: regions.ownVillage.code,
      headName: '韦列表',
    });
    await awardThrough({ kind: 'FH1', year: 2023, householdId: home.id }, village, township, county);
    await awardThrough(
      { kind: 'FV5', year: 2023, regionCode: regions.ownVillage.code },
      township,
      township,
      county,
    );
    const page = await ok(county.get('/api/assess/flags?year=2023&status=awarded&pageSize=1'));
    expect(page.total).toBe(2);
    expect(page.items).toHaveLength(1);
    const households = await ok(county.get('/api/assess/flags?year=2023&level=household'));
    expect(households.items.map((a: { householdId: string }) => a.householdId)).toEqual([home.id]);
    const found = await ok(county.get(`/api/assess/flags?q=${encodeURIComponent('韦列表')}`));
    expect(found.items.map((a: { targetName: string }) => a.targetName)).toEqual([
      `${regions.ownVillage.name} 韦列表户`,
    ]);
    const byName = await ok(
      county.get(`/api/assess/flags?year=2023&q=${encodeURIComponent(regions.ownVillage.name)}`),
    );
    // A household's flag lies in its village: the village's name finds both.
    expect(byName.items.map((a: { level: string }) => a.level).sort()).toEqual(['household', 'village']);
    const other = await ok(county.get(`/api/assess/flags?year=2023&township=${regions.otherTownship.code}`));
    expect(other.total).toBe(0);
    const file = await county.get('/api/assess/flags/export?year=2023&status=awarded');
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toContain('spreadsheetml');
  });

  it('takes evidence files while the nomination waits, and none once the county decided', async () => {
    const award = await ok(
      nominate(township, { kind: 'FV2', year: 2022, regionCode: regions.ownVillage.code }),
      201,
    );
    const photo = { name: '表彰.jpg', type: 'image/jpeg', bytes: await testPhoto() };
    await ok(uploadAttachments(township, 'flag_award', award.id, [photo]), 201);
    expect((await ok(county.get(`/api/assess/flags/${award.id}`))).evidenceCount).toBe(1);
    // The other township does not see the award, nor its files.
    expect((await otherTownship.get(`/api/attachments/flag_award/${award.id}`)).statusCode).toBe(404);
    await ok(act(township, award.id, 'review'));
    await ok(act(county, award.id, 'award'));
    expect((await uploadAttachments(county, 'flag_award', award.id, [photo])).statusCode).toBe(409);
  });
});
