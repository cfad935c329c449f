import type { Member } from '../../../contracts/api/members';
import type { Ctx } from '../../platform/context';
import { personSummaries } from '../households/lookups';
import { orgNames } from '../org/load-org';
import { regionNames } from '../regions/region-view';
import { inSequence } from './in-sequence';
import { memberDateWarnings } from './policy';
import type { partyMembers } from './tables';

export type MemberRow = typeof partyMembers.$inferSelect;

/** Members with their person's name (masked id) and branch; warnings recomputed from the dates. */
export const toMemberViews = async (ctx: Ctx, rows: MemberRow[]): Promise<Member[]> => {
  const [people, orgs, regions] = await inSequence([
    () =>
      personSummaries(
        ctx,
        rows.map((r) => r.personId),
      ),
    () =>
      orgNames(
        ctx,
        ctx.db,
        rows.map((r) => r.orgId),
      ),
    () =>
      regionNames(
        ctx.db,
        rows.map((r) => r.regionCode),
      ),
  ]);
  return rows.map((r) => {
    const person = people.get(r.personId);
    const status = r.status as Member['status'];
    return {
      id: r.id,
      personId: r.personId,
      // A member whose person lives outside the caller's scope (moved away) shows no name.
      name: person?.name ?? '（辖区外人员）',
      idNumberMasked: person?.idNumberMasked ?? null,
      orgId: r.orgId,
      orgName: orgs.get(r.orgId) ?? '（辖区外党组织）',
      regionCode: r.regionCode,
      regionName: regions.get(r.regionCode) ?? r.regionCode,
      status,
      joinedOn: r.joinedOn,
      fullOn: r.fullOn,
      post: r.post,
      postDuty: r.postDuty,
      commitment: r.commitment,
      commitmentStatus: r.commitmentStatus as Member['commitmentStatus'],
      plaque: r.plaque,
      warnings: memberDateWarnings({ status, joinedOn: r.joinedOn, fullOn: r.fullOn }),
    };
  });
};

export const toMemberView = async (ctx: Ctx, row: MemberRow) => (await toMemberViews(ctx, [row]))[0];

export const auditableMember = (r: MemberRow) => ({
  personId: r.personId,
  orgId: r.orgId,
  regionCode: r.regionCode,
  status: r.status,
  joinedOn: r.joinedOn,
  fullOn: r.fullOn,
  post: r.post,
  postDuty: r.postDuty,
  commitment: r.commitment,
  commitmentStatus: r.commitmentStatus,
  plaque: r.plaque,
});
