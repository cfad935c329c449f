import { and, asc, desc, eq, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { ProjectListQuery, ProjectRow } from '../../../../contracts/api/economy-projects';
import { toFullCode } from '../../../../contracts/region-code';
import type { Ctx } from '../../../platform/context';
import { containsPattern } from '../../../platform/db/like';
import { inScope, regionAtLevel, scopeOf, underRegion } from '../../../platform/scope';
import { regionNameOf } from '../../regions/region-view';
import { economyProjects } from '../tables';
import { projectWorkflow } from './workflow';

// 领办项目台账: the projects in the caller's scope by year, kind, level, status, region and words
// of the title or leader, sorted and paged on the server, with milestone counts, in one statement.

const p = economyProjects;
const PID = sql.raw('"economy_projects"."id"');
const township = regionAtLevel(p.regionCode, 'township');

const SORTS: Record<ProjectListQuery['sort'], SQL[]> = {
  recent: [desc(p.updatedAt), asc(p.id)],
  region: [asc(p.regionCode), desc(p.year), asc(p.id)],
  due: [sql`${p.dueOn} asc nulls last`, asc(p.id)],
  status: [
    sql`case ${p.status} when 'draft' then 0 when 'committed' then 1 when 'evaluated' then 2 else 3 end`,
    asc(p.regionCode),
    asc(p.id),
  ],
  'score-desc': [sql`${p.score} desc nulls last`, asc(p.id)],
  'score-asc': [sql`${p.score} asc nulls last`, asc(p.id)],
};

export type ProjectFilters = Omit<ProjectListQuery, 'page' | 'pageSize' | 'sort'>;

export const projectWhere = (ctx: Ctx, q: ProjectFilters): SQL | undefined =>
  and(
    inScope(p.regionCode, scopeOf(ctx.actor)),
    isNull(p.deletedAt),
    q.year ? eq(p.year, q.year) : undefined,
    q.kind ? eq(p.kind, q.kind) : undefined,
    q.level ? eq(p.leaderLevel, q.level) : undefined,
    q.status ? eq(p.status, q.status) : undefined,
    q.regionCode ? underRegion(p.regionCode, toFullCode(q.regionCode)) : undefined,
    q.q
      ? or(sql`${p.title} like ${containsPattern(q.q)}`, sql`${p.leaderName} like ${containsPattern(q.q)}`)
      : undefined,
  );

/** The list columns of a project, with its milestone counts (correlated, by the project's id). */
export const projectColumns = {
  id: p.id,
  regionCode: p.regionCode,
  regionName: regionNameOf(p.regionCode),
  townshipName: sql<
    string | null
  >`case when ${p.leaderLevel} = 'county' then null else ${regionNameOf(township)} end`,
  year: p.year,
  kind: p.kind,
  title: p.title,
  leaderLevel: p.leaderLevel,
  leaderName: p.leaderName,
  leaderPost: p.leaderPost,
  dueOn: p.dueOn,
  status: p.status,
  committedAt: p.committedAt,
  score: p.score,
  incomeFen: p.incomeFen,
  budgetFen: p.budgetFen,
  milestonesTotal: sql<number>`(select count(*)::int from economy_project_milestones m where m.project_id = ${PID})`,
  milestonesDone: sql<number>`(select count(*)::int from economy_project_milestones m where m.project_id = ${PID} and m.done_on is not null)`,
  updatedAt: p.updatedAt,
};

/** Projects with the list columns, for a where clause to narrow. */
export const selectProjects = (ctx: Ctx) => ctx.db.select(projectColumns).from(p);
type Selected = Awaited<ReturnType<typeof selectProjects>>[number];

export const toProjectRow = (r: Selected): ProjectRow => ({
  ...r,
  kind: r.kind,
  leaderLevel: r.leaderLevel as ProjectRow['leaderLevel'],
  statusLabel: projectWorkflow.states[r.status],
  committedAt: r.committedAt?.toISOString() ?? null,
  updatedAt: r.updatedAt.toISOString(),
});

export const listProjects = async (ctx: Ctx, q: ProjectListQuery) => {
  const rows = await ctx.db
    .select({ ...projectColumns, total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(p)
    .where(projectWhere(ctx, q))
    .orderBy(...SORTS[q.sort])
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return {
    items: rows.map(({ total: _, ...r }) => toProjectRow(r)),
    total: rows[0]?.total ?? 0,
    page: q.page,
    pageSize: q.pageSize,
  };
};
