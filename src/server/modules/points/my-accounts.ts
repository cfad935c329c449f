import type { Ctx } from '../../platform/context';
import { NotFound } from '../../platform/errors';
import { personSummaries } from '../households/lookups';
import { memberOfPerson } from '../members/lookups';
import { accountOf, accountViews, currentYear, holderOf } from './accounts';
import { ownPersonId } from './own-person';
import { actsForSelfOnly, maySeeAccount } from './policy';
import type { PointsSystem, pointsAccounts } from './tables';

/** 我的积分: the logged-in member's own account and their household's. */
export const myAccounts = async (ctx: Ctx) => {
  const personId = await ownPersonId(ctx);
  if (!personId) return { member: null, household: null };
  const memberId = await memberOfPerson(ctx, personId);
  const person = (await personSummaries(ctx, [personId])).get(personId);
  const open = async (system: PointsSystem, holderId: string | null | undefined) => {
    if (!holderId) return null;
    try {
      return (
        await accountViews(ctx, [await accountOf(ctx, await holderOf(ctx, system, holderId))], currentYear())
      )[0];
    } catch (error) {
      if (error instanceof NotFound) return null;
      throw error;
    }
  };
  return {
    member: await open('member', memberId),
    household: await open('civil', person?.householdId),
  };
};

/** Party members and villagers read only their own accounts. */
export const assertOwnAccount = async (ctx: Ctx, account: typeof pointsAccounts.$inferSelect) => {
  const own = actsForSelfOnly(ctx.actor) && (await isOwnAccount(ctx, account));
  if (!maySeeAccount(ctx.actor, own)) throw new NotFound();
};

/** The account is the caller's own member account or their household's. */
export const isOwnAccount = async (ctx: Ctx, account: { id: string }): Promise<boolean> => {
  const mine = await myAccounts(ctx);
  return mine.member?.id === account.id || mine.household?.id === account.id;
};
