import type { BranchRow, BranchStats } from '../../../../contracts/api/study';
import type { Ctx } from '../../../platform/context';
import { membersIn } from '../../members/lookups';
import { orgSummaries } from '../../org/lookups';
import { regionNames } from '../../regions/region-view';
import type { TestRecord } from '../exams/load';
import { permille } from '../policy';
import { type PersonResult, personResults } from './person-scores';

// 支部统计: per party organization of the caller's scope, the members the test was for, how many
// took part, their average best score and how many passed. Cadres without a member record are
// one row of their own. Branches whose members did not take part are listed too.

const rowOf = (
  results: PersonResult[],
  audience: number | null,
): Omit<BranchRow, 'orgId' | 'orgName' | 'regionName'> => {
  const passed = results.filter((r) => r.passed).length;
  return {
    audience,
    participants: results.length,
    participationPermille: audience === null ? null : permille(results.length, audience),
    averageScore: results.length
      ? Math.round((results.reduce((n, r) => n + r.bestScore, 0) / results.length) * 10) / 10
      : null,
    passed,
    passRatePermille: permille(passed, results.length),
  };
};

export const branchStats = async (ctx: Ctx, test: TestRecord): Promise<BranchStats> => {
  const { rows: results } = await personResults(ctx, test.id);
  const forMembers = test.audience !== 'cadres';
  const members = forMembers
    ? (await membersIn(ctx, { regionCode: test.audienceRegionCode ?? test.regionCode })).filter(
        (m) => !test.audienceOrgId || m.orgId === test.audienceOrgId,
      )
    : [];
  const audience = new Map<string, number>();
  for (const m of members) audience.set(m.orgId, (audience.get(m.orgId) ?? 0) + 1);
  const orgIds = [...new Set([...audience.keys(), ...results.flatMap((r) => (r.orgId ? [r.orgId] : []))])];
  const orgs = await orgSummaries(ctx, orgIds);
  const places = await regionNames(
    ctx.db,
    [...orgs.values()].map((o) => o.regionCode),
  );
  const items: BranchRow[] = orgIds
    .filter((id) => orgs.has(id))
    .map((id) => {
      const org = orgs.get(id)!;
      return {
        orgId: id,
        orgName: org.name,
        regionName: places.get(org.regionCode) ?? null,
        ...rowOf(
          results.filter((r) => r.orgId === id),
          forMembers ? (audience.get(id) ?? 0) : null,
        ),
      };
    })
    .sort(
      (x, y) =>
        (x.regionName ?? '').localeCompare(y.regionName ?? '') || x.orgName!.localeCompare(y.orgName!),
    );
  const others = results.filter((r) => !r.orgId);
  if (others.length) items.push({ orgId: null, orgName: null, regionName: null, ...rowOf(others, null) });
  const total = {
    orgId: null,
    orgName: '合计',
    regionName: null,
    ...rowOf(results, forMembers ? members.length : null),
  };
  // Only members count against the members the test was for (cadres are not in that number).
  if (forMembers) total.participationPermille = permille(results.length - others.length, members.length);
  return { items, total };
};
