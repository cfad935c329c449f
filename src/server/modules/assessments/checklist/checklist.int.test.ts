import { describe, expect, it } from 'vitest';
import { ok } from '../../../../testing/ok';
import { testPhoto, uploadAttachments } from '../../../../testing/photos';
import {
  county,
  otherTownship,
  regions,
  sessionOf,
  township,
  village,
  withAssessHarness,
} from '../assessments-test-kit';
import { addReserveCadre, checklistOf, entryOf, plain, putEntry } from './checklist-test-kit';
import { beijingYear } from './policy';

withAssessHarness();

const year = beijingYear();

describe('a village’s 十有五化', () => {
  it('lists every active item of the county, the record-answered ones marked', async () => {
    const list = await checklistOf(village);
    expect(list.year).toBe(year);
    expect(list.editable).toBe(true);
    expect(list.entries.map((e) => e.code)).toEqual([
      'H01',
      'H02',
      'H03',
      'H04',
      'H05',
      'H06',
      'H07',
      'H08',
      'H09',
      'H10',
      'Z1',
      'Z2',
      'Z3',
      'Z4',
      'Z5',
    ]);
    expect(list.entries.filter((e) => e.fromRecords).map((e) => e.code)).toEqual([
      'H03',
      'H06',
      'H07',
      'H08',
    ]);
    expect(list.total).toBe(15);
  });

  it('saves a tick with a note and audits it', async () => {
    const h05 = await entryOf(village, 'H05');
    const saved = await ok(
      putEntry(village, regions.ownVillage.code, h05.itemId, {
        year,
        done: true,
        note: '阵地已按县定标准建成',
      }),
    );
    expect(saved).toMatchObject({ code: 'H05', done: true, note: '阵地已按县定标准建成' });
    expect(await entryOf(village, 'H05')).toMatchObject({ done: true, note: '阵地已按县定标准建成' });
    const audit = await plain<{ region_code: string; diff: { after: { done: boolean } } }>(
      `select region_code, diff from audit_log where action = 'assessments.checklist.entry.update' and entity_id = $1`,
      [saved.id],
    );
    expect(audit).toHaveLength(1);
    expect(audit[0].region_code).toBe(regions.ownVillage.code);
    expect(audit[0].diff.after.done).toBe(true);
  });

  it('refuses a hand tick of an item the records answer, in Chinese, but takes a note', async () => {
    const h08 = await entryOf(village, 'H08');
    const res = await putEntry(village, regions.ownVillage.code, h08.itemId, { year, done: !h08.done });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toContain('自动判定');
    expect((await entryOf(village, 'H08')).done).toBe(h08.done);
    const noted = await ok(
      putEntry(village, regions.ownVillage.code, h08.itemId, { year, note: '无群体性事件' }),
    );
    expect(noted).toMatchObject({ note: '无群体性事件', done: h08.done });
  });

  it('answers H03 from the reserve cadres the records hold, and changes when they change', async () => {
    expect(await entryOf(village, 'H03')).toMatchObject({ done: false, recordValue: 0 });
    await addReserveCadre();
    expect(await entryOf(village, 'H03')).toMatchObject({ done: false, recordValue: 1 });
    const second = await addReserveCadre();
    expect(await entryOf(village, 'H03')).toMatchObject({ done: true, recordValue: 2 });
    const left = new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10);
    await ok(county.patch(`/api/cadres/${second.id}`, { isReserve: true, endedOn: left }));
    expect(await entryOf(village, 'H03')).toMatchObject({ done: false, recordValue: 1 });
  });

  it('answers H08 from the events overdue now', async () => {
    expect(await entryOf(village, 'H08')).toMatchObject({ done: true, recordValue: 0 });
    const grid = await sessionOf('grid_worker', regions.ownVillage.code);
    const [category] = await plain<{ id: string }>(
      `select id from event_categories where region_code = $1 and code = 'E14'`,
      [regions.county],
    );
    const event = await ok(
      grid.post('/api/events', { categoryId: category.id, description: '村口路灯坏了三盏，晚上看不清路' }),
      201,
    );
    await plain(
      `update event_stages set due_at = now() - interval '1 day' where event_id = $1 and ended_at is null`,
      [event.id],
    );
    expect(await entryOf(village, 'H08')).toMatchObject({ done: false, recordValue: 1 });
    await plain(
      `update event_stages set due_at = now() + interval '1 day' where event_id = $1 and ended_at is null`,
      [event.id],
    );
    expect(await entryOf(village, 'H08')).toMatchObject({ done: true, recordValue: 0 });
  });

  it('takes photos and PDFs as evidence on an entry', async () => {
    const h05 = await entryOf(village, 'H05');
    const photo = await testPhoto();
    const res = await uploadAttachments(village, 'checklist_entry', h05.id, [
      { name: '阵地.jpg', type: 'image/jpeg', bytes: photo },
    ]);
    expect(res.statusCode, res.body).toBe(201);
    expect((await entryOf(village, 'H05')).evidenceCount).toBe(1);
  });

  it('lets the village fill the current year only; the township corrects last year', async () => {
    const last = year - 1;
    const h05 = await entryOf(village, 'H05');
    const refused = await putEntry(village, regions.ownVillage.code, h05.itemId, { year: last, done: true });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().message).toContain('已结束');
    expect((await checklistOf(village, regions.ownVillage.code, last)).editable).toBe(false);
    await ok(
      putEntry(township, regions.ownVillage.code, h05.itemId, { year: last, done: true, note: '乡镇更正' }),
    );
    expect(await entryOf(township, 'H05', regions.ownVillage.code, last)).toMatchObject({ done: true });
    const stationed = await sessionOf('stationed_cadre', regions.ownVillage.code);
    const h09 = await entryOf(stationed, 'H09');
    await ok(putEntry(stationed, regions.ownVillage.code, h09.itemId, { year, done: true }));
  });

  it('answers 404 for a village outside the caller’s scope', async () => {
    const h05 = await entryOf(village, 'H05');
    const other = regions.otherCountyVillage.code;
    expect((await county.get(`/api/assess/checklist/villages/${other}`)).statusCode).toBe(404);
    expect((await putEntry(county, other, h05.itemId, { year, done: true })).statusCode).toBe(404);
    expect(
      (await otherTownship.get(`/api/assess/checklist/villages/${regions.ownVillage.code}`)).statusCode,
    ).toBe(404);
    expect(
      (await putEntry(otherTownship, regions.ownVillage.code, h05.itemId, { year, done: true })).statusCode,
    ).toBe(404);
    const [lingyunItem] = await plain<{ id: string }>(
      `select id from checklist_items where region_code = $1 and code = 'H05'`,
      [regions.otherCounty],
    );
    expect(
      (await putEntry(county, regions.ownVillage.code, lingyunItem.id, { year, done: true })).statusCode,
    ).toBe(404);
    const rows = await plain<{ n: number }>(
      `select count(*)::int as n from checklist_entries where region_code like $1`,
      [`${regions.otherCounty.slice(0, 6)}%`],
    );
    expect(rows[0].n).toBe(0);
  });
});

describe('the county’s catalogue', () => {
  it('adds, edits and stops items; only the county may', async () => {
    const created = await ok(
      county.post('/api/assess/checklist/items', {
        code: 'h11',
        group: 'have',
        name: '有后备力量',
        evidence: '后备干部 1 名以上',
        source: { figure: 'cadres.reserve', map: 'atLeast', min: 1 },
        sort: 99,
      }),
      201,
    );
    expect(created).toMatchObject({ code: 'H11', sourceLabel: '后备干部数', active: true });
    expect(
      (await county.post('/api/assess/checklist/items', { code: 'H11', group: 'have', name: '重复' }))
        .statusCode,
    ).toBe(409);
    const unknown = await county.post('/api/assess/checklist/items', {
      code: 'H12',
      group: 'have',
      name: '未知来源',
      source: { figure: 'nope.figure', map: 'atMost', max: 0 },
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().fields.map((f: { path: string }) => f.path)).toContain('source.figure');
    expect(
      (await township.post('/api/assess/checklist/items', { code: 'H13', group: 'have', name: '乡镇' }))
        .statusCode,
    ).toBe(403);
    expect((await checklistOf(village)).entries.map((e) => e.code)).toContain('H11');
    const stopped = await ok(
      county.patch(`/api/assess/checklist/items/${created.id}`, {
        active: false,
        name: '有后备力量（停用）',
      }),
    );
    expect(stopped.active).toBe(false);
    expect((await checklistOf(village)).entries.map((e) => e.code)).not.toContain('H11');
    const items = await ok(county.get('/api/assess/checklist/items?includeInactive=true'));
    expect(items.map((i: { code: string }) => i.code)).toContain('H11');
    const audit = await plain<{ action: string }>(
      `select action from audit_log where entity_id = $1 order by seq`,
      [created.id],
    );
    expect(audit.map((a) => a.action)).toEqual([
      'assessments.checklist.item.create',
      'assessments.checklist.item.update',
    ]);
    expect(
      (await township.patch(`/api/assess/checklist/items/${created.id}`, { active: true })).statusCode,
    ).toBe(404);
  });
});
