import { eq, sql } from 'drizzle-orm';
import { levelOfCode } from '../../../../contracts/region-code';
import type { Ctx } from '../../../platform/context';
import { invalidField, NotFound } from '../../../platform/errors';
import { countyCodeOf, coversActor, getInScope, isInScope, scopeOf } from '../../../platform/scope';
import { criteriaSets } from '../tables';
import { assertDraft, mayEditCriteria } from './policy';

// Whose criteria sets: a set belongs to a county. Staff of the county (its townships and villages
// too) read it; someone above the county reads those in scope; only its county admin edits.

const IN_A_COUNTY = new Set(['county', 'township', 'village', 'group']);

/** The county whose sets the caller lists: their own. */
export const callerCounty = (ctx: Ctx): string => {
  if (!IN_A_COUNTY.has(levelOfCode(ctx.actor.scopeCode)))
    throw invalidField('regionCode', '评定标准按县（市、区）管理，请以县级或以下账号查看');
  return countyCodeOf(ctx.actor.scopeCode);
};

const mayRead = (ctx: Ctx, regionCode: string) =>
  coversActor(ctx.actor, regionCode) || isInScope(regionCode, scopeOf(ctx.actor));

/** A set the caller may read (NotFound otherwise). */
export const getSetForRead = async (ctx: Ctx, setId: string) => {
  const [set] = await ctx.db.select().from(criteriaSets).where(eq(criteriaSets.id, setId)).limit(1);
  if (!set || !mayRead(ctx, set.regionCode)) throw new NotFound();
  return set;
};

/** A set the caller may change, locked; 409 when published (every edit route goes through here). */
export const getDraftForEdit = async (tx: Ctx, setId: string) => {
  const set = await getSetForEdit(tx, setId);
  assertDraft(set);
  return set;
};

/** A set in the caller's scope that the caller may edit, locked (published sets too: copy, publish). */
export const getSetForEdit = async (tx: Ctx, setId: string) => {
  const set = await getInScope(tx.db, criteriaSets, setId, scopeOf(tx.actor), { forUpdate: true });
  if (!mayEditCriteria(tx.actor, set.regionCode)) throw new NotFound();
  return set;
};

/** Serializes new versions of one county's sets (the version number is the next free one). */
export const lockCountySets = (tx: Ctx, county: string) =>
  tx.db.execute(sql`select pg_advisory_xact_lock(hashtext(${`zhenxing.assess.criteria.${county}`}))`);
