import { beforeAll, describe, expect, it } from 'vitest';
import { seedBoard } from './board-test-kit';
import { h, household, regions, withEventsHarness } from './events-test-kit';

// 公开晾晒: anyone may read a county's overdue list without logging in; nothing personal leaves.

withEventsHarness();

let s: Awaited<ReturnType<typeof seedBoard>>;
let householdId: string;
beforeAll(async () => {
  s = await seedBoard();
  householdId = (await household()).id;
  // One more overdue event with every personal field filled in.
  const { insertEvent, insertStage, at, endOf } = await import('./board-test-kit');
  const e = await insertEvent({
    village: regions.ownVillage.code,
    status: 'village',
    reportedAt: at('2026-03-20 09:00'),
    reporterName: '覃丽华',
    description: '我家老人走失，联系 18877665544',
    address: '百色市那坡县城厢镇龙华路12号',
    lat: 23.4211,
    lng: 105.8333,
    householdId,
  });
  await insertStage(e, {
    kind: 'village',
    owner: 'village',
    startedAt: e.reportedAt,
    dueAt: endOf('2026-03-23'),
  });
});

const get = (url: string) => h.app.inject({ method: 'GET', url });

describe('public overdue board', () => {
  it('lists the county’s open overdue stages without logging in, and nothing personal', async () => {
    const res = await get('/api/public/events/overdue?county=451022');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.county).toBe(regions.county);
    expect(typeof body.countyName).toBe('string');
    expect(Date.parse(body.at)).not.toBeNaN();
    // e3 and the April event (village A), e8 (民政's handling), e10 (village C) and the event above;
    // not e4 or e8's housing acknowledgement (not due), not the other county's event.
    expect(body.items).toHaveLength(5);
    const owners = body.items
      .map((i: { ownerKind: string; owner: string }) => `${i.ownerKind}:${i.owner}`)
      .sort();
    expect(owners).toContain('department:民政');
    expect(owners.filter((o: string) => o.startsWith('village:'))).toHaveLength(4);
    for (const item of body.items) {
      expect(Object.keys(item).sort()).toEqual(
        ['category', 'daysOverdue', 'dueAt', 'number', 'owner', 'ownerKind', 'township', 'village'].sort(),
      );
      expect(item.daysOverdue).toBeGreaterThan(0);
      expect(item.village).not.toBe('');
    }
    const oldest = body.items[0];
    expect(oldest.dueAt).toBe(new Date('2026-03-06T16:00:00Z').toISOString()); // e10's accept, due 03-06 24:00
    for (const secret of [
      '韦秀英',
      '黄志强',
      '陆美玲',
      '覃丽华',
      '13907781234',
      '18877665544',
      '0776-7212345',
      '452626199001011234',
      '坡头屯',
      '龙华路',
      '那坡村委旁',
      '23.4211',
      '105.8333',
      '23.1',
      '106.4',
      householdId,
      s.e3.id,
      s.e8.id,
    ])
      expect(res.body).not.toContain(secret);
  });

  it('shows only the county asked for, and refuses a county that does not exist', async () => {
    const other = (await get(`/api/public/events/overdue?county=${regions.otherCounty}`)).json();
    expect(other.items).toHaveLength(1);
    expect(other.items[0].number).toBe(`${s.away.year}-${s.away.regionCode.slice(6, 12)}-${s.away.serial}`);
    expect((await get('/api/public/events/overdue?county=999999')).statusCode).toBe(404);
    expect((await get('/api/public/events/overdue?county=45')).statusCode).toBe(400);
  });

  it('limits how often one address may ask', async () => {
    const res = await get('/api/public/events/overdue?county=451022');
    expect(res.headers['x-ratelimit-limit']).toBe('60');
  });
});
