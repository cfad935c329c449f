import { eq } from 'drizzle-orm';
import type { DisclosureStatus } from '../../../contracts/api/disclosure';
import type { Ctx } from '../../platform/context';
import { Conflict, Invalid } from '../../platform/errors';
import { defineWorkflow } from '../../platform/workflow/define';
import { writeStep } from '../../platform/workflow/history';
import { maskBeneficiaryNames, scanContent } from './pii-scan';
import { mayApprove, mayDraft, supersededStatus } from './policy';
import { disclosureItems, disclosureKinds } from './tables';

// 公开流程 (docs/disclosure.md): the village submits (personal data refused, beneficiaries' names
// masked, the content stored as it will be shown), the township approves (已公开) or returns it with
// a reason. Approving a correction or withdrawal marks the version it replaces 已更正 / 已撤回 in
// the same transaction; nothing published is ever rewritten.

export type ItemRowDb = typeof disclosureItems.$inferSelect;

/** The content as it will be published, or Invalid naming every place personal data was found. */
export const publishableContent = async (tx: Ctx, item: ItemRowDb) => {
  const [kind] = await tx.db
    .select({ beneficiaries: disclosureKinds.beneficiaries })
    .from(disclosureKinds)
    .where(eq(disclosureKinds.id, item.kindId));
  const table = item.content && kind?.beneficiaries ? maskBeneficiaryNames(item.content) : item.content;
  const problems = scanContent({ title: item.title, body: item.body, table });
  if (problems.length) throw new Invalid(problems[0].message, problems);
  return table;
};

const replacedOf = async (tx: Ctx, item: ItemRowDb) => {
  if (!item.replacesId) return null;
  const [old] = await tx.db
    .select()
    .from(disclosureItems)
    .where(eq(disclosureItems.id, item.replacesId))
    .for('update');
  if (old?.status !== 'published')
    throw new Conflict(
      '被更正的版本已不是当前公开的版本（可能已被更正或撤回），请删除此草稿后从当前版本重新更正',
    );
  return old;
};

export const disclosureWorkflow = defineWorkflow<DisclosureStatus, ItemRowDb>({
  kind: 'disclosure_item',
  auditPrefix: 'disclosure.item',
  noun: '公开事项',
  table: disclosureItems,
  stateColumn: disclosureItems.status,
  stateKey: 'status',
  states: {
    draft: { zh: '草稿', en: 'Draft' },
    pending: { zh: '待审核', en: 'Pending' },
    returned: { zh: '已退回', en: 'Returned' },
    published: { zh: '已公开', en: 'Published' },
    corrected: { zh: '已更正', en: 'Corrected' },
    withdrawn: { zh: '已撤回', en: 'Withdrawn' },
  },
  visible: (_ctx, item) => item.deletedAt === null,
  transitions: {
    submit: {
      from: ['draft', 'returned'],
      to: 'pending',
      label: { zh: '提交审核', en: 'Submit' },
      allowed: (ctx) => mayDraft(ctx.actor),
      effect: async (tx, item) => {
        const content = await publishableContent(tx, item);
        await replacedOf(tx, item);
        return { set: { content, submittedAt: new Date(), updatedAt: new Date() } };
      },
    },
    approve: {
      from: ['pending'],
      to: 'published',
      label: { zh: '审核通过并公开', en: 'Approve and publish' },
      allowed: (ctx) => mayApprove(ctx.actor),
      effect: async (tx, item) => {
        await publishableContent(tx, item);
        const old = await replacedOf(tx, item);
        const now = new Date();
        if (old && item.change !== 'original') {
          const to = supersededStatus(item.change);
          await tx.db
            .update(disclosureItems)
            .set({ status: to, supersededById: item.id, supersededAt: now, updatedAt: now })
            .where(eq(disclosureItems.id, old.id));
          await writeStep(tx, disclosureWorkflow, {
            recordId: old.id,
            regionCode: old.regionCode,
            action: 'supersede',
            from: 'published',
            to,
            reason: item.changeReason,
            data: { by: item.id, version: item.version },
          });
        }
        return {
          set: { publishedAt: now, publishedBy: tx.actor.userId, updatedAt: now },
          data: old ? { replaces: old.id } : undefined,
        };
      },
    },
    return: {
      from: ['pending'],
      to: 'returned',
      label: { zh: '退回修改', en: 'Return' },
      allowed: (ctx) => mayApprove(ctx.actor),
      needs: { reason: true },
      effect: async () => ({ set: { updatedAt: new Date() } }),
    },
    // Never taken by a person: names the step written on a version when a later one replaces it.
    supersede: {
      from: ['published'],
      to: 'corrected',
      alsoTo: ['withdrawn'],
      label: { zh: '被新版本更正或撤回', en: 'Replaced by a later version' },
      allowed: () => false,
    },
  },
});
