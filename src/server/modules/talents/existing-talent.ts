import { and, eq, isNull } from 'drizzle-orm';
import type { Ctx } from '../../platform/context';
import { invalidField } from '../../platform/errors';
import { talents } from './tables';

// A person is entered into the talent pool once ("enter a fact once"): a second record of the
// same villager would be reviewed twice and counted twice.

/** The living talent record of a person of the households registry, if any. */
export const talentOfPerson = async (ctx: Ctx, personId: string) => {
  const [row] = await ctx.db
    .select({ id: talents.id, status: talents.status })
    .from(talents)
    .where(and(eq(talents.personId, personId), isNull(talents.deletedAt)))
    .limit(1);
  return row;
};

/** A living talent of this name in this village (for rows that name no person), if any. */
export const talentNamedInVillage = async (ctx: Ctx, regionCode: string, name: string) => {
  const [row] = await ctx.db
    .select({ id: talents.id })
    .from(talents)
    .where(and(eq(talents.regionCode, regionCode), eq(talents.name, name), isNull(talents.deletedAt)))
    .limit(1);
  return row;
};

export const ALREADY_IN_POOL = '此人已在人才库中，请在原记录上修改';

export const assertNotInPool = async (ctx: Ctx, personId: string) => {
  if (await talentOfPerson(ctx, personId)) throw invalidField('personId', ALREADY_IN_POOL);
};
