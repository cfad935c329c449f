import { beforeAll, describe, expect, it } from 'vitest';
import type { BoardRow, BoardView } from '../../../contracts/api/events-board';
import type { Session } from '../../../testing/factories';
import { ok } from '../../../testing/ok';
import { newId } from '../../platform/auth/session';
import { at, insertEvent, seedBoard } from './board-test-kit';
import { loadCalendar, workingDaysBetween } from './calendar';
import {
  county,
  departmentSession,
  h,
  regions,
  sessionOf,
  township,
  village,
  withEventsHarness,
} from './events-test-kit';
import { eventCalendarDays } from './tables';

// The KPI board against figures worked out by hand from the rows of seedBoard (board-test-kit.ts),
// its scope, and the drill-down listing exactly the events a figure counts.

withEventsHarness();

let s: Awaited<ReturnType<typeof seedBoard>>;
beforeAll(async () => {
  s = await seedBoard();
});

const PERIOD = 'from=2026-03-01&to=2026-03-31';
const board = (as: Session, unit: string, extra = ''): Promise<BoardView> =>
  ok(as.get(`/api/events/board?unit=${unit}&${PERIOD}${extra}`));
const row = (b: BoardView, key: string) => b.rows.find((r) => r.key === key) as BoardRow;
const drill = async (as: Session, unit: string, key: string, figure: string) =>
  ok(
    as.get(`/api/events/board/events?unit=${unit}&key=${key}&figure=${figure}&${PERIOD}&pageSize=200`),
  ) as Promise<{
    items: { id: string; reporterName: string | null }[];
    total: number;
  }>;
const ids = (xs: { id: string }[]) => xs.map((x) => x.id).sort();

describe('events KPI board', () => {
  it('gives each village the figures worked out by hand', async () => {
    const b = await board(county, 'village');
    expect(b.rows.map((r) => r.key).sort()).toEqual([s.A, s.B, s.C].sort());
    expect(row(b, s.A)).toMatchObject({
      name: regions.ownVillage.name,
      reported: 5, // e1 e2 e3 e4 e7 (no draft, nothing from April)
      closed: 2, // e1 e2
      timedStages: 6, // accepts of e1 e2 e3 e4 and village stages of e1 e2 (e7's was cancelled)
      onTimeStages: 4, // e2's accept and e4's escalated accept were late
      onTimeRate: 0.6667,
      meanStageDays: 1.42, // (0.5 + 2 + 1 + 3 + 1 + 1) / 6
      meanCloseDays: 1.75, // (Mon 09:00 → Wed 15:00 = 2.25, Fri 12:00 → Mon 18:00 = 1.25) / 2
      rated: 1,
      meanRating: 5,
      satisfied: 1,
      satisfiedRate: 1,
      redo: 1,
      redoRate: 0.5,
      open: 1, // e3's village stage
      overdue: 1,
    });
    expect(row(b, s.B)).toMatchObject({
      reported: 2,
      closed: 1,
      timedStages: 1,
      onTimeStages: 1,
      onTimeRate: 1,
      meanStageDays: 0.2,
      meanCloseDays: 1.5, // Wed 08:00 → Thu 20:00
      rated: 1,
      meanRating: 4,
      satisfiedRate: 1,
      redo: 0,
      redoRate: 0,
      open: 0,
      overdue: 0,
    });
    expect(row(b, s.C)).toMatchObject({
      reported: 1,
      closed: 0,
      timedStages: 0,
      onTimeRate: null,
      meanStageDays: null,
      meanCloseDays: null,
      meanRating: null,
      satisfiedRate: null,
      redoRate: null,
      open: 1,
      overdue: 1,
    });
  });

  it('gives each township and department its own stages', async () => {
    const t = await board(county, 'township');
    expect(row(t, regions.ownTownship.code)).toMatchObject({
      reported: 7,
      closed: 3,
      timedStages: 3, // e8's township stage, e9's township and review stages
      onTimeStages: 3,
      meanStageDays: 0.58, // (1 + 0.5 + 0.25) / 3
      meanCloseDays: 1.67, // (2.25 + 1.25 + 1.5) / 3
      rated: 2,
      meanRating: 4.5,
      satisfied: 2,
      redo: 1,
      redoRate: 0.3333,
      open: 1, // e4 at the township, not yet due
      overdue: 0,
    });
    expect(row(t, regions.otherTownship.code)).toMatchObject({ reported: 1, open: 0, timedStages: 0 });

    const d = await board(county, 'department');
    expect(d.rows.map((r) => r.key).sort()).toEqual(['civil_affairs', 'housing']);
    expect(row(d, 'civil_affairs')).toMatchObject({
      name: '民政',
      reported: 2, // e8 e9 dispatched to it
      closed: 1,
      timedStages: 3,
      onTimeStages: 2, // e9's acknowledgement came a day late
      onTimeRate: 0.6667,
      meanStageDays: 0.58, // (0.5 + 1 + 0.25) / 3
      meanCloseDays: null,
      rated: 1,
      meanRating: 4,
      redoRate: 0,
      open: 1,
      overdue: 1, // e8's handling, due 03-20
    });
    expect(row(d, 'housing')).toMatchObject({ reported: 1, closed: 0, timedStages: 0, open: 1, overdue: 0 });
  });

  it('narrows to the category and keeps each caller to its scope', async () => {
    expect((await board(county, 'village', '&category=E01')).rows).toEqual([]);
    const own = await board(township, 'village');
    expect(own.rows.map((r) => r.key).sort()).toEqual([s.A, s.B].sort());
    expect((await board(village, 'village')).rows.map((r) => r.key)).toEqual([s.A]);
    expect((await board(village, 'township')).rows.map((r) => r.reported)).toEqual([5]);

    const civil = await departmentSession('civil_affairs');
    expect((await board(civil, 'department')).rows.map((r) => r.key)).toEqual(['civil_affairs']);
    expect((await civil.get(`/api/events/board?unit=village&${PERIOD}`)).statusCode).toBe(403);
    expect(
      (await civil.get(`/api/events/board/events?unit=department&key=housing&figure=reported&${PERIOD}`))
        .statusCode,
    ).toBe(404);
    expect(
      (await township.get(`/api/events/board/events?unit=village&key=${s.C}&figure=reported&${PERIOD}`))
        .statusCode,
    ).toBe(404);
    const outsider = await sessionOf('township', regions.otherCountyTownship.code);
    expect((await board(outsider, 'village')).rows.map((r) => r.key)).toEqual([
      regions.otherCountyVillage.code,
    ]);
  });

  it('opens exactly the events behind each figure', async () => {
    const b = await board(county, 'village');
    const counted = ['reported', 'closed', 'rated', 'satisfied', 'redo', 'open', 'overdue'] as const;
    for (const r of b.rows)
      for (const figure of counted) {
        const list = await drill(county, 'village', r.key, figure);
        expect(list.total, `${r.key} ${figure}`).toBe(r[figure]);
        expect(list.items).toHaveLength(r[figure]);
      }
    expect(ids((await drill(county, 'village', s.A, 'reported')).items)).toEqual(
      ids([s.e1, s.e2, s.e3, s.e4, s.e7]),
    );
    expect(ids((await drill(county, 'village', s.A, 'timed')).items)).toEqual(ids([s.e1, s.e2, s.e3, s.e4]));
    expect(ids((await drill(county, 'village', s.A, 'late')).items)).toEqual(ids([s.e2, s.e4]));
    expect(ids((await drill(county, 'village', s.A, 'redo')).items)).toEqual([s.e2.id]);
    expect(ids((await drill(county, 'village', s.A, 'overdue')).items)).toEqual([s.e3.id]);
    expect(ids((await drill(county, 'township', regions.ownTownship.code, 'open')).items)).toEqual([s.e4.id]);
    expect(ids((await drill(county, 'department', 'civil_affairs', 'reported')).items)).toEqual(
      ids([s.e8, s.e9]),
    );
    expect(ids((await drill(county, 'department', 'civil_affairs', 'late')).items)).toEqual([s.e9.id]);
    expect(ids((await drill(county, 'department', 'housing', 'reported')).items)).toEqual([s.e8.id]);
    expect(ids((await drill(county, 'department', 'civil_affairs', 'overdue')).items)).toEqual([s.e8.id]);
  });

  it('exports the board as a sheet and audits the export', async () => {
    const res = await county.get(`/api/events/board/export?unit=village&${PERIOD}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    const names = sheet.getColumn(1).values.slice(2);
    expect(names).toContain(regions.ownVillage.name);
    const line = sheet.getRow(names.indexOf(regions.ownVillage.name) + 2).values as unknown[];
    expect(line.slice(1, 5)).toEqual([regions.ownVillage.name, 5, 2, 66.7]);
    const audit = await h.services.database.db.execute(
      "select count(*)::int as n from audit_log where action = 'events.board.export'",
    );
    expect(Number((audit as unknown as { rows: { n: number }[] }).rows[0].n)).toBe(1);
  });

  it('counts working days to closure as the county calendar does, holidays, 调休 and own days included', async () => {
    const db = h.services.database.db;
    // The county's own day off on top of the national calendar (National Day 2026 and its 调休).
    await db.insert(eventCalendarDays).values({
      id: newId(),
      regionCode: regions.county,
      day: '2026-10-12',
      kind: 'holiday',
      name: '县庆',
    });
    const e = await insertEvent({
      village: s.C,
      status: 'closed',
      reportedAt: at('2026-09-29 09:00'),
      closedAt: at('2026-10-14 15:00'),
    });
    const calendar = await loadCalendar(db, regions.county, '2026-09-01');
    const expected = workingDaysBetween(calendar, e.reportedAt, e.closedAt as Date);
    expect(calendar.isWorkday('2026-10-12')).toBe(false);
    expect(expected).toBeLessThan(10);
    const b: BoardView = await ok(county.get('/api/events/board?unit=village&from=2026-09-01&to=2026-10-31'));
    expect(row(b, s.C).meanCloseDays).toBe(Math.round(expected * 100) / 100);
  });

  it('refuses a period that ends before it starts and a unit that does not fit its key', async () => {
    expect(
      (await county.get('/api/events/board?unit=village&from=2026-03-31&to=2026-03-01')).statusCode,
    ).toBe(400);
    expect(
      (await county.get(`/api/events/board/events?unit=department&key=${s.A}&figure=open&${PERIOD}`))
        .statusCode,
    ).toBe(400);
  });
});
