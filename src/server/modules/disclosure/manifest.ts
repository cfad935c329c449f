import { defineModule } from '../../platform/modules/manifest';
import { itemAttachments } from './attachments';
import { DISCLOSURE_AUDIT } from './audit-labels';
import { publishedFigure, villagesOverdueFigure } from './figures';
import { disclosureHomePending, PAGES } from './home-pending';
import { disclosurePublicRoutes } from './public-routes';
import { disclosureRoutes } from './routes';
import { seedDisclosureKinds } from './seed';
import * as tables from './tables';

// 十公开: the county's catalogue of the ten kinds, the villages' items drafted (or generated from
// records), approved by the township and posted on a public page without log-in, corrections as
// new versions (issue 16, DOMAIN.md §8, docs/disclosure.md).

export const disclosureModule = defineModule({
  name: 'disclosure',
  label: { zh: '十公开', en: 'Public disclosure' },
  routes: [disclosureRoutes, disclosurePublicRoutes],
  tables,
  permissions: ['disclosure.read', 'disclosure.draft', 'disclosure.approve', 'disclosure.catalogue'],
  onCountyImport: (db, who, countyCode) => seedDisclosureKinds(db, who, countyCode),
  home: {
    pending: disclosureHomePending,
    shortcuts: [
      {
        key: 'disclosure-new',
        label: { zh: '发布公开事项', en: 'Post a disclosure' },
        path: `${PAGES.list}/new`,
        permission: 'disclosure.draft',
        rank: { village: 6 },
      },
      {
        key: 'disclosure-review',
        label: { zh: '审核村务公开', en: 'Approve disclosures' },
        path: PAGES.pending,
        permission: 'disclosure.approve',
        rank: { township: 6 },
      },
    ],
  },
  figures: [publishedFigure, villagesOverdueFigure],
  attachments: [itemAttachments],
  audit: DISCLOSURE_AUDIT,
});
