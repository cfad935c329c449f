import type { Ctx } from '../../platform/context';
import { invalidField } from '../../platform/errors';
import { revealField } from '../../platform/pii/reveal';
import { loadPerson } from './load';
import { assertMayReveal } from './policy';

const COLUMN = { idNumber: 'idNumberEnc', phone: 'phoneEnc' } as const;

/** 查看完整身份证号 / 手机号: a role with 'pii.reveal', a stated purpose, one audit row. */
export const revealPerson = (ctx: Ctx, personId: string, field: string, purpose: string) => {
  if (field !== 'idNumber' && field !== 'phone') throw invalidField('field', '只能查看身份证号或手机号');
  assertMayReveal(ctx.actor);
  return revealField(ctx, {
    entity: 'person',
    entityId: personId,
    field,
    purpose,
    load: async (tx) => {
      const person = await loadPerson(tx, personId);
      const stored = person[COLUMN[field]];
      return { regionCode: person.regionCode, value: stored ? tx.pii.decrypt(stored) : null };
    },
  });
};
