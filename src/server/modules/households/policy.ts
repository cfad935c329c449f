import { levelOfCode } from '../../../contracts/region-code';
import { can } from '../../../contracts/roles';
import type { Actor, Ctx } from '../../platform/context';
import { Forbidden, invalidField } from '../../platform/errors';
import { isInScope, scopeOf } from '../../platform/scope';
import { regionNames } from '../regions/region-view';

// Who may do what with households and persons. Reading and writing are route permissions
// (households.read / households.write); these are the rules that depend on the record.

/** Full ID numbers and phones: only roles with 'pii.reveal', and only inside their scope (loaded in scope). */
export const assertMayReveal = (actor: Actor): void => {
  if (!can(actor.role, 'pii.reveal')) throw new Forbidden('您的角色不能查看完整个人信息');
};

/** A household lives in a village (12 digits) or a villager group (15) that exists inside the scope. */
export const assertHouseholdRegion = async (
  ctx: Ctx,
  code: string,
  field = 'regionCode',
): Promise<string> => {
  const level = levelOfCode(code);
  if (level !== 'village' && level !== 'group') throw invalidField(field, '请选择村（社区）或村民小组');
  if (!isInScope(code, scopeOf(ctx.actor))) throw invalidField(field, '所选村不在您的管辖范围内');
  const name = (await regionNames(ctx.db, [code])).get(code);
  if (!name) throw invalidField(field, '区划不存在，请先导入该区县');
  return name;
};
