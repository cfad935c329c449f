import { sql } from 'drizzle-orm';
import { recordFigure } from '../../../platform/figures/record-figure';
import type { Figure } from '../../../platform/modules/manifest';
import { economyProjects } from '../tables';

// Figures of the projects part for other modules (assessments' record-filled indicators: H07).

const p = economyProjects;

export const ledProjectsFigure: Figure = recordFigure({
  key: 'economy.ledProjects',
  label: { zh: '书记领办项目数', en: 'Secretary-led projects' },
  definition: {
    zh: '该区划（村、乡镇或县本级）当年的书记领办项目数（已公开承诺、已考评或已办结，不含草稿）',
    en: "Led projects of the region's own secretary in the year (committed, evaluated or closed; drafts not counted)",
  },
  unit: { zh: '个', en: 'projects' },
  record: 'project',
  ownRegionOnly: true,
  permission: 'economy.read',
  records: (_ctx, q) => sql`
    select ${p.regionCode} as region_code, ${p.id} as id, ${p.title} as title, 1 as weight, ${p.status} as category
    from ${p}
    where ${p.regionCode} = ${q.regionCode} and ${p.year} = ${q.year} and ${p.kind} = 'led'
      and ${p.status} <> 'draft' and ${p.deletedAt} is null`,
});
