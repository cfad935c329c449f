import { and, count, gte, inArray, isNull, lte, max } from 'drizzle-orm';
import type { ContactKind, LeaderContactView } from '../../../../contracts/api/visits-contacts';
import type { Ctx } from '../../../platform/context';
import { regionNames } from '../../regions/region-view';
import { CONTACT_ACTIONS } from '../defaults';
import { leaderContactLogs } from '../tables';
import type { ContactRow } from './load';
import { mayEditLeaderContact, mayLogContact } from './policy';

// A leader's contact as the pages show it: the target's region name, the six kinds of contact
// logged in the year (counted from the logs; nothing is typed twice) and the last one's date.

export const emptyCounts = (): Record<string, number> =>
  Object.fromEntries(CONTACT_ACTIONS.map((a) => [a.code, 0]));

const logFigures = async (ctx: Ctx, ids: string[], year: number) => {
  const counts = new Map<string, Record<string, number>>();
  const last = new Map<string, string | null>();
  if (!ids.length) return { counts, last };
  const living = and(inArray(leaderContactLogs.contactId, ids), isNull(leaderContactLogs.deletedAt));
  const byAction = await ctx.db
    .select({ contactId: leaderContactLogs.contactId, action: leaderContactLogs.action, n: count() })
    .from(leaderContactLogs)
    .where(
      and(
        living,
        gte(leaderContactLogs.happenedOn, `${year}-01-01`),
        lte(leaderContactLogs.happenedOn, `${year}-12-31`),
      ),
    )
    .groupBy(leaderContactLogs.contactId, leaderContactLogs.action);
  const lastOn = await ctx.db
    .select({ contactId: leaderContactLogs.contactId, lastOn: max(leaderContactLogs.happenedOn) })
    .from(leaderContactLogs)
    .where(living)
    .groupBy(leaderContactLogs.contactId);
  for (const r of byAction) {
    const c = counts.get(r.contactId) ?? emptyCounts();
    c[r.action] = (c[r.action] ?? 0) + r.n;
    counts.set(r.contactId, c);
  }
  for (const r of lastOn) last.set(r.contactId, r.lastOn);
  return { counts, last };
};

export const toContactViews = async (
  ctx: Ctx,
  rows: ContactRow[],
  year: number,
): Promise<LeaderContactView[]> => {
  // One after the other: inside a transaction the connection runs one query at a time.
  const names = await regionNames(
    ctx.db,
    rows.flatMap((r) => (r.targetRegionCode ? [r.targetRegionCode] : [])),
  );
  const figures = await logFigures(
    ctx,
    rows.map((r) => r.id),
    year,
  );
  return rows.map((r) => ({
    id: r.id,
    regionCode: r.regionCode,
    leaderName: r.leaderName,
    leaderTitle: r.leaderTitle,
    leaderUserId: r.leaderUserId,
    kind: r.kind as ContactKind,
    targetName: r.targetName,
    targetRegionCode: r.targetRegionCode,
    targetRegionName: r.targetRegionCode ? (names.get(r.targetRegionCode) ?? null) : null,
    note: r.note,
    since: r.createdAt.toISOString().slice(0, 10),
    counts: figures.counts.get(r.id) ?? emptyCounts(),
    lastOn: figures.last.get(r.id) ?? null,
    deleted: r.deletedAt !== null,
    editable: mayEditLeaderContact(ctx.actor, r),
    loggable: mayLogContact(ctx.actor, r),
  }));
};

export const toContactView = async (ctx: Ctx, row: ContactRow, year: number) =>
  (await toContactViews(ctx, [row], year))[0];
