import { can } from '../../../contracts/roles';
import type { Actor, Ctx } from '../../platform/context';
import { invalidField, NotFound } from '../../platform/errors';
import { loadPerson } from './load';
import { personSummaries } from './lookups';

// The ID numbers of the people an export of another registry lists (党员, 村干部 …): masked in
// one query, or in full person by person for an export that may reveal them (audited by the export).

export const idNumbersOf = async (
  ctx: Ctx,
  personIds: string[],
  reveal: boolean,
): Promise<Map<string, string | null>> => {
  if (!reveal) {
    const people = await personSummaries(ctx, personIds);
    return new Map(personIds.map((id) => [id, people.get(id)?.idNumberMasked ?? null]));
  }
  const out = new Map<string, string | null>();
  for (const id of personIds) {
    // A person moved out of the caller's scope (or gone) has no number to show here.
    const person = await loadPerson(ctx, id, { deleted: true }).catch((error) => {
      if (error instanceof NotFound) return null;
      throw error;
    });
    out.set(id, person?.idNumberEnc ? ctx.pii.decrypt(person.idNumberEnc) : null);
  }
  return out;
};

/** An export with full ID numbers or phones: a role with pii.reveal that states why (audited). */
export const assertMayExportInFull = (actor: Pick<Actor, 'role'>, reveal: boolean, purpose?: string) => {
  if (!reveal) return;
  if (!can(actor.role, 'pii.reveal')) throw invalidField('reveal', '您的角色不能导出完整个人信息');
  if (!purpose || purpose.trim().length < 2) throw invalidField('purpose', '导出完整个人信息须填写事由');
};
