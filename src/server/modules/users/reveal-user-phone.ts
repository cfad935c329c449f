import type { Ctx } from '../../platform/context';
import { Forbidden, invalidField } from '../../platform/errors';
import { revealField } from '../../platform/pii/reveal';
import { loadUserInScope } from './get-user';
import { mayManageAccount } from './policy';

/** An admin who manages the account may see its full phone number, with a purpose, audited. */
export const revealUserPhone = (ctx: Ctx, userId: string, field: string, purpose: string) => {
  if (field !== 'phone') throw invalidField('field', '只能查看手机号');
  return revealField(ctx, {
    entity: 'user',
    entityId: userId,
    field,
    purpose,
    load: async (tx) => {
      const user = await loadUserInScope(tx, tx.db, userId);
      if (!mayManageAccount(tx.actor, user)) throw new Forbidden('无权查看该账号的个人信息');
      return { regionCode: user.regionCode, value: user.phoneEnc ? tx.pii.decrypt(user.phoneEnc) : null };
    },
  });
};
