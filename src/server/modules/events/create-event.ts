import { and, eq, sql } from 'drizzle-orm';
import gcoord from 'gcoord';
import type { CreateEventBody, EventView } from '../../../contracts/api/events';
import { levelOfCode } from '../../../contracts/region-code';
import { auditDiff } from '../../platform/audit/diff';
import { writeAudit } from '../../platform/audit/write';
import { newId } from '../../platform/auth/session';
import { users } from '../../platform/auth/tables';
import { type Ctx, inTransaction } from '../../platform/context';
import { Conflict, Forbidden, invalidField, NotFound } from '../../platform/errors';
import { assertInScope, countyCodeOf, isUnder, scopeOf, villageOf } from '../../platform/scope';
import { recordCreated } from '../../platform/workflow/transition';
import { gridSummaries } from '../grids/lookups';
import { myGrids } from '../grids/my-grids';
import { getPersonInScope, householdSummaries } from '../households/lookups';
import { eventByKey, eventViews } from './event-view';
import { firstStage } from './first-stage';
import { eventWorkflowKind } from './kinds';
import { serviceItemOf } from './service-request';
import { eventCategories, events } from './tables';

// 上报事件: a villager, grid worker or village cadre reports with category, text and place; the
// village and grid come from the account or the household. Sent again with the same
// Idempotency-Key (a phone that lost its signal), it answers with the event already filed.

const RESIDENT_ROLES = new Set(['villager', 'party_member']);

/** The household of the caller's own person record (a villager's or party member's). */
const ownHousehold = async (ctx: Ctx): Promise<string | null> => {
  const [row] = await ctx.db
    .select({ personId: users.personId })
    .from(users)
    .where(eq(users.id, ctx.actor.userId));
  if (!row?.personId) return null;
  const person = await getPersonInScope(ctx, row.personId).catch(() => null);
  return person?.householdId ?? null;
};

export interface Place {
  regionCode: string;
  householdId: string | null;
  gridId: string | null;
}

/** Where the event is: the household's village and small grid, else the caller's or the chosen village. */
export const placeOf = async (ctx: Ctx, body: CreateEventBody): Promise<Place> => {
  const householdId =
    body.householdId ?? (RESIDENT_ROLES.has(ctx.actor.role) ? await ownHousehold(ctx) : null);
  if (householdId) {
    const household = (await householdSummaries(ctx, [householdId])).get(householdId);
    if (!household) throw invalidField('householdId', '户不存在或不在您的管辖范围内');
    return { regionCode: household.regionCode, householdId, gridId: body.gridId ?? household.gridId };
  }
  let gridId = body.gridId ?? null;
  let regionCode = body.regionCode ?? null;
  if (gridId) {
    const grid = (await gridSummaries(ctx, [gridId])).get(gridId);
    if (!grid) throw invalidField('gridId', '网格不存在或不在您的管辖范围内');
    regionCode ??= grid.regionCode;
  } else if (ctx.actor.role === 'grid_worker') {
    const mine = (await myGrids(ctx)).items;
    const own = mine.find((g) => !regionCode || isUnder(g.regionCode, villageOf(regionCode)));
    gridId = own?.id ?? null;
    regionCode ??= own?.regionCode ?? null;
  }
  regionCode ??= ctx.actor.scopeCode;
  const level = levelOfCode(regionCode);
  if (level !== 'village' && level !== 'group')
    throw invalidField('regionCode', '请选择事件所在的村（社区）');
  try {
    assertInScope(regionCode, scopeOf(ctx.actor));
  } catch {
    throw invalidField('regionCode', '所选村不在您的管辖范围内');
  }
  return { regionCode, householdId: null, gridId };
};

/** WGS84 coordinates of the report (phone maps in China give GCJ-02). */
const wgs84Of = (location: CreateEventBody['location']) => {
  if (!location) return { lat: null, lng: null };
  if (location.datum !== 'gcj02') return { lat: location.lat, lng: location.lng };
  const [lng, lat] = gcoord.transform([location.lng, location.lat], gcoord.GCJ02, gcoord.WGS84) as [
    number,
    number,
  ];
  return { lat: Math.round(lat * 1e7) / 1e7, lng: Math.round(lng * 1e7) / 1e7 };
};

const scopedKey = (ctx: Ctx, clientKey: string | undefined) =>
  clientKey ? `event:${ctx.actor.userId}:${clientKey}` : null;

/** The next 事件编号 of a village and year (serialized per village by an advisory lock). */
const nextSerial = async (tx: Ctx, regionCode: string, year: number): Promise<number> => {
  const village = villageOf(regionCode);
  await tx.db.execute(
    sql`select pg_advisory_xact_lock(hashtext(${`zhenxing.events.serial.${village}.${year}`}))`,
  );
  const [row] = await tx.db
    .select({ last: sql<number>`coalesce(max(${events.serial}), 0)::int` })
    .from(events)
    .where(and(eq(events.year, year), eq(events.regionCode, regionCode)));
  return (row?.last ?? 0) + 1;
};

/** What only other modules' use cases give, never the request body. */
export interface EventOrigin {
  /** The record the event came from (a 十问十清 visit for source 'visit'). */
  originId?: string;
}

const create = (
  ctx: Ctx,
  body: CreateEventBody,
  key: string | null,
  from: EventView['source'],
  origin: EventOrigin,
) =>
  inTransaction(ctx, async (tx) => {
    let source = from;
    const place = await placeOf(tx, body);
    const item = body.serviceItemId ? await serviceItemOf(tx, body.serviceItemId, place.regionCode) : null;
    const [category] = await tx.db
      .select()
      .from(eventCategories)
      .where(
        and(
          item ? eq(eventCategories.code, item.categoryCode) : eq(eventCategories.id, body.categoryId),
          eq(eventCategories.regionCode, countyCodeOf(place.regionCode)),
        ),
      );
    if (!category) throw invalidField(item ? 'serviceItemId' : 'categoryId', '请选择事件类别');
    if (!category.active)
      throw invalidField(item ? 'serviceItemId' : 'categoryId', '该类别已停用，请重新选择');
    if (item) source = 'service';
    // A service request (服务清单) follows the item's guide, not the category's report fields.
    const required = item ? [] : category.requiredFields;
    const { lat, lng } = wgs84Of(body.location);
    if (required.includes('location') && lat == null && !body.address?.trim())
      throw invalidField('location', `「${category.name}」须填写位置或地址`);
    if (required.includes('household') && !place.householdId)
      throw invalidField('householdId', `「${category.name}」须选择所涉农户`);
    // An Open311 client gives its photo as a link (media_url, checked by open311/post-request.ts).
    if (required.includes('photo') && !body.draft && source !== 'open311')
      throw new Conflict(`「${category.name}」须附现场照片：请先拍照上传，再提交`, [
        { path: 'draft', message: '须附现场照片' },
      ]);
    const now = new Date();
    const year = Number(now.toISOString().slice(0, 4));
    const status = body.draft ? 'draft' : 'reported';
    const [created] = await tx.db
      .insert(events)
      .values({
        id: newId(),
        regionCode: place.regionCode,
        serial: await nextSerial(tx, place.regionCode, year),
        year,
        categoryId: category.id,
        categoryCode: category.code,
        gridId: place.gridId,
        householdId: place.householdId,
        serviceItemId: item?.id ?? null,
        source,
        title: body.title?.trim() || (item ? `申请办理：${item.name}` : body.description.trim().slice(0, 30)),
        description: body.description.trim(),
        lat,
        lng,
        address: body.address?.trim() || null,
        status,
        level: category.handlingLevel === 'township' ? 'township' : 'village',
        reporterId: tx.actor.userId,
        reporterName: tx.actor.displayName,
        reportedAt: now,
        idempotencyKey: key,
        originId: origin.originId ?? null,
      })
      .returning();
    await recordCreated(tx, { kind: eventWorkflowKind }, created, status, body.draft ? 'create' : 'submit');
    if (status === 'reported') await firstStage(tx, created, category, now);
    await writeAudit(tx.db, tx, {
      action: 'events.event.create',
      entity: 'event',
      entityId: created.id,
      regionCode: created.regionCode,
      diff: auditDiff(null, {
        category: `${category.code} ${category.name}`,
        title: created.title,
        status,
        source,
      }),
    });
    return (await eventViews(tx, [created]))[0];
  });

/** 上报事件 (idempotent with the phone's key). */
export const createEvent = async (
  ctx: Ctx,
  body: CreateEventBody,
  clientKey?: string,
  source?: EventView['source'],
  origin: EventOrigin = {},
): Promise<EventView> => {
  if (!source && ctx.actor.role === 'department') throw new Forbidden('部门账号不能上报网格事件');
  const from =
    source ??
    (RESIDENT_ROLES.has(ctx.actor.role)
      ? 'villager'
      : ctx.actor.role === 'grid_worker'
        ? 'grid_worker'
        : 'staff');
  const key = scopedKey(ctx, clientKey);
  if (key) {
    const earlier = await eventByKey(ctx, key);
    if (earlier) return earlier;
  }
  try {
    return await create(ctx, body, key, from, origin);
  } catch (error) {
    // A twin request with the same key committed while this one ran: answer with its event.
    if (key) {
      const earlier = await eventByKey(ctx, key);
      if (earlier) return earlier;
    }
    if (error instanceof NotFound) throw invalidField('regionCode', '所选村不在您的管辖范围内');
    throw error;
  }
};
