import type { Ctx } from '../../../platform/context';
import { loadAccount } from './load';
import { toDetail } from './view';

/** One account with its lines (NotFound outside the caller's scope). */
export const getAccount = async (ctx: Ctx, id: string) => toDetail(ctx, await loadAccount(ctx, id));
