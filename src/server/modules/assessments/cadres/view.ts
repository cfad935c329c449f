import type { CadreAssessmentView } from '../../../../contracts/api/assess-cadres';
import type { Ctx } from '../../../platform/context';
import { ancestorAt } from '../../../platform/scope';
import { regionNames } from '../../regions/region-view';
import type { cadreAssessments } from '../tables';

// A cadre assessment as the sheet shows it: with its village's and township's names.

export type CadreAssessmentRow = typeof cadreAssessments.$inferSelect;

export const toViews = async (ctx: Ctx, rows: CadreAssessmentRow[]): Promise<CadreAssessmentView[]> => {
  const townships = rows.map((r) => ancestorAt(r.regionCode, 'township'));
  const names = await regionNames(ctx.db, [...new Set([...rows.map((r) => r.regionCode), ...townships])]);
  return rows.map((r, i) => ({
    id: r.id,
    year: r.year,
    regionCode: r.regionCode,
    villageName: names.get(r.regionCode) ?? r.regionCode,
    townshipCode: townships[i],
    townshipName: names.get(townships[i]) ?? townships[i],
    kind: r.kind,
    name: r.name,
    post: r.post,
    membersScore: r.membersScore,
    villagersScore: r.villagersScore,
    townshipScore: r.townshipScore,
    deliberation: r.deliberation,
    debriefScore: r.debriefScore,
    vote: r.vote,
    voteReason: r.voteReason,
    total: r.total,
    grade: r.grade,
    payCoefficient: r.payCoefficient,
    status: r.status,
    confirmedAt: r.confirmedAt?.toISOString() ?? null,
  }));
};

export const toView = async (ctx: Ctx, row: CadreAssessmentRow) => (await toViews(ctx, [row]))[0];
