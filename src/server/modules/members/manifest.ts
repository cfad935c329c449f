import { defineModule } from '../../platform/modules/manifest';
import { membersAuditLabels } from './audit-labels';
import { partyOrgReferences } from './counts';
import { membersFigures } from './figures';
import { householdParty } from './household-party';
import { membersRoutes } from './routes';
import * as tables from './tables';

export const membersModule = defineModule({
  name: 'members',
  label: { zh: '党员管理', en: 'Party members' },
  audit: membersAuditLabels,
  routes: [membersRoutes],
  tables,
  permissions: ['members.read', 'members.write'],
  // Org shows and guards these counts without importing members.
  references: { party_org: partyOrgReferences },
  // 一户一档: the members who contact the household and its own party members.
  householdFile: {
    key: 'party',
    read: (ctx, household) => householdParty(ctx, household.id, household.memberIds),
  },
  home: {
    shortcuts: [
      {
        key: 'members',
        label: { zh: '党员管理', en: 'Party members' },
        path: '/members',
        permission: 'members.read',
        rank: { township: 3, village: 3 },
      },
    ],
  },
  figures: membersFigures,
});
