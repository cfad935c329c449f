import { eq, inArray } from 'drizzle-orm';
import type { ClaimView } from '../../../contracts/api/points';
import type { Ctx } from '../../platform/context';
import { accountViewsById } from './accounts';
import { pointsClaims, pointsEvidence, pointsRules } from './tables';

// How a claim (积分申报) is shown: holder, rule, photos, and who may decide it.

export type ClaimRow = typeof pointsClaims.$inferSelect;

export const claimViews = async (ctx: Ctx, rows: ClaimRow[]): Promise<ClaimView[]> => {
  if (rows.length === 0) return [];
  const views = await accountViewsById(
    ctx,
    rows.map((r) => r.accountId),
  );
  const rules = new Map(
    (
      await ctx.db
        .select()
        .from(pointsRules)
        .where(
          inArray(
            pointsRules.id,
            rows.map((r) => r.ruleId),
          ),
        )
    ).map((r) => [r.id, r]),
  );
  const photos = await ctx.db
    .select({
      id: pointsEvidence.id,
      claimId: pointsEvidence.claimId,
      width: pointsEvidence.width,
      height: pointsEvidence.height,
    })
    .from(pointsEvidence)
    .where(
      inArray(
        pointsEvidence.claimId,
        rows.map((r) => r.id),
      ),
    );
  return rows.map((r) => ({
    id: r.id,
    system: r.system,
    regionCode: r.regionCode,
    accountId: r.accountId,
    holderName: views.get(r.accountId)?.holderName ?? '',
    householdNo: views.get(r.accountId)?.householdNo ?? null,
    ruleId: r.ruleId,
    ruleCode: rules.get(r.ruleId)?.code ?? '',
    ruleName: rules.get(r.ruleId)?.name ?? '',
    points: r.points,
    occurredOn: r.occurredOn,
    note: r.note,
    status: r.status,
    proposedByName: r.proposedByName,
    proposedAt: r.proposedAt.toISOString(),
    decidedByName: r.decidedByName,
    decidedAt: r.decidedAt?.toISOString() ?? null,
    reason: r.reason,
    evidence: photos
      .filter((p) => p.claimId === r.id)
      .map(({ id, width, height }) => ({ id, width, height })),
    evidenceRequired: rules.get(r.ruleId)?.evidenceRequired ?? false,
    approverRoles: rules.get(r.ruleId)?.approverRoles ?? [],
  }));
};

/** The claim stored under an idempotency key, as a view (a repeated request answers with it). */
export const claimByKey = async (ctx: Ctx, key: string) => {
  const [row] = await ctx.db.select().from(pointsClaims).where(eq(pointsClaims.idempotencyKey, key));
  return row ? (await claimViews(ctx, [row]))[0] : undefined;
};
