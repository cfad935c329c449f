import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context';
import { invalidField } from '../../platform/errors';
import { countyCodeOf } from '../../platform/scope';
import { serviceItems } from './tables';

// 申请办理 a service-list item (服务清单): the request is an event of the item's category with
// source 'service'. The item must be an active one of the county the request is filed in.

export const serviceItemOf = async (tx: Ctx, itemId: string, regionCode: string) => {
  const [item] = await tx.db
    .select()
    .from(serviceItems)
    .where(and(eq(serviceItems.id, itemId), eq(serviceItems.regionCode, countyCodeOf(regionCode))));
  if (!item) throw invalidField('serviceItemId', '服务事项不存在或不属于本县');
  if (!item.active) throw invalidField('serviceItemId', `「${item.name}」已停止办理，请选择其他事项`);
  return item;
};
