import type { Ctx } from '../../../platform/context';
import { getSetForRead } from './set-access';
import { setDetail } from './set-view';

// One criteria set with its indicators in order.

export const getSet = async (ctx: Ctx, setId: string) => setDetail(ctx.db, await getSetForRead(ctx, setId));
