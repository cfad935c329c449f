import { defineModule } from '../../platform/modules/manifest';
import { orgAuditLabels } from './audit-labels';
import { coverage } from './coverage';
import { orgRoutes } from './routes';
import * as tables from './tables';

/** 两个覆盖 over every unit type: units covered (organizational or work) or all units. */
const coverageTotal = async (
  ctx: Parameters<typeof coverage>[0],
  regionCode: string,
  part: 'organizational' | 'work' | 'denominator',
) => {
  const { byType } = await coverage(ctx, regionCode);
  return byType.reduce(
    (sum, t) => sum + (part === 'denominator' ? t.organizational.denominator : t[part].numerator),
    0,
  );
};

export const orgModule = defineModule({
  name: 'org',
  label: { zh: '党组织', en: 'Party organizations' },
  audit: orgAuditLabels,
  routes: [orgRoutes],
  tables,
  permissions: ['org.read', 'org.write'],
  home: {
    shortcuts: [
      {
        key: 'orgs',
        label: { zh: '党组织', en: 'Party organizations' },
        path: '/orgs',
        permission: 'org.read',
        rank: { county_admin: 3, township: 2 },
      },
    ],
  },
  figures: [
    {
      key: 'coverage.units',
      label: { zh: '两个覆盖单位数', en: 'Units to cover' },
      definition: {
        zh: '区划内登记的非公企业、社会组织等单位数（两个覆盖率的分母）',
        en: 'Registered units to cover in the region (the denominator of both coverage rates)',
      },
      unit: { zh: '个', en: 'units' },
      compute: (ctx, { regionCode }) => coverageTotal(ctx, regionCode, 'denominator'),
    },
    {
      key: 'coverage.organizational',
      label: { zh: '组织覆盖单位数', en: 'Units with a party organization' },
      definition: {
        zh: '有未撤销党组织的单位数（组织覆盖率的分子）',
        en: 'Units with a living party organization (numerator of organizational coverage)',
      },
      unit: { zh: '个', en: 'units' },
      compute: (ctx, { regionCode }) => coverageTotal(ctx, regionCode, 'organizational'),
    },
    {
      key: 'coverage.work',
      label: { zh: '工作覆盖单位数', en: 'Units with party work' },
      definition: {
        zh: '有党组织或党建指导员的单位数（工作覆盖率的分子）',
        en: 'Units with a party organization or an instructor (numerator of work coverage)',
      },
      unit: { zh: '个', en: 'units' },
      compute: (ctx, { regionCode }) => coverageTotal(ctx, regionCode, 'work'),
    },
  ],
});
