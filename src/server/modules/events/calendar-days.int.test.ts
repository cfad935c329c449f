import { describe, expect, it } from 'vitest';
import { ok } from '../../../testing/ok';
import { county, h, regions, sessionOf, township, withEventsHarness } from './events-test-kit';

// 工作日历 through the API: the national days of a year, the county's own additions (county
// administrator only, audited), refusals in Chinese.

withEventsHarness();

const auditCount = async (action: string) =>
  (
    await h.services.database.rawQuery<{ n: number }>(
      'select count(*)::int as n from audit_log where action = $1',
      [action],
    )
  )[0].n;

describe('GET /api/events/calendar', () => {
  it('lists 2026’s national holidays and 调休 working days', async () => {
    const cal = await ok(township.get('/api/events/calendar?year=2026'));
    expect(cal).toMatchObject({ year: 2026, countyCode: regions.county, nationalKnown: true });
    const byDay = new Map(cal.days.map((d: { day: string }) => [d.day, d]));
    expect(byDay.get('2026-10-01')).toMatchObject({
      kind: 'holiday',
      name: '国庆节',
      source: 'national',
      id: null,
    });
    expect(byDay.get('2026-10-10')).toMatchObject({ kind: 'workday', name: '国庆节', source: 'national' });
    expect(byDay.get('2026-09-20')).toMatchObject({ kind: 'workday' });
    expect(byDay.has('2026-10-17')).toBe(false); // a plain Saturday
  });

  it('refuses a year out of range in Chinese', async () => {
    const res = await township.get('/api/events/calendar?year=1999');
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('年份不早于 2020');
  });
});

describe('the county’s own days', () => {
  it('are added and removed by the county administrator, audited, and shown to the county’s staff', async () => {
    const added = await ok(
      county.post('/api/events/calendar', { day: '2026-04-20', kind: 'holiday', name: '本县三月三' }),
      201,
    );
    expect(added).toMatchObject({ day: '2026-04-20', kind: 'holiday', source: 'county' });
    const extra = await ok(
      county.post('/api/events/calendar', { day: '2026-04-25', kind: 'workday', name: '补班' }),
      201,
    );
    const cal = await ok(township.get('/api/events/calendar?year=2026'));
    expect(
      cal.days.filter((d: { source: string }) => d.source === 'county').map((d: { day: string }) => d.day),
    ).toEqual(['2026-04-20', '2026-04-25']);
    expect(await auditCount('events.calendar.add')).toBe(2);

    const again = await county.post('/api/events/calendar', {
      day: '2026-04-20',
      kind: 'holiday',
      name: '重复',
    });
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain('已在本县工作日历中');

    await ok(county.request('DELETE', `/api/events/calendar/${added.id}`));
    await ok(county.request('DELETE', `/api/events/calendar/${extra.id}`));
    const after = await ok(township.get('/api/events/calendar?year=2026'));
    expect(after.days.some((d: { source: string }) => d.source === 'county')).toBe(false);
    expect(await auditCount('events.calendar.remove')).toBe(2);
    expect((await county.request('DELETE', `/api/events/calendar/${added.id}`)).statusCode).toBe(404);
  });

  it('refuses other roles, another county’s day and days that change nothing', async () => {
    const post = await township.post('/api/events/calendar', {
      day: '2026-04-21',
      kind: 'holiday',
      name: '节日',
    });
    expect(post.statusCode).toBe(403);
    const lingyun = await sessionOf('county_admin', regions.otherCounty);
    const theirs = await ok(
      lingyun.post('/api/events/calendar', { day: '2026-04-22', kind: 'holiday', name: '凌云节日' }),
      201,
    );
    expect((await county.request('DELETE', `/api/events/calendar/${theirs.id}`)).statusCode).toBe(404);
    const own = await ok(county.get('/api/events/calendar?year=2026'));
    expect(own.days.some((d: { name: string }) => d.name === '凌云节日')).toBe(false);

    const offAlready = await county.post('/api/events/calendar', {
      day: '2026-10-01',
      kind: 'holiday',
      name: 'x',
    });
    expect(offAlready.statusCode).toBe(422);
    expect(offAlready.body).toContain('本来就是休息日');
    const workAlready = await county.post('/api/events/calendar', {
      day: '2026-04-23',
      kind: 'workday',
      name: 'x',
    });
    expect(workAlready.body).toContain('本来就是工作日');
    const badDay = await county.post('/api/events/calendar', {
      day: '2026-02-30',
      kind: 'holiday',
      name: 'x',
    });
    expect(badDay.statusCode).toBe(400);
    expect(badDay.body).toContain('日期不存在');
    const noName = await county.post('/api/events/calendar', {
      day: '2026-04-24',
      kind: 'holiday',
      name: ' ',
    });
    expect(noName.body).toContain('请填写名称');
  });
});
