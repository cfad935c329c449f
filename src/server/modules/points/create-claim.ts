import type { CreateClaimBody } from '../../../contracts/api/points';
import { auditDiff } from '../../platform/audit/diff';
import { writeAudit } from '../../platform/audit/write';
import { newId } from '../../platform/auth/session';
import { type Ctx, inTransaction } from '../../platform/context';
import { Conflict, Forbidden, invalidField } from '../../platform/errors';
import { ownersAbove } from '../../platform/scope';
import { recordCreated } from '../../platform/workflow/transition';
import { memberOfPerson } from '../members/lookups';
import { accountOf, holderOf } from './accounts';
import { claimByKey, claimViews } from './claim-view';
import { claimWorkflow } from './claim-workflow';
import { getRule } from './get-rule';
import { once, scopedKey } from './ledger';
import { ownPersonId } from './own-person';
import { mayProposeFor, mayProposeUnder } from './policy';
import { pointsClaims, type pointsRules } from './tables';

// 积分申报: a member, the secretary or a grid worker proposes points under a rule; the branch
// (the village) then approves or returns it. Kept unsent (draft) it waits for its photos.

const today = () => new Date().toISOString().slice(0, 10);

/** The caller's own party-member record, for a party member proposing for themself. */
const ownMemberId = async (ctx: Ctx): Promise<string | null> => {
  const personId = await ownPersonId(ctx);
  return personId ? await memberOfPerson(ctx, personId) : null;
};

/** The claim's points: the rule's, or within the rule's range when it has one. */
const claimPoints = (rule: typeof pointsRules.$inferSelect, asked: number | undefined): number => {
  if (rule.maxPoints != null) {
    const low = Math.min(rule.points, rule.maxPoints);
    const high = Math.max(rule.points, rule.maxPoints);
    if (asked === undefined) throw invalidField('points', `请填写分值（${low} 至 ${high}）`);
    if (asked < low || asked > high) throw invalidField('points', `分值应在 ${low} 至 ${high} 之间`);
    return asked;
  }
  if (asked !== undefined && asked !== rule.points)
    throw invalidField('points', `此项规则的分值为 ${rule.points}`);
  return rule.points;
};

const checkOccurredOn = (day: string) => {
  if (day > today()) throw invalidField('occurredOn', '发生日期不能晚于今天');
  if (day < `${new Date().getFullYear() - 1}-01-01`)
    throw invalidField('occurredOn', '只能申报今年和去年的积分，更早的请用历史积分导入');
};

/** 申报: checks the rule applies to the holder and the caller may propose under it. */
export const createClaim = (ctx: Ctx, body: CreateClaimBody, clientKey?: string) => {
  const key = scopedKey(ctx, 'claim', clientKey);
  return once(
    key,
    (k) => claimByKey(ctx, k),
    () =>
      inTransaction(ctx, async (tx) => {
        const holder = await holderOf(tx, body.system, body.holderId);
        const rule = await getRule(tx, body.ruleId);
        if (rule.supersededAt || !rule.active) throw invalidField('ruleId', '该规则已修改或停用，请重新选择');
        if (rule.system !== body.system) throw invalidField('ruleId', '规则与积分类别不符');
        if (!ownersAbove(holder.regionCode).includes(rule.regionCode))
          throw invalidField('ruleId', '该规则不适用于此村');
        if (!mayProposeUnder(tx.actor, rule)) throw new Forbidden('您的角色不能申报此项积分');
        if (!mayProposeFor(tx.actor, holder, await ownMemberId(tx)))
          throw new Forbidden('党员只能为本人申报积分');
        const points = claimPoints(rule, body.points);
        checkOccurredOn(body.occurredOn);
        // A rule that asks for a photo: the claim is kept unsent until one is uploaded.
        if (rule.evidenceRequired && !body.draft)
          throw new Conflict('此项积分须附照片：请先拍照上传，再提交申报', [
            { path: 'draft', message: '此项积分须附照片' },
          ]);
        const status = body.draft ? 'draft' : 'pending';
        const account = await accountOf(tx, holder);
        const [created] = await tx.db
          .insert(pointsClaims)
          .values({
            id: newId(),
            regionCode: account.regionCode,
            system: body.system,
            accountId: account.id,
            ruleId: rule.id,
            points,
            occurredOn: body.occurredOn,
            note: body.note ?? null,
            status,
            proposedBy: tx.actor.userId,
            proposedByName: tx.actor.displayName,
            idempotencyKey: key,
          })
          .returning();
        await recordCreated(tx, claimWorkflow, created, status, body.draft ? 'create' : 'submit');
        await writeAudit(tx.db, tx, {
          action: 'points.claim.create',
          entity: 'points_claim',
          entityId: created.id,
          regionCode: created.regionCode,
          diff: auditDiff(null, {
            holder: holder.name,
            rule: `${rule.code} ${rule.name}`,
            points,
            occurredOn: body.occurredOn,
            status,
          }),
        });
        return (await claimViews(tx, [created]))[0];
      }),
  );
};
