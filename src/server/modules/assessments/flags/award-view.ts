import { eq } from 'drizzle-orm';
import type { FlagAwardView } from '../../../../contracts/api/assess-flags';
import { attachmentCounts } from '../../../platform/attachments/views';
import type { Ctx } from '../../../platform/context';
import { regionAtLevel, villageColumn } from '../../../platform/scope';
import { availableActions } from '../../../platform/workflow/actions';
import { householdSummaries } from '../../households/lookups';
import { regionNameOf } from '../../regions/region-view';
import { flagAwards, flagKinds } from '../tables';
import { FLAG_AWARD_KIND, FLAG_STATES, type FlagAwardRow, flagWorkflow } from './flag-workflow';

// An award as pages show it: the kind, the target in words (township, village, group with its
// village, household with its head), the state and what the caller may do now.

/** Awards with their kind and the names of their region, village and township, in one statement. */
export const selectAwards = (ctx: Ctx) =>
  ctx.db
    .select({
      award: flagAwards,
      kindCode: flagKinds.code,
      kindName: flagKinds.name,
      level: flagKinds.level,
      regionName: regionNameOf(flagAwards.regionCode),
      villageName: regionNameOf(villageColumn(flagAwards.regionCode)),
      townshipName: regionNameOf(regionAtLevel(flagAwards.regionCode, 'township')),
    })
    .from(flagAwards)
    .innerJoin(flagKinds, eq(flagKinds.id, flagAwards.kindId));

type JoinedAward = Awaited<ReturnType<typeof selectAwards>>[number];

const targetName = (r: JoinedAward, head: { headName: string | null; householdNo: string } | undefined) => {
  const region = r.regionName ?? r.award.regionCode;
  switch (r.level) {
    case 'group':
      return `${r.villageName ?? ''} · ${region}`;
    case 'household':
      return `${r.villageName ?? region} ${head?.headName ?? '（户主不详）'}户`;
    default:
      return region;
  }
};

export const awardViews = async (ctx: Ctx, rows: JoinedAward[]): Promise<FlagAwardView[]> => {
  const ids = rows.map((r) => r.award.id);
  const [homes, evidence] = await Promise.all([
    householdSummaries(
      ctx,
      rows.flatMap((r) => (r.award.householdId ? [r.award.householdId] : [])),
    ),
    attachmentCounts(ctx, FLAG_AWARD_KIND, ids),
  ]);
  return Promise.all(
    rows.map(async (r) => {
      const a: FlagAwardRow = r.award;
      const home = a.householdId ? homes.get(a.householdId) : undefined;
      const evidenceCount = evidence.get(a.id) ?? 0;
      return {
        id: a.id,
        kindId: a.kindId,
        kindCode: r.kindCode,
        kindName: r.kindName,
        level: r.level,
        year: a.year,
        regionCode: a.regionCode,
        targetName: targetName(r, home),
        townshipName: r.townshipName,
        villageName: r.level === 'township' ? null : r.villageName,
        householdId: a.householdId,
        householdNo: home?.householdNo ?? null,
        status: a.status,
        statusLabel: FLAG_STATES[a.status].zh,
        reason: a.reason,
        nominatedAt: a.createdAt.toISOString(),
        awardedAt: a.awardedAt?.toISOString() ?? null,
        evidenceCount,
        actions: await availableActions(ctx, flagWorkflow, a, { evidence: evidenceCount }),
      };
    }),
  );
};
