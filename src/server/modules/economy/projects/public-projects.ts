import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { PublicProjects } from '../../../../contracts/api/economy-projects';
import type { Db } from '../../../platform/db/types';
import { NotFound } from '../../../platform/errors';
import { underRegion } from '../../../platform/scope';
import { regionNameOf, regionNames } from '../../regions/region-view';
import { economyProjects } from '../tables';
import { beijingYear } from './dates';
import { leaderLevelOf } from './policy';
import { projectWorkflow } from './workflow';

// 公开承诺 page (no log-in): the committed, evaluated and closed projects of a region and below in
// a year, with the leader's name and post as promised in public, the commitment, due date, state
// and milestones done. Nothing else about the leader (no phone, no ID, no cadre record).

const p = economyProjects;
const PID = sql.raw('"economy_projects"."id"');

export const publicProjects = async (db: Db, regionCode: string, year?: number): Promise<PublicProjects> => {
  const name = (await regionNames(db, [regionCode])).get(regionCode);
  if (!name || !leaderLevelOf(regionCode)) throw new NotFound('没有这个区划');
  const region = { code: regionCode, name };
  const y = year ?? beijingYear();
  const rows = await db
    .select({
      id: p.id,
      regionName: regionNameOf(p.regionCode),
      kind: p.kind,
      title: p.title,
      leaderName: p.leaderName,
      leaderPost: p.leaderPost,
      commitment: p.commitment,
      dueOn: p.dueOn,
      status: p.status,
      committedAt: p.committedAt,
      closedAt: p.closedAt,
      milestonesTotal: sql<number>`(select count(*)::int from economy_project_milestones m where m.project_id = ${PID})`,
      milestonesDone: sql<number>`(select count(*)::int from economy_project_milestones m where m.project_id = ${PID} and m.done_on is not null)`,
    })
    .from(p)
    .where(
      and(
        underRegion(p.regionCode, region.code),
        eq(p.year, y),
        inArray(p.status, ['committed', 'evaluated', 'closed']),
        isNull(p.deletedAt),
      ),
    )
    .orderBy(asc(p.regionCode), asc(p.kind), asc(p.committedAt), asc(p.id))
    .limit(2000);
  return {
    region: { code: region.code, name: region.name },
    year: y,
    items: rows.map((r) => ({
      ...r,
      statusLabel: projectWorkflow.states[r.status],
      committedAt: r.committedAt?.toISOString() ?? null,
      closedAt: r.closedAt?.toISOString() ?? null,
    })),
  };
};
