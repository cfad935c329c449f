import { asc, inArray } from 'drizzle-orm';
import type { AllianceDetail, AllianceView } from '../../../../contracts/api/economy-pairings';
import type { Ctx } from '../../../platform/context';
import { isInScope, scopeOf } from '../../../platform/scope';
import { regionNames } from '../../regions/region-view';
import { economyAllianceMembers as m } from '../tables';
import type { AllianceRow } from './alliance-load';
import { operatingIncomes } from './income';
import { mayEditAlliance } from './policy';

// Alliances as the pages show them: organizer's name, member count and the members' operating
// income of the year added up (from their yearly accounts), and on the detail every member.
// Incomes are read only for members in the caller's scope: a township that sees the county's
// alliance through one of its villages does not read other townships' accounts through it.

const incomesInScope = (ctx: Ctx, villages: string[], year: number) =>
  operatingIncomes(
    ctx.db,
    villages.filter((v) => isInScope(v, scopeOf(ctx.actor))),
    year,
  );

const membersOf = (ctx: Ctx, ids: string[]) =>
  ids.length
    ? ctx.db.select().from(m).where(inArray(m.allianceId, ids)).orderBy(asc(m.regionCode))
    : Promise.resolve([]);

export const toAllianceViews = async (
  ctx: Ctx,
  rows: AllianceRow[],
  year: number,
): Promise<AllianceView[]> => {
  const members = await membersOf(
    ctx,
    rows.map((r) => r.id),
  );
  const incomes = await incomesInScope(
    ctx,
    members.map((x) => x.regionCode),
    year,
  );
  const names = await regionNames(
    ctx.db,
    rows.map((r) => r.regionCode),
  );
  return rows.map((r) => {
    const own = members.filter((x) => x.allianceId === r.id);
    return {
      id: r.id,
      regionCode: r.regionCode,
      regionName: names.get(r.regionCode) ?? r.regionCode,
      name: r.name,
      industry: r.industry,
      note: r.note,
      year,
      memberCount: own.length,
      totalIncomeFen: own.reduce((sum, x) => sum + (incomes.get(x.regionCode)?.get(year) ?? 0), 0),
      deleted: r.deletedAt !== null,
      editable: mayEditAlliance(ctx.actor, r),
    };
  });
};

export const toAllianceDetail = async (ctx: Ctx, row: AllianceRow, year: number): Promise<AllianceDetail> => {
  const [view] = await toAllianceViews(ctx, [row], year);
  const members = await membersOf(ctx, [row.id]);
  const names = await regionNames(
    ctx.db,
    members.map((x) => x.regionCode),
  );
  const incomes = await incomesInScope(
    ctx,
    members.map((x) => x.regionCode),
    year,
  );
  return {
    ...view,
    members: members
      .map((x) => ({
        regionCode: x.regionCode,
        name: names.get(x.regionCode) ?? x.regionCode,
        lead: x.lead,
        incomeFen: incomes.get(x.regionCode)?.get(year) ?? null,
      }))
      .sort((a, b) => Number(b.lead) - Number(a.lead)),
  };
};

/** The year lists count income for unless asked: last year (this year's accounts are still open). */
export const defaultYear = () => new Date().getFullYear() - 1;
