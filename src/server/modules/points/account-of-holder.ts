import { type Ctx, inTransaction } from '../../platform/context';
import { accountOf, accountViews, currentYear, holderOf } from './accounts';
import { assertOwnAccount } from './my-accounts';
import type { PointsSystem } from './tables';

/** The account of a member or household (opened on first look), for the counter and the profile. */
export const accountOfHolder = (ctx: Ctx, system: PointsSystem, holderId: string) =>
  inTransaction(ctx, async (tx) => {
    const holder = await holderOf(tx, system, holderId);
    const account = await accountOf(tx, holder);
    await assertOwnAccount(tx, account);
    return (await accountViews(tx, [account], currentYear()))[0];
  });
