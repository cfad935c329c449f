import { and, eq, isNull } from 'drizzle-orm';
import type {
  CreateLeaderContactBody,
  UpdateLeaderContactBody,
} from '../../../../contracts/api/visits-contacts';
import { auditDiff } from '../../../platform/audit/diff';
import { writeAudit } from '../../../platform/audit/write';
import { newId } from '../../../platform/auth/session';
import { type Ctx, inTransaction } from '../../../platform/context';
import { Conflict, Forbidden, invalidField } from '../../../platform/errors';
import { regionNames } from '../../regions/region-view';
import { CONTACT_KINDS } from '../defaults';
import { leaderContacts } from '../tables';
import { toContactView } from './contact-view';
import { type ContactRow, loadContact } from './load';
import {
  beijingToday,
  leaderContactRefusal,
  leaderCounty,
  mayEditLeaderContact,
  mayKeepLeaderContacts,
} from './policy';

// 十联: the county administrator keeps each leader's eleven contacts, one per kind. A second
// contact of the same kind for the same leader is 409 (edit or delete the first).

const kindName = (kind: string) => CONTACT_KINDS.find((k) => k.code === kind)?.name.zh ?? kind;
const thisYear = () => Number(beijingToday().slice(0, 4));

export const duplicateKind = (leaderName: string, kind: string) =>
  `${leaderName}已有“${kindName(kind)}”的联系对象，每位领导每类只联系一个，请修改原有记录`;

export const assertKindFree = async (
  tx: Ctx,
  row: Pick<ContactRow, 'regionCode' | 'leaderName' | 'kind'>,
  except?: string,
) => {
  const living = await tx.db
    .select({ id: leaderContacts.id })
    .from(leaderContacts)
    .where(
      and(
        eq(leaderContacts.regionCode, row.regionCode),
        eq(leaderContacts.leaderName, row.leaderName),
        eq(leaderContacts.kind, row.kind),
        isNull(leaderContacts.deletedAt),
      ),
    );
  if (living.some((l) => l.id !== except)) throw new Conflict(duplicateKind(row.leaderName, row.kind));
};

const assertTarget = async (tx: Ctx, county: string, kind: string, target: string | null | undefined) => {
  const refusal = leaderContactRefusal(tx.actor, county, kind, target);
  if (refusal) throw invalidField(refusal.field, refusal.message);
  if (target && !(await regionNames(tx.db, [target])).has(target))
    throw invalidField('targetRegionCode', '联系对象所在地不存在');
};

const audited = (row: ContactRow) => ({
  leaderName: row.leaderName,
  leaderTitle: row.leaderTitle,
  kind: row.kind,
  targetName: row.targetName,
  targetRegionCode: row.targetRegionCode,
  note: row.note,
});

export const createLeaderContact = (ctx: Ctx, body: CreateLeaderContactBody) =>
  inTransaction(ctx, async (tx) => {
    if (!mayKeepLeaderContacts(tx.actor)) throw new Forbidden('只有县委组织部可以维护县领导的十联对象');
    const county = leaderCounty(tx.actor, body.regionCode);
    await assertTarget(tx, county, body.kind, body.targetRegionCode);
    await assertKindFree(tx, { regionCode: county, leaderName: body.leaderName, kind: body.kind });
    const [row] = await tx.db
      .insert(leaderContacts)
      .values({
        id: newId(),
        regionCode: county,
        leaderName: body.leaderName,
        leaderTitle: body.leaderTitle ?? null,
        leaderUserId: body.leaderUserId ?? null,
        kind: body.kind,
        targetName: body.targetName,
        targetRegionCode: body.targetRegionCode ?? null,
        note: body.note ?? null,
      })
      .returning();
    await writeAudit(tx.db, tx, {
      action: 'contacts.leader_contact.create',
      entity: 'leader_contact',
      entityId: row.id,
      regionCode: row.regionCode,
      diff: auditDiff(null, audited(row)),
    });
    return toContactView(tx, row, thisYear());
  });

export const updateLeaderContact = (ctx: Ctx, contactId: string, body: UpdateLeaderContactBody) =>
  inTransaction(ctx, async (tx) => {
    const before = await loadContact(tx, contactId, { forUpdate: true });
    if (!mayEditLeaderContact(tx.actor, before))
      throw new Forbidden('只有县委组织部可以修改县领导的十联对象');
    const target = body.targetRegionCode === undefined ? before.targetRegionCode : body.targetRegionCode;
    await assertTarget(tx, before.regionCode, before.kind, target);
    const [after] = await tx.db
      .update(leaderContacts)
      .set({
        leaderTitle: body.leaderTitle === undefined ? before.leaderTitle : body.leaderTitle,
        leaderUserId: body.leaderUserId === undefined ? before.leaderUserId : body.leaderUserId,
        targetName: body.targetName ?? before.targetName,
        targetRegionCode: target,
        note: body.note === undefined ? before.note : body.note,
        updatedAt: new Date(),
      })
      .where(eq(leaderContacts.id, contactId))
      .returning();
    await writeAudit(tx.db, tx, {
      action: 'contacts.leader_contact.update',
      entity: 'leader_contact',
      entityId: contactId,
      regionCode: after.regionCode,
      diff: auditDiff(audited(before), audited(after)),
    });
    return toContactView(tx, after, thisYear());
  });

/** Deleting is undoable: the contact gets deletedAt (its logs stay); restoring clears it unless the kind is taken again. */
const setDeleted = (ctx: Ctx, contactId: string, deleted: boolean) =>
  inTransaction(ctx, async (tx) => {
    const before = await loadContact(tx, contactId, { forUpdate: true, deleted: !deleted });
    if (!mayEditLeaderContact(tx.actor, before))
      throw new Forbidden('只有县委组织部可以删除县领导的十联对象');
    if (!deleted && !before.deletedAt) throw new Conflict('该联系对象未被删除');
    if (!deleted) await assertKindFree(tx, before, before.id);
    const at = new Date();
    const [after] = await tx.db
      .update(leaderContacts)
      .set({ deletedAt: deleted ? at : null, updatedAt: at })
      .where(eq(leaderContacts.id, contactId))
      .returning();
    await writeAudit(tx.db, tx, {
      action: deleted ? 'contacts.leader_contact.delete' : 'contacts.leader_contact.restore',
      entity: 'leader_contact',
      entityId: contactId,
      regionCode: after.regionCode,
    });
    return toContactView(tx, after, thisYear());
  });

export const deleteLeaderContact = (ctx: Ctx, contactId: string) => setDeleted(ctx, contactId, true);
export const restoreLeaderContact = (ctx: Ctx, contactId: string) => setDeleted(ctx, contactId, false);
