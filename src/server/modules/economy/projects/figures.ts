import { and, count, eq, isNull, ne } from 'drizzle-orm';
import type { Figure } from '../../../platform/modules/manifest';
import { assertInScope, scopeOf } from '../../../platform/scope';
import { economyProjects } from '../tables';
import { beijingYear } from './dates';

// Figures of the projects part for other modules (assessments' record-filled indicators: H07).

export const ledProjectsFigure: Figure = {
  key: 'economy.ledProjects',
  label: { zh: '书记领办项目数', en: 'Secretary-led projects' },
  definition: {
    zh: '该区划（村、乡镇或县本级）当年的书记领办项目数（已公开承诺、已考评或已办结，不含草稿）',
    en: "Led projects of the region's own secretary in the year (committed, evaluated or closed; drafts not counted)",
  },
  unit: { zh: '个', en: 'projects' },
  compute: async (ctx, q) => {
    assertInScope(q.regionCode, scopeOf(ctx.actor));
    const [{ n }] = await ctx.db
      .select({ n: count() })
      .from(economyProjects)
      .where(
        and(
          eq(economyProjects.regionCode, q.regionCode),
          eq(economyProjects.year, q.year ?? beijingYear()),
          eq(economyProjects.kind, 'led'),
          ne(economyProjects.status, 'draft'),
          isNull(economyProjects.deletedAt),
        ),
      );
    return n;
  },
};
