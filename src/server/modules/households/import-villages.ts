import type { Ctx } from '../../platform/context';
import { descendantsOf } from '../regions/list-descendants';
import { regionNames } from '../regions/region-view';

/** The villages a clerk may import into, with labels "乡镇/村" for the drop-down, and a resolver. */
export const villagesInScope = async (ctx: Ctx) => {
  const villages = await descendantsOf(ctx.db, ctx.actor.scopeCode, 'village');
  const parents = await regionNames(
    ctx.db,
    villages.flatMap((v) => (v.parentCode ? [v.parentCode] : [])),
  );
  const labelled = villages.map((v) => ({
    code: v.code,
    label: `${(v.parentCode && parents.get(v.parentCode)) || ''}/${v.name}`.replace(/^\//, ''),
  }));
  const byKey = new Map<string, string>();
  for (const v of labelled) {
    byKey.set(v.code, v.code);
    byKey.set(v.label, v.code);
  }
  return { labels: labelled.map((v) => v.label), resolve: (text: string) => byKey.get(text) };
};
