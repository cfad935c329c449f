import type { Ctx } from '../../platform/context';
import { NotFound } from '../../platform/errors';
import { accountViews, currentYear, getAccount } from './accounts';

export const getAccountView = async (ctx: Ctx, accountId: string) => {
  const account = await getAccount(ctx, accountId);
  const [view] = await accountViews(ctx, [account], currentYear());
  if (!view.holderName) throw new NotFound();
  return view;
};
