import { defineModule, type HomeShortcut } from '../../platform/modules/manifest';
import { pointsAuditLabels } from './audit-labels';
import { seedPointsCatalogue } from './catalogue';
import { claimAttachments } from './claim-attachments';
import { pointsFigures } from './figures';
import { pointsHomePending } from './home-pending';
import { householdPoints } from './household-points';
import { pointsRoutes } from './routes';
import * as tables from './tables';

// 积分: party-member points and the civilization points supermarket (docs/points.md).

const shortcuts: readonly HomeShortcut[] = [
  {
    key: 'points.propose',
    label: { zh: '申报积分', en: 'Propose points' },
    path: '/points-propose',
    permission: 'points.propose',
    rank: { grid_worker: 1, village: 3, stationed_cadre: 1, party_member: 1 },
  },
  {
    key: 'points.mine',
    label: { zh: '我的申报', en: 'My claims' },
    path: '/points-mine',
    permission: 'points.propose',
    rank: { grid_worker: 3, party_member: 2, stationed_cadre: 3 },
  },
  {
    key: 'points.review',
    label: { zh: '积分审核', en: 'Review claims' },
    path: '/points-review',
    permission: 'points.approve',
    rank: { village: 1, township: 2 },
  },
  {
    key: 'points.shop',
    label: { zh: '积分超市', en: 'Points supermarket' },
    path: '/points-shop',
    permission: 'points.shop',
    rank: { village: 4 },
  },
  {
    key: 'points.own',
    label: { zh: '我的积分', en: 'My points' },
    path: '/my-points',
    permission: 'points.own',
    rank: { villager: 1, party_member: 3 },
  },
  {
    key: 'points.reserve',
    label: { zh: '积分兑换', en: 'Redeem points' },
    path: '/points-reserve',
    permission: 'points.own',
    rank: { villager: 2 },
  },
];

export const pointsModule = defineModule({
  name: 'points',
  label: { zh: '积分', en: 'Points' },
  audit: pointsAuditLabels,
  routes: [pointsRoutes],
  tables,
  permissions: [
    'points.read',
    'points.rules',
    'points.propose',
    'points.approve',
    'points.correct',
    'points.shop',
    'points.own',
    'points.board',
  ],
  onCountyImport: async (db, who, countyCode) => {
    await seedPointsCatalogue(db, who, countyCode);
  },
  householdFile: {
    key: 'points',
    read: async (ctx, household) => ({ points: await householdPoints(ctx, household.id) }),
  },
  attachments: [claimAttachments],
  home: { pending: pointsHomePending, shortcuts },
  figures: pointsFigures,
});
