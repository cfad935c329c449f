import { levelOfCode } from '../../../contracts/region-code';
import { canManageRole, type Department, ROLE_SCOPE_LEVELS, type Role } from '../../../contracts/roles';
import type { Actor } from '../../platform/context';
import { Forbidden, invalidField } from '../../platform/errors';
import { isInScope, scopeOf } from '../../platform/scope';

// Who may manage which accounts: only inside one's own scope, and only roles below one's own.

export const mayManageAccount = (actor: Actor, target: { role: Role; regionCode: string }): boolean =>
  canManageRole(actor.role, target.role) && isInScope(target.regionCode, scopeOf(actor));

export const assertMayAssign = (actor: Actor, role: Role, scopeCode: string): void => {
  if (!canManageRole(actor.role, role)) throw new Forbidden('只能创建或修改比自己角色级别低的账号');
  if (!isInScope(scopeCode, scopeOf(actor))) throw invalidField('scopeCode', '所选区划不在您的管辖范围内');
};

/** The scope must sit at a level that fits the role (a township account on a township, …). */
export const assertScopeFitsRole = (
  role: Role,
  scopeCode: string,
  department: Department | null | undefined,
) => {
  if (!ROLE_SCOPE_LEVELS[role].includes(levelOfCode(scopeCode))) {
    throw invalidField('scopeCode', '所选区划的级别与角色不符');
  }
  if (role === 'department' && !department) throw invalidField('department', '部门经办人须选择所属部门');
};
