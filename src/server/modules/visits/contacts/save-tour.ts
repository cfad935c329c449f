import { eq } from 'drizzle-orm';
import type { CreateTourBody, UpdateTourBody } from '../../../../contracts/api/visits-contacts';
import { auditDiff } from '../../../platform/audit/diff';
import { writeAudit } from '../../../platform/audit/write';
import { newId } from '../../../platform/auth/session';
import { type Ctx, inTransaction } from '../../../platform/context';
import { Conflict, Forbidden, invalidField } from '../../../platform/errors';
import { regionNames } from '../../regions/region-view';
import { secretaryTours } from '../tables';
import { toTourViews } from './list-tours';
import { loadTour, type TourRow } from './load';
import { mayEditTour, tourRefusal } from './policy';

// 书记拉练: the county or a township records a tour it organised, with its places (a village of
// its own, or a named place) and notes. Deleting is undoable.

type Fields = Pick<
  TourRow,
  'regionCode' | 'year' | 'quarter' | 'theme' | 'heldOn' | 'places' | 'participants' | 'notes'
>;

const placesOf = (places: CreateTourBody['places']): TourRow['places'] =>
  places.map((p) => ({ regionCode: p.regionCode ?? null, name: p.name, note: p.note ?? null }));

const assertTour = async (tx: Ctx, tour: Fields) => {
  const codes = tour.places.map((p) => p.regionCode).filter((c): c is string => !!c);
  const refusal = tourRefusal(tx.actor, tour, codes);
  if (refusal) throw invalidField(refusal.field, refusal.message);
  const names = await regionNames(tx.db, [tour.regionCode, ...codes]);
  if (!names.has(tour.regionCode)) throw invalidField('regionCode', '组织单位不存在');
  const unknown = codes.findIndex((c) => !names.has(c));
  if (unknown >= 0) throw invalidField(`places.${unknown}.regionCode`, '拉练地点的区划不存在');
};

const audited = (r: Fields) => ({
  year: r.year,
  quarter: r.quarter,
  theme: r.theme,
  heldOn: r.heldOn,
  places: r.places,
  participants: r.participants,
  notes: r.notes,
});

const one = async (tx: Ctx, row: TourRow) => (await toTourViews(tx, [row]))[0];

export const createTour = (ctx: Ctx, body: CreateTourBody) =>
  inTransaction(ctx, async (tx) => {
    const fields: Fields = {
      regionCode: body.regionCode ?? tx.actor.scopeCode,
      year: body.year,
      quarter: body.quarter,
      theme: body.theme,
      heldOn: body.heldOn,
      places: placesOf(body.places),
      participants: body.participants ?? null,
      notes: body.notes ?? null,
    };
    await assertTour(tx, fields);
    const [row] = await tx.db
      .insert(secretaryTours)
      .values({ id: newId(), ...fields })
      .returning();
    await writeAudit(tx.db, tx, {
      action: 'contacts.tour.create',
      entity: 'secretary_tour',
      entityId: row.id,
      regionCode: row.regionCode,
      diff: auditDiff(null, audited(row)),
    });
    return one(tx, row);
  });

export const updateTour = (ctx: Ctx, tourId: string, body: UpdateTourBody) =>
  inTransaction(ctx, async (tx) => {
    const before = await loadTour(tx, tourId, { forUpdate: true });
    if (!mayEditTour(tx.actor, before)) throw new Forbidden('只有组织拉练的县、乡镇可以修改');
    const fields: Fields = {
      regionCode: before.regionCode,
      year: body.year ?? before.year,
      quarter: body.quarter ?? before.quarter,
      theme: body.theme ?? before.theme,
      heldOn: body.heldOn ?? before.heldOn,
      places: body.places ? placesOf(body.places) : before.places,
      participants: body.participants === undefined ? before.participants : body.participants,
      notes: body.notes === undefined ? before.notes : body.notes,
    };
    await assertTour(tx, fields);
    const [after] = await tx.db
      .update(secretaryTours)
      .set({ ...fields, updatedAt: new Date() })
      .where(eq(secretaryTours.id, tourId))
      .returning();
    await writeAudit(tx.db, tx, {
      action: 'contacts.tour.update',
      entity: 'secretary_tour',
      entityId: tourId,
      regionCode: after.regionCode,
      diff: auditDiff(audited(before), audited(after)),
    });
    return one(tx, after);
  });

const setDeleted = (ctx: Ctx, tourId: string, deleted: boolean) =>
  inTransaction(ctx, async (tx) => {
    const before = await loadTour(tx, tourId, { forUpdate: true, deleted: !deleted });
    if (!mayEditTour(tx.actor, before)) throw new Forbidden('只有组织拉练的县、乡镇可以删除');
    if (!deleted && !before.deletedAt) throw new Conflict('该拉练记录未被删除');
    const at = new Date();
    const [after] = await tx.db
      .update(secretaryTours)
      .set({ deletedAt: deleted ? at : null, updatedAt: at })
      .where(eq(secretaryTours.id, tourId))
      .returning();
    await writeAudit(tx.db, tx, {
      action: deleted ? 'contacts.tour.delete' : 'contacts.tour.restore',
      entity: 'secretary_tour',
      entityId: tourId,
      regionCode: after.regionCode,
    });
    return one(tx, after);
  });

export const deleteTour = (ctx: Ctx, tourId: string) => setDeleted(ctx, tourId, true);
export const restoreTour = (ctx: Ctx, tourId: string) => setDeleted(ctx, tourId, false);
