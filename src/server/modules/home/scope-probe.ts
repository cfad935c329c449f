import { eq } from 'drizzle-orm';
import type { ScopeProbe } from '../../../testing/scope-probe';
import { notify } from '../../platform/notifications/notify';
import { notifications } from '../../platform/notifications/tables';

// 消息通知 are their recipient's only: a notice to 凌云's county admin is another person's, so
// every other caller must get 404 for it and never see its title.

export const scopeProbes: ScopeProbe[] = [
  {
    param: 'notificationId',
    foreignValues: async ({ services, regions }) => {
      const title = '探针消息：凌云县的通知';
      await notify(
        services.database.db,
        { kind: 'probe', title, regionCode: regions.otherCountyVillage.code },
        { roles: ['county_admin'] },
      );
      const rows = await services.database.db
        .select({ id: notifications.id })
        .from(notifications)
        .where(eq(notifications.title, title));
      if (rows.length === 0) throw new Error('probe notification: no recipient');
      return { values: rows.map((r) => r.id), markers: [title] };
    },
  },
];
