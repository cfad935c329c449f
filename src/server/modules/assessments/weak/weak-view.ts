import { and, eq, sql } from 'drizzle-orm';
import type { WeakItem } from '../../../../contracts/api/assess-weak';
import type { Db } from '../../../platform/db/types';
import { ancestorAt } from '../../../platform/scope';
import { regionNames } from '../../regions/region-view';
import { weakOrgs } from '../tables';
import { beijingToday } from './dates';
import { weakWorkflow } from './workflow';

// How a weak organization reads in lists and on its page: the village and township names, the
// state in words and its measures counted (all, done, open past their deadline).

type OrgRow = typeof weakOrgs.$inferSelect;

// Written out with the outer row named: Drizzle leaves columns of a one-table select unqualified,
// which inside a subquery would name the subquery's own columns.
const measureCount = (where: ReturnType<typeof sql>) =>
  sql<number>`(select count(*)::int from weak_measures m where m.weak_org_id = "weak_orgs"."id" and ${where})`;

/** The measure counts of each row, as columns of the list's select. */
export const measureCounts = (today = beijingToday()) => ({
  measuresTotal: measureCount(sql`true`),
  measuresDone: measureCount(sql`m.status = 'done'`),
  overdueMeasures: measureCount(sql`m.status = 'open' and m.deadline < ${today}`),
});

/** A record with an open measure past its deadline, or the rectification itself past its deadline. */
export const overdueWhere = (today = beijingToday()) =>
  sql`(exists (select 1 from weak_measures m where m.weak_org_id = "weak_orgs"."id" and m.status = 'open' and m.deadline < ${today})
    or (${weakOrgs.status} in ('identified', 'assigned', 'rectifying') and ${weakOrgs.deadline} < ${today}))`;

type Counts = { measuresTotal: number; measuresDone: number; overdueMeasures: number };

export const toItems = async (db: Db, rows: (OrgRow & Counts)[]): Promise<WeakItem[]> => {
  const names = await regionNames(
    db,
    rows.flatMap((r) => [r.regionCode, ancestorAt(r.regionCode, 'township')]),
  );
  return rows.map((r) => ({
    id: r.id,
    regionCode: r.regionCode,
    regionName: names.get(r.regionCode) ?? r.regionCode,
    townshipName: names.get(ancestorAt(r.regionCode, 'township')) ?? null,
    year: r.year,
    kind: r.kind,
    source: r.source,
    situations: r.situations,
    status: r.status,
    statusLabel: weakWorkflow.states[r.status],
    leaderName: r.leaderName,
    deadline: r.deadline,
    measuresTotal: Number(r.measuresTotal),
    measuresDone: Number(r.measuresDone),
    overdueMeasures: Number(r.overdueMeasures),
    consolidationEnds: r.consolidationEnds,
  }));
};

/** One record with its counts (the caller has checked scope). */
export const itemOf = async (db: Db, id: string): Promise<WeakItem> => {
  const rows = await db
    .select({ org: weakOrgs, ...measureCounts() })
    .from(weakOrgs)
    .where(and(eq(weakOrgs.id, id)));
  const [item] = await toItems(
    db,
    rows.map((r) => ({ ...r.org, ...r })),
  );
  return item;
};
