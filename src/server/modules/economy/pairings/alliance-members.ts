import { and, eq } from 'drizzle-orm';
import type { AddMemberBody } from '../../../../contracts/api/economy-pairings';
import { writeAudit } from '../../../platform/audit/write';
import { type Ctx, inTransaction } from '../../../platform/context';
import { Conflict, invalidField, NotFound } from '../../../platform/errors';
import { regionNames } from '../../regions/region-view';
import { economyAllianceMembers as m } from '../tables';
import { loadAlliance, loadAllianceForEdit } from './alliance-load';
import { defaultYear, toAllianceDetail } from './alliance-view';
import { memberRefusal } from './policy';

// Member villages of an alliance (成员村, one or more 牵头村): added from the caller's scope and
// the alliance's county, removed, marked as lead. A village joins an alliance once (409).

const audit = (tx: Ctx, action: string, allianceId: string, village: string, diff?: unknown) =>
  writeAudit(tx.db, tx, {
    action,
    entity: 'economy_alliance',
    entityId: allianceId,
    regionCode: village,
    diff,
  });

const memberRow = async (tx: Ctx, allianceId: string, village: string) => {
  const [row] = await tx.db
    .select()
    .from(m)
    .where(and(eq(m.allianceId, allianceId), eq(m.regionCode, village)))
    .limit(1);
  return row;
};

export const addMember = (ctx: Ctx, allianceId: string, body: AddMemberBody) =>
  inTransaction(ctx, async (tx) => {
    const alliance = await loadAllianceForEdit(tx, allianceId);
    const refusal = memberRefusal(tx.actor, alliance.regionCode, body.regionCode);
    if (refusal) throw invalidField('regionCode', refusal);
    if (!(await regionNames(tx.db, [body.regionCode])).has(body.regionCode))
      throw invalidField('regionCode', '该村不存在');
    if (await memberRow(tx, allianceId, body.regionCode)) throw new Conflict('该村已是联盟成员');
    await tx.db.insert(m).values({ allianceId, regionCode: body.regionCode, lead: body.lead ?? false });
    await audit(tx, 'economy.alliance.member_add', allianceId, body.regionCode, { lead: body.lead ?? false });
    return toAllianceDetail(tx, alliance, defaultYear());
  });

/** A member of an alliance the caller may change; 404 for a village that is not a member it sees. */
const loadMember = async (tx: Ctx, allianceId: string, village: string) => {
  const alliance = await loadAllianceForEdit(tx, allianceId);
  const row = await memberRow(tx, allianceId, village);
  if (!row) throw new NotFound('该村不是联盟成员');
  return { alliance, row };
};

export const setMemberLead = (ctx: Ctx, allianceId: string, village: string, lead: boolean) =>
  inTransaction(ctx, async (tx) => {
    const { alliance } = await loadMember(tx, allianceId, village);
    await tx.db
      .update(m)
      .set({ lead })
      .where(and(eq(m.allianceId, allianceId), eq(m.regionCode, village)));
    await audit(tx, 'economy.alliance.member_lead', allianceId, village, { lead });
    return toAllianceDetail(tx, alliance, defaultYear());
  });

export const removeMember = (ctx: Ctx, allianceId: string, village: string) =>
  inTransaction(ctx, async (tx) => {
    const { alliance, row } = await loadMember(tx, allianceId, village);
    await tx.db.delete(m).where(and(eq(m.allianceId, allianceId), eq(m.regionCode, village)));
    await audit(tx, 'economy.alliance.member_remove', allianceId, village, { lead: row.lead });
    return toAllianceDetail(tx, alliance, defaultYear());
  });

/** One alliance the caller sees, with members and their incomes of the year. */
export const getAlliance = async (ctx: Ctx, allianceId: string, year?: number) =>
  toAllianceDetail(ctx, await loadAlliance(ctx, allianceId), year ?? defaultYear());
