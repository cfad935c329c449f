import { asc, desc, eq } from 'drizzle-orm';
import type { ActivityView, CreateActivityBody } from '../../../../contracts/api/economy-pairings';
import { attachmentCount, attachmentsOf } from '../../../platform/attachments/views';
import { auditDiff } from '../../../platform/audit/diff';
import { writeAudit } from '../../../platform/audit/write';
import { newId } from '../../../platform/auth/session';
import { type Ctx, inTransaction } from '../../../platform/context';
import { Conflict, Forbidden } from '../../../platform/errors';
import { economyPairingActivities as a } from '../tables';
import { ACTIVITY_KIND } from './activity-attachments';
import { loadActivity, loadPairing } from './load';
import { mayEditPairing } from './policy';

// 帮带活动: what a pairing did (a visit, training, a shared order …), newest first, each with its
// photos (platform attachments, kind economy_activity). Recorded by the weak village's side.

type ActivityRow = typeof a.$inferSelect;

const toViews = async (ctx: Ctx, rows: ActivityRow[]): Promise<ActivityView[]> => {
  const photos = await attachmentsOf(
    ctx,
    ACTIVITY_KIND,
    rows.map((r) => r.id),
  );
  return rows.map((r) => {
    const items = photos.get(r.id) ?? [];
    return {
      id: r.id,
      pairingId: r.pairingId,
      happenedOn: r.happenedOn,
      title: r.title,
      detail: r.detail,
      photos: items,
      createdAt: r.createdAt.toISOString(),
    };
  });
};

/** The activities of a pairing the caller sees (either village's side). */
export const listActivities = async (ctx: Ctx, pairingId: string): Promise<ActivityView[]> => {
  await loadPairing(ctx, pairingId);
  const rows = await ctx.db
    .select()
    .from(a)
    .where(eq(a.pairingId, pairingId))
    .orderBy(desc(a.happenedOn), asc(a.createdAt));
  return toViews(ctx, rows);
};

export const createActivity = (ctx: Ctx, pairingId: string, body: CreateActivityBody) =>
  inTransaction(ctx, async (tx) => {
    const pairing = await loadPairing(tx, pairingId);
    if (!mayEditPairing(tx.actor, pairing)) throw new Forbidden('只有受帮扶村所在的县、乡镇可以记录帮带活动');
    const [row] = await tx.db
      .insert(a)
      .values({
        id: newId(),
        pairingId,
        regionCode: pairing.regionCode,
        happenedOn: body.happenedOn,
        title: body.title,
        detail: body.detail ?? null,
        createdBy: tx.actor.userId,
      })
      .returning();
    await writeAudit(tx.db, tx, {
      action: 'economy.pairing_activity.create',
      entity: ACTIVITY_KIND,
      entityId: row.id,
      regionCode: row.regionCode,
      diff: auditDiff(null, { pairingId, happenedOn: row.happenedOn, title: row.title, detail: row.detail }),
    });
    return (await toViews(tx, [row]))[0];
  });

/** Deletes an activity without photos (its photos are removed first, each by the attachments routes). */
export const deleteActivity = (ctx: Ctx, activityId: string) =>
  inTransaction(ctx, async (tx) => {
    const { activity, pairing } = await loadActivity(tx, activityId);
    if (!mayEditPairing(tx.actor, pairing)) throw new Forbidden('只有受帮扶村所在的县、乡镇可以删除帮带活动');
    if ((await attachmentCount(tx, ACTIVITY_KIND, activityId)) > 0)
      throw new Conflict('请先删除该活动的照片，再删除活动');
    await tx.db.delete(a).where(eq(a.id, activityId));
    await writeAudit(tx.db, tx, {
      action: 'economy.pairing_activity.delete',
      entity: ACTIVITY_KIND,
      entityId: activityId,
      regionCode: activity.regionCode,
      diff: auditDiff(
        { happenedOn: activity.happenedOn, title: activity.title, detail: activity.detail },
        null,
      ),
    });
    return { ok: true as const };
  });
