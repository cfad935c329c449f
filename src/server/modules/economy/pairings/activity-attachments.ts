import { can } from '../../../../contracts/roles';
import type { AttachableKind } from '../../../platform/attachments/kinds';
import { Forbidden, NotFound } from '../../../platform/errors';
import { economyPairingActivities } from '../tables';
import { mayManagePairings } from './policy';

// 活动照片 of a pairing's activity, on the platform's attachments. The platform loads the activity
// in the caller's scope by its weak village; economy.pairings staff there add photos, and remove
// their own (the county removes any).

export const ACTIVITY_KIND = 'economy_activity';
export const MAX_ACTIVITY_PHOTOS = 9;

type ActivityRow = typeof economyPairingActivities.$inferSelect;

export const activityAttachments: AttachableKind<ActivityRow> = {
  kind: ACTIVITY_KIND,
  label: { zh: '帮带活动', en: 'pairing activity' },
  table: economyPairingActivities,
  accept: ['image'],
  maxFiles: MAX_ACTIVITY_PHOTOS,
  assertMayRead: (ctx) => {
    if (!can(ctx.actor.role, 'economy.read')) throw new NotFound();
  },
  assertMayAdd: (ctx) => {
    if (!mayManagePairings(ctx.actor)) throw new Forbidden('您的角色不能为帮带活动上传照片');
  },
  assertMayRemove: (ctx, _activity, file) => {
    if (!mayManagePairings(ctx.actor)) throw new Forbidden('您的角色不能删除帮带活动照片');
    if (file.createdBy !== ctx.actor.userId && ctx.actor.role !== 'county_admin')
      throw new Forbidden('只有上传人或县级管理员可以删除此照片');
  },
};
