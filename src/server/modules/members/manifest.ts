import { eq } from 'drizzle-orm';
import { countLivingUnder } from '../../platform/modules/figures';
import { defineModule } from '../../platform/modules/manifest';
import { membersAuditLabels } from './audit-labels';
import { partyOrgReferences } from './counts';
import { householdParty } from './household-party';
import { membersRoutes } from './routes';
import * as tables from './tables';

const memberFigure = (status: 'full' | 'probationary' | null) => ({
  key: status ? `members.${status}` : 'members.count',
  label:
    status === 'full'
      ? { zh: '正式党员', en: 'Full members' }
      : status === 'probationary'
        ? { zh: '预备党员', en: 'Probationary members' }
        : { zh: '党员数', en: 'Party members' },
  definition: {
    zh: `区划内在册（未删除）的${status === 'full' ? '正式' : status === 'probationary' ? '预备' : '正式和预备'}党员数，按党员本人所在区划计`,
    en: `Registered (not deleted) ${status ?? 'full and probationary'} party members living in the region`,
  },
  unit: { zh: '人', en: 'members' },
  compute: (ctx: Parameters<typeof countLivingUnder>[0], { regionCode }: { regionCode: string }) =>
    countLivingUnder(
      ctx,
      tables.partyMembers,
      regionCode,
      status ? eq(tables.partyMembers.status, status) : undefined,
    ),
});

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
  figures: [memberFigure(null), memberFigure('full'), memberFigure('probationary')],
});
