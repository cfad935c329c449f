import { and, eq, gte, isNull, or, sql } from 'drizzle-orm';
import { countLivingUnder } from '../../platform/modules/figures';
import { defineModule } from '../../platform/modules/manifest';
import { cadresAuditLabels } from './audit-labels';
import { cadresRoutes } from './routes';
import * as tables from './tables';

export const cadresModule = defineModule({
  name: 'cadres',
  label: { zh: '干部队伍', en: 'Cadres' },
  audit: cadresAuditLabels,
  routes: [cadresRoutes],
  tables,
  permissions: ['cadres.read', 'cadres.write'],
  figures: [
    {
      key: 'cadres.reserve',
      label: { zh: '后备干部数', en: 'Reserve cadres' },
      definition: {
        zh: '区划内在册（未删除）、当前在任（无离任日期或离任日期未到）的村后备干部人数',
        en: 'Registered (not deleted) reserve cadres of the region serving today (no end date, or one not yet passed)',
      },
      unit: { zh: '人', en: 'cadres' },
      compute: (ctx, { regionCode }) =>
        countLivingUnder(
          ctx,
          tables.cadres,
          regionCode,
          and(
            eq(tables.cadres.isReserve, true),
            or(isNull(tables.cadres.endedOn), gte(tables.cadres.endedOn, sql`current_date`)),
          ),
        ),
    },
  ],
});
