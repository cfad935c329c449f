import type { Role } from '../../../../contracts/roles';
import type { Actor } from '../../../platform/context';
import type { CampaignStatus, RatingStatus } from '../tables';

// 星级评定 policy: who takes each step of a rating and of a campaign, as pure functions over the
// caller and the record. Scope (the village under the caller's region, the campaign's county) is
// checked before these by the loaders; a record outside it is NotFound, never Forbidden.

type Who = Pick<Actor, 'role'>;

/** The village's own accounts score it (村党组织书记、驻村第一书记). */
export const VILLAGE_ROLES: readonly Role[] = ['village', 'stationed_cadre'];

export const actsForVillage = (actor: Who): boolean => VILLAGE_ROLES.includes(actor.role);
/** The township reviews its villages; the county does not review in its place. */
export const actsForTownship = (actor: Who): boolean => actor.role === 'township';
/** The county organization department opens, decides, publishes and answers objections. */
export const actsForCounty = (actor: Who): boolean => actor.role === 'county_admin';

/** May the caller change a score's self value, note, links and evidence now? */
export const mayScoreSelf = (actor: Who, rating: { status: RatingStatus }, campaign: CampaignOf): boolean =>
  campaign.status === 'open' && rating.status === 'self' && actsForVillage(actor);

/** May the caller set the township's value of a score now? */
export const mayReview = (actor: Who, rating: { status: RatingStatus }, campaign: CampaignOf): boolean =>
  campaign.status === 'open' && rating.status === 'township' && actsForTownship(actor);

/** Whoever may change the score may add or remove its evidence. */
export const mayChangeEvidence = (actor: Who, rating: { status: RatingStatus }, campaign: CampaignOf) =>
  mayScoreSelf(actor, rating, campaign) || mayReview(actor, rating, campaign);

type CampaignOf = { status: CampaignStatus };

/** A township's value needs a reason when it differs from the village's. */
export const reviewNeedsReason = (selfValue: number | null, reviewValue: number | null): boolean =>
  reviewValue !== null && reviewValue !== selfValue;

/** The county's stars need a reason when they differ from the stars the scores give. */
export const decisionNeedsReason = (computedStars: number | null, stars: number): boolean =>
  computedStars !== stars;

/** Why a rating may not be submitted (indicators without a value, evidence missing), or null. */
export const submitProblem = (
  scores: readonly {
    code: string;
    fromRecords: boolean;
    selfValue: number | null;
    evidenceRequired: boolean;
    evidence: number;
  }[],
): string | null => {
  const unvalued = scores.filter((s) => !s.fromRecords && s.selfValue === null).map((s) => s.code);
  if (unvalued.length) return `以下指标尚未自评：${unvalued.join('、')}`;
  // An indicator filled from records has the record as its evidence (the accounts behind D1).
  const bare = scores
    .filter((s) => s.evidenceRequired && !s.fromRecords && s.evidence === 0)
    .map((s) => s.code);
  if (bare.length) return `以下指标须上传证明材料（照片、PDF 或关联记录）：${bare.join('、')}`;
  return null;
};

/** Why a campaign may not be published now, or null. */
export const publishProblem = (
  campaign: { status: CampaignStatus; noticeEndsAt: Date | null },
  openObjections: number,
  undecided: number,
  now: Date,
): string | null => {
  if (campaign.status !== 'notice') return '只有公示中的评定才能发布';
  if (!campaign.noticeEndsAt || now < campaign.noticeEndsAt)
    return `公示期尚未结束（至 ${campaign.noticeEndsAt?.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }) ?? '—'}），不能发布`;
  if (openObjections > 0) return `还有 ${openObjections} 条异议未答复，答复后才能发布`;
  if (undecided > 0) return `还有 ${undecided} 个村的星级待重新审定，审定后才能发布`;
  return null;
};

/** Why 公示 may not start now, or null. */
export const noticeProblem = (campaign: { status: CampaignStatus }, undecided: number): string | null => {
  if (campaign.status !== 'open') return '只有进行中的评定才能开始公示';
  if (undecided > 0) return `还有 ${undecided} 个村未审定，全部审定后才能公示`;
  return null;
};

/**
 * The county's share caps (5★ ≤ 10 % …): the stars a decision would exceed, given the decided
 * counts (without this rating) and the number of villages rated. Null when within the caps.
 */
export const capProblem = (
  caps: { five?: number; four?: number; one?: number } | null | undefined,
  stars: number,
  decidedWithStars: number,
  rated: number,
): string | null => {
  const share = stars === 5 ? caps?.five : stars === 4 ? caps?.four : stars === 1 ? caps?.one : undefined;
  if (share == null || rated === 0) return null;
  const most = Math.floor((rated * share) / 100);
  return decidedWithStars + 1 > most
    ? `${stars} 星村不得超过参评村的 ${share}%（最多 ${most} 个，已审定 ${decidedWithStars} 个）`
    : null;
};
