import { type SQL, sql } from 'drizzle-orm';
import type { Ctx } from '../../../platform/context';
import {
  type FigurePeriodQuery,
  type FigureRecords,
  ratioFigure,
} from '../../../platform/figures/record-figure';
import type { Figure } from '../../../platform/modules/manifest';
import { underRegion } from '../../../platform/scope';
import { livingMembers } from '../../members/figures';
import { memberNamesRelation } from '../../members/lookups';
import { studyAttempts as a, studyTests } from '../tables';

// Figures of 以考促学 for dashboards, from the attempts handed in during a calendar year (Beijing) or a quarter of it,
// each drillable to the attempts behind it. Neither counts log-ins or time in the app.

const handedIn = (q: FigurePeriodQuery): SQL =>
  sql`${underRegion(a.regionCode, q.regionCode)} and ${a.status} = 'submitted'
    and ${a.submittedAt} >= ${q.fromTs}::timestamptz and ${a.submittedAt} < ${q.endTs}::timestamptz`;

/** One row per member who handed in a test in the year. */
const membersTested: FigureRecords = (_ctx: Ctx, q) => sql`
  select min(${a.regionCode}) as region_code, ${a.memberId}::text as id, coalesce(min(mn.name), '') as title,
    1 as weight, null::text as category
  from ${a} left join ${memberNamesRelation('mn')} on mn.id = ${a.memberId}
  where ${handedIn(q)} and ${a.memberId} is not null group by ${a.memberId}`;

/** One row per person and test handed in during the year (the best attempt: passed if any passed). */
const peopleTests =
  (passedOnly: boolean): FigureRecords =>
  (_ctx, q) =>
    sql`
    select min(${a.regionCode}) as region_code, min(${a.id}::text) as id,
      coalesce(min(t.title), '') || ' · ' || coalesce(min(${a.takerName}), '') as title, 1 as weight, null::text as category
    from ${a} left join ${studyTests} t on t.id = ${a.testId}
    where ${handedIn(q)} group by ${a.testId}, ${a.userId}
    ${passedOnly ? sql`having bool_or(${a.passed})` : sql``}`;

const participation: Figure = ratioFigure({
  key: 'study.participation',
  label: { zh: '党员参学率', en: 'Members taking tests' },
  definition: {
    zh: '该年度（或所选季度）至少交卷一次的党员人数占区域内党员人数的千分比',
    en: 'Per mille of the region’s party members who handed in at least one test in the year',
  },
  unit: { zh: '‰', en: '‰' },
  per: 1000,
  digits: 0,
  byQuarter: true,
  numerator: { record: 'study_member', permission: 'study.scores', records: membersTested },
  denominator: { records: livingMembers },
});

const passRate: Figure = ratioFigure({
  key: 'study.passRate',
  label: { zh: '考试及格率', en: 'Test pass rate' },
  definition: {
    zh: '该年度（或所选季度）交卷的人次（每人每场考试按最好成绩计一次）中及格的千分比',
    en: 'Per mille of people-tests handed in during the year (best attempt each) that passed',
  },
  unit: { zh: '‰', en: '‰' },
  per: 1000,
  digits: 0,
  byQuarter: true,
  numerator: { record: 'study_attempt', permission: 'study.scores', records: peopleTests(true) },
  denominator: { records: peopleTests(false) },
});

export const studyFigures: readonly Figure[] = [participation, passRate];
