import { and, eq, max } from 'drizzle-orm';
import { newId } from '../../../platform/auth/session';
import { type Ctx, inTransaction } from '../../../platform/context';
import { criteriaSets } from '../tables';
import { auditSet } from './audit-set';
import { ownCriteriaCounty } from './own-county';
import { lockCountySets } from './set-access';
import { setDetail } from './set-view';

// 新建评定标准: a blank draft of the county for a year (next version of that year); no
// satisfaction rule until the county names its satisfaction indicator.

export const BLANK_THRESHOLDS = { five: 90, four: 80, three: 70, two: 60 };

/** The next version of a county's sets of a year (call under lockCountySets). */
export const nextVersion = async (tx: Ctx, county: string, year: number) => {
  const [row] = await tx.db
    .select({ v: max(criteriaSets.version) })
    .from(criteriaSets)
    .where(and(eq(criteriaSets.regionCode, county), eq(criteriaSets.year, year)));
  return (row?.v ?? 0) + 1;
};

export const defaultSetName = (year: number) => `${year}年度村党组织星级评定标准`;

export const createSet = (ctx: Ctx, body: { year: number; name?: string }) =>
  inTransaction(ctx, async (tx) => {
    const county = ownCriteriaCounty(tx);
    await lockCountySets(tx, county);
    const [set] = await tx.db
      .insert(criteriaSets)
      .values({
        id: newId(),
        regionCode: county,
        year: body.year,
        version: await nextVersion(tx, county, body.year),
        name: body.name ?? defaultSetName(body.year),
        status: 'draft',
        thresholds: BLANK_THRESHOLDS,
        rules: { satisfaction: null, vetoMaxStars: 1, caps: null },
      })
      .returning();
    await auditSet(tx, 'create', set, { after: { year: set.year, version: set.version, name: set.name } });
    return setDetail(tx.db, set);
  });
