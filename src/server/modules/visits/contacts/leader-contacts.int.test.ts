import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ok } from '../../../../testing/ok';
import { auditLog } from '../../../platform/audit/tables';
import {
  county,
  db,
  otherTownship,
  regions,
  sessionOf,
  township,
  withVisitsHarness,
} from '../visits-test-kit';
import { beijingToday } from './policy';

// 十联六常 through the API: each county leader's eleven kinds, filled or reported missing; one
// contact per leader and kind; the six kinds of contact logged on days not in the future and
// counted for the year; what another township or county keeps stays invisible and unchangeable.

withVisitsHarness();

const del = (s: typeof county, url: string) => s.request('DELETE', url);
const today = beijingToday();
const year = Number(today.slice(0, 4));
const dayAfter = (n: number) => new Date(Date.parse(today) + n * 86_400_000).toISOString().slice(0, 10);

const addContact = (body: Record<string, unknown>) =>
  ok(county.post('/api/contacts/leader-contacts', { leaderTitle: '县委副书记', ...body }), 201);

type Leader = {
  leaderName: string;
  kinds: { kind: string; contact: unknown }[];
  missing: string[];
  counts: Record<string, number>;
  total: number;
};
const leaderOf = async (s: typeof county, name: string, query = '') => {
  const view = await ok(s.get(`/api/contacts/leaders${query}`));
  return { view, leader: (view.leaders as Leader[]).find((l) => l.leaderName === name) };
};

describe('十联六常 leaders’ contacts', () => {
  it('shows the eleven kinds per leader, those kept and those missing', async () => {
    await addContact({
      leaderName: '韦明',
      kind: 'township',
      targetName: regions.ownTownship.name,
      targetRegionCode: regions.ownTownship.code,
    });
    await addContact({
      leaderName: '韦明',
      kind: 'village',
      targetName: regions.ownVillage.name,
      targetRegionCode: regions.ownVillage.code,
    });
    await addContact({ leaderName: '韦明', kind: 'school', targetName: '平马镇中心小学' });
    const { view, leader } = await leaderOf(county, '韦明');
    expect(view).toMatchObject({ year, whole: true });
    expect(leader?.kinds).toHaveLength(11);
    expect(leader?.kinds.filter((k) => k.contact).map((k) => k.kind)).toEqual([
      'township',
      'village',
      'school',
    ]);
    expect(leader?.missing).toEqual([
      'clinic',
      'enterprise',
      'social_org',
      'cooperative',
      'professional',
      'deputy',
      'veteran',
      'entrepreneur',
    ]);
    const [row] = await db()
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.action, 'contacts.leader_contact.create'), eq(auditLog.entity, 'leader_contact')),
      )
      .limit(1);
    expect(row).toBeDefined();
  });

  it('refuses a second contact of the same kind for a leader, in Chinese, and restores only while the kind is free', async () => {
    const first = await addContact({ leaderName: '黄强', kind: 'enterprise', targetName: '田东芒果加工厂' });
    const again = await county.post('/api/contacts/leader-contacts', {
      leaderName: '黄强',
      kind: 'enterprise',
      targetName: '另一家企业',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toContain('黄强已有“联系一家企业”的联系对象');
    // Another leader may keep the same kind.
    await addContact({ leaderName: '李华', kind: 'enterprise', targetName: '田东芒果加工厂' });
    // Deleting frees the kind; the old one cannot come back over the new one.
    expect((await del(county, `/api/contacts/leader-contacts/${first.id}`)).statusCode).toBe(200);
    const second = await addContact({ leaderName: '黄强', kind: 'enterprise', targetName: '另一家企业' });
    expect((await county.post(`/api/contacts/leader-contacts/${first.id}/restore`)).statusCode).toBe(409);
    await ok(del(county, `/api/contacts/leader-contacts/${second.id}`));
    const restored = await ok(county.post(`/api/contacts/leader-contacts/${first.id}/restore`));
    expect(restored).toMatchObject({ targetName: '田东芒果加工厂', deleted: false });
  });

  it('checks the township or village contacted: its level, existence and the county', async () => {
    const wrongLevel = await county.post('/api/contacts/leader-contacts', {
      leaderName: '陆军',
      kind: 'village',
      targetName: '某乡镇',
      targetRegionCode: regions.ownTownship.code,
    });
    expect(wrongLevel.statusCode).toBe(422);
    expect(wrongLevel.json().fields[0]).toMatchObject({
      path: 'targetRegionCode',
      message: '联系对象应为村',
    });
    const missing = await county.post('/api/contacts/leader-contacts', {
      leaderName: '陆军',
      kind: 'township',
      targetName: '某乡镇',
    });
    expect(missing.json().fields[0].path).toBe('targetRegionCode');
    const foreign = await county.post('/api/contacts/leader-contacts', {
      leaderName: '陆军',
      kind: 'village',
      targetName: regions.otherCountyVillage.name,
      targetRegionCode: regions.otherCountyVillage.code,
    });
    expect(foreign.statusCode).toBe(422);
    const noKind = await county.post('/api/contacts/leader-contacts', {
      leaderName: '陆军',
      kind: 'temple',
      targetName: '某处',
    });
    expect(noKind.statusCode).toBe(400);
    expect(noKind.json().message).toContain('十联');
  });

  it('logs the six kinds of contact on days not in the future and counts them for the year', async () => {
    const contact = await addContact({
      leaderName: '覃林',
      kind: 'cooperative',
      targetName: '芒果种植合作社',
    });
    const logs = `/api/contacts/leader-contacts/${contact.id}/logs`;
    const future = await county.post(logs, { action: 'visit', happenedOn: dayAfter(2) });
    expect(future.statusCode).toBe(422);
    expect(future.json().fields[0]).toMatchObject({ path: 'happenedOn', message: '日期不能晚于今天' });
    const badAction = await county.post(logs, { action: 'checkin', happenedOn: today });
    expect(badAction.statusCode).toBe(400);
    const badDate = await county.post(logs, { action: 'visit', happenedOn: '2026/1/1' });
    expect(badDate.statusCode).toBe(400);
    await ok(county.post(logs, { action: 'visit', happenedOn: today, note: '走访合作社了解销售' }), 201);
    await ok(county.post(logs, { action: 'visit', happenedOn: today }), 201);
    const help = await ok(county.post(logs, { action: 'help', happenedOn: today }), 201);
    // Last year's contact is listed but not counted for this year.
    await ok(county.post(logs, { action: 'preach', happenedOn: `${year - 1}-06-01` }), 201);
    let { leader } = await leaderOf(county, '覃林');
    expect(leader?.counts).toEqual({ contact: 0, visit: 2, help: 1, preach: 0, guide: 0, summarize: 0 });
    expect(leader?.total).toBe(3);
    expect(await ok(county.get(logs))).toHaveLength(4);
    expect(await ok(county.get(`${logs}?year=${year}`))).toHaveLength(3);
    await ok(del(county, `/api/contacts/logs/${help.id}`));
    ({ leader } = await leaderOf(county, '覃林'));
    expect(leader?.counts.help).toBe(0);
  });

  it('lets a leader with an account log against their own contacts, not keep them', async () => {
    // A leader who also heads a township office: their account is the township's.
    const leaderUser = await sessionOf('township', regions.otherTownship.code);
    const me = await ok(leaderUser.get('/api/auth/me'));
    const contact = await addContact({
      leaderName: '岑红',
      kind: 'clinic',
      targetName: '平马镇卫生院',
      leaderUserId: me.id,
    });
    const logged = await ok(
      leaderUser.post(`/api/contacts/leader-contacts/${contact.id}/logs`, {
        action: 'guide',
        happenedOn: today,
      }),
      201,
    );
    expect(logged).toMatchObject({ action: 'guide', mine: true });
    const { leader } = await leaderOf(leaderUser, '岑红');
    expect(leader?.counts.guide).toBe(1);
    expect(
      (await leaderUser.patch(`/api/contacts/leader-contacts/${contact.id}`, { note: '改' })).statusCode,
    ).toBe(403);
    const viaTownship = await township.post(`/api/contacts/leader-contacts/${contact.id}/logs`, {
      action: 'guide',
      happenedOn: today,
    });
    expect(viaTownship.statusCode).toBe(404);
  });

  it('shows a township only the contacts of its own places, and another township none of them', async () => {
    const { view, leader } = await leaderOf(township, '韦明');
    expect(view.whole).toBe(false);
    expect(leader?.kinds.filter((k) => k.contact).map((k) => k.kind)).toEqual(['township', 'village']);
    expect(leader?.missing).toEqual([]);
    const refused = await township.post('/api/contacts/leader-contacts', {
      leaderName: '韦明',
      kind: 'deputy',
      targetName: '某代表',
    });
    expect(refused.statusCode).toBe(403);
    const other = await ok(otherTownship.get('/api/contacts/leaders'));
    expect(JSON.stringify(other)).not.toContain('韦明');
    const { leader: kept } = await leaderOf(county, '韦明');
    const villageContact = kept?.kinds.find((k) => k.kind === 'village')?.contact as { id: string };
    expect(
      (await otherTownship.get(`/api/contacts/leader-contacts/${villageContact.id}/logs`)).statusCode,
    ).toBe(404);
    expect(
      (await township.patch(`/api/contacts/leader-contacts/${villageContact.id}`, { note: '改' })).statusCode,
    ).toBe(403);
  });

  it('keeps another county’s leaders invisible and unchangeable', async () => {
    const lingyun = await sessionOf('county_admin', regions.otherCounty);
    const theirs = await ok(
      lingyun.post('/api/contacts/leader-contacts', {
        leaderName: '凌云领导',
        kind: 'school',
        targetName: '凌云中学',
      }),
      201,
    );
    expect(JSON.stringify(await ok(county.get('/api/contacts/leaders')))).not.toContain('凌云领导');
    expect(
      (await county.patch(`/api/contacts/leader-contacts/${theirs.id}`, { note: '改' })).statusCode,
    ).toBe(404);
    expect((await del(county, `/api/contacts/leader-contacts/${theirs.id}`)).statusCode).toBe(404);
    expect(
      (
        await county.post(`/api/contacts/leader-contacts/${theirs.id}/logs`, {
          action: 'visit',
          happenedOn: today,
        })
      ).statusCode,
    ).toBe(404);
    const intoOurs = await lingyun.post('/api/contacts/leader-contacts', {
      regionCode: regions.county,
      leaderName: '越界',
      kind: 'school',
      targetName: '某校',
    });
    expect(intoOurs.statusCode).toBe(422);
  });

  it('exports the leaders’ table to Excel', async () => {
    const res = await county.get('/api/contacts/leaders/export');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});
