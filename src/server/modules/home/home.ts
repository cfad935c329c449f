import type { Home } from '../../../contracts/api/home';
import { can, type Role } from '../../../contracts/roles';
import type { Ctx } from '../../platform/context';
import type { HomeShortcut, ModuleManifest } from '../../platform/modules/manifest';
import { installedModules } from '../../platform/modules/registry';

/**
 * The role's shortcuts: those it may use, ranked ones first by their rank for this role, then
 * the ones meant for every role (no ranks at all) in manifest order (the sort is stable). A
 * shortcut ranked for other roles only is their common job, not this role's: the menu has it.
 */
export const shortcutsFor = (modules: readonly ModuleManifest[], role: Role): HomeShortcut[] =>
  modules
    .flatMap((m) => m.home?.shortcuts ?? [])
    .filter((s) => can(role, s.permission) && (!s.rank || s.rank[role] !== undefined))
    .sort(
      (a, b) => (a.rank?.[role] ?? Number.POSITIVE_INFINITY) - (b.rank?.[role] ?? Number.POSITIVE_INFINITY),
    );

/**
 * 工作台: what waits on the caller (each module decides which of its items the caller sees) and
 * the caller's common jobs, from the installed modules. Read-only, so the modules ask together.
 */
export const home = async (ctx: Ctx): Promise<Home> => {
  const modules = installedModules();
  const pending = await Promise.all(modules.map((m) => m.home?.pending?.(ctx) ?? []));
  return { pending: pending.flat(), shortcuts: shortcutsFor(modules, ctx.actor.role) };
};
