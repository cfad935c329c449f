import { and, desc, eq, gte, inArray, lt, ne, notInArray, type SQL } from 'drizzle-orm';
import { OPEN_EVENT_STATUSES } from '../../../../contracts/api/events';
import type { Open311RequestsQuery } from '../../../../contracts/api/open311';
import type { Db } from '../../../platform/db/types';
import { AppError, NotFound } from '../../../platform/errors';
import { countyScope, inScope } from '../../../platform/scope';
import { eventCategories, events } from '../tables';
import type { Item } from './format';
import { requestViews } from './request-view';

// GET requests and requests/{id}: the county's reports (not drafts, not reports about one
// household's circumstances), newest first; by default those of the last 90 days, at most 1000.

const MAX = 1000;
const DEFAULT_DAYS = 90;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const bad = (message: string) => new AppError(400, 'VALIDATION', message);

const dateOf = (name: string, value: string | undefined): Date | undefined => {
  if (value === undefined || value === '') return undefined;
  const at = /^\d{4}-\d{2}-\d{2}/.test(value) ? new Date(value) : new Date(Number.NaN);
  if (Number.isNaN(at.getTime())) throw bad(`${name} 应为 ISO 8601 日期时间（如 2026-12-01T00:00:00+08:00）`);
  return at;
};

const listOf = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);

/** The county's categories: names for the answer, and the ones Open311 may show. */
const categoriesOf = async (db: Db, county: string) => {
  const rows = await db.select().from(eventCategories).where(eq(eventCategories.regionCode, county));
  const shown = rows.filter((c) => !c.requiredFields.includes('household'));
  return { names: new Map(rows.map((c) => [c.id, c.name])), shown };
};

const find = async (db: Db, county: string, where: SQL[]): Promise<Item[]> => {
  const { names, shown } = await categoriesOf(db, county);
  if (!shown.length) return [];
  const rows = await db
    .select()
    .from(events)
    .where(
      and(
        inScope(events.regionCode, countyScope(county)),
        ne(events.status, 'draft'),
        inArray(
          events.categoryId,
          shown.map((c) => c.id),
        ),
        ...where,
      ),
    )
    .orderBy(desc(events.reportedAt))
    .limit(MAX);
  return requestViews(db, rows, names);
};

export const listRequests = async (db: Db, county: string, q: Open311RequestsQuery): Promise<Item[]> => {
  const ids = listOf(q.service_request_id);
  // With ids, the specification ignores every other filter.
  if (ids.length) {
    const valid = ids.filter((id) => UUID.test(id));
    return valid.length ? find(db, county, [inArray(events.id, valid)]) : [];
  }
  const where: SQL[] = [];
  const codes = listOf(q.service_code);
  if (codes.length) where.push(inArray(events.categoryCode, codes));
  const statuses = listOf(q.status);
  if (statuses.some((s) => s !== 'open' && s !== 'closed')) throw bad('status 只能是 open 或 closed');
  if (statuses.length === 1) {
    const open = [...OPEN_EVENT_STATUSES];
    where.push(statuses[0] === 'open' ? inArray(events.status, open) : notInArray(events.status, open));
  }
  // A range of at most 90 days: the latest 90 days, or 90 days from start_date or up to end_date.
  const span = DEFAULT_DAYS * 86_400_000;
  const from = dateOf('start_date', q.start_date);
  const to = dateOf('end_date', q.end_date);
  const start = from ?? new Date((to?.getTime() ?? Date.now()) - span);
  const end = to ?? (from ? new Date(from.getTime() + span) : undefined);
  if (end && end < start) throw bad('end_date 不能早于 start_date');
  if (end && end.getTime() - start.getTime() > span) throw bad('start_date 与 end_date 相隔不能超过 90 天');
  where.push(gte(events.reportedAt, start));
  if (end) where.push(lt(events.reportedAt, end));
  return find(db, county, where);
};

export const getRequest = async (db: Db, county: string, id: string): Promise<Item[]> => {
  const found = UUID.test(id) ? await find(db, county, [eq(events.id, id)]) : [];
  if (!found.length) throw new NotFound(`service_request_id not found: 没有编号为 ${id} 的事件`);
  return found;
};

export const requestByToken = async (db: Db, county: string, token: string): Promise<Item[]> => {
  const [row] = UUID.test(token)
    ? await db
        .select({ id: events.id })
        .from(events)
        .where(and(eq(events.open311Token, token), inScope(events.regionCode, countyScope(county))))
    : [];
  if (!row) throw new NotFound(`token not found: 没有令牌 ${token}`);
  return [{ service_request_id: row.id, token }];
};
