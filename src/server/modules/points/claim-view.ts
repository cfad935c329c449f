import { eq, inArray } from 'drizzle-orm';
import type { ClaimView } from '../../../contracts/api/points';
import { attachmentsOf } from '../../platform/attachments/views';
import type { Ctx } from '../../platform/context';
import { availableActions } from '../../platform/workflow/actions';
import { accountViewsById } from './accounts';
import { claimWorkflow, rememberRules } from './claim-workflow';
import { pointsClaims, pointsRules } from './tables';

// How a claim (积分申报) is shown: holder, rule, photos, and what the caller may do with it now.

export type ClaimRow = typeof pointsClaims.$inferSelect;

export const claimViews = async (ctx: Ctx, rows: ClaimRow[]): Promise<ClaimView[]> => {
  if (rows.length === 0) return [];
  const views = await accountViewsById(
    ctx,
    rows.map((r) => r.accountId),
  );
  const ruleRows = await ctx.db
    .select()
    .from(pointsRules)
    .where(inArray(pointsRules.id, [...new Set(rows.map((r) => r.ruleId))]));
  rememberRules(ctx, ruleRows);
  const rules = new Map(ruleRows.map((r) => [r.id, r]));
  const photos = await attachmentsOf(
    ctx,
    'points_claim',
    rows.map((r) => r.id),
  );
  const out: ClaimView[] = [];
  // One claim after another: inside a transaction the queries share one connection.
  for (const r of rows)
    out.push({
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
      evidence: photos.get(r.id) ?? [],
      evidenceRequired: rules.get(r.ruleId)?.evidenceRequired ?? false,
      approverRoles: rules.get(r.ruleId)?.approverRoles ?? [],
      actions: await availableActions(ctx, claimWorkflow, r, { evidence: photos.get(r.id)?.length ?? 0 }),
    });
  return out;
};

/** The claim stored under an idempotency key, as a view (a repeated request answers with it). */
export const claimByKey = async (ctx: Ctx, key: string) => {
  const [row] = await ctx.db.select().from(pointsClaims).where(eq(pointsClaims.idempotencyKey, key));
  return row ? (await claimViews(ctx, [row]))[0] : undefined;
};
