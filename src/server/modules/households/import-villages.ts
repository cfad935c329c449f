import type { Ctx } from '../../platform/context';
import { descendantsOf } from '../regions/list-descendants';
import { regionNames } from '../regions/region-view';

/**
 * The places of the caller's scope an import may name, labelled as the drop-down shows them:
 * townships by name, villages as "乡镇/村"; `resolve` also takes the 12-digit code.
 */
export const placesInScope = async (ctx: Ctx, levels: ('township' | 'village')[]) => {
  const found = (
    await Promise.all(levels.map((level) => descendantsOf(ctx.db, ctx.actor.scopeCode, level)))
  ).flat();
  const parents = await regionNames(
    ctx.db,
    found.flatMap((v) => (v.level === 'village' && v.parentCode ? [v.parentCode] : [])),
  );
  const labelled = found
    .map((v) => ({
      code: v.code,
      label:
        v.level === 'village'
          ? `${(v.parentCode && parents.get(v.parentCode)) || ''}/${v.name}`.replace(/^\//, '')
          : v.name,
    }))
    .sort((a, b) => a.code.localeCompare(b.code));
  const byKey = new Map<string, string>();
  const labelOf = new Map<string, string>();
  for (const v of labelled) {
    byKey.set(v.code, v.code);
    byKey.set(v.label, v.code);
    labelOf.set(v.code, v.label);
  }
  return {
    labels: labelled.map((v) => v.label),
    resolve: (text: string) => byKey.get(text.trim()),
    label: (code: string) => labelOf.get(code) ?? code,
  };
};

/** The villages a clerk may import into, with labels "乡镇/村" for the drop-down, and a resolver. */
export const villagesInScope = (ctx: Ctx) => placesInScope(ctx, ['village']);
