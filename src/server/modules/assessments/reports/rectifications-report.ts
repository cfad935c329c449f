import { type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  RectificationFigure,
  RectificationsReport,
  rectificationsVillagesQuerySchema,
} from '../../../../contracts/api/assess-reports';
import type { Ctx } from '../../../platform/context';
import { regionAtLevel } from '../../../platform/scope';
import { regionNameOf, regionNames } from '../../regions/region-view';
import { weakOrgs } from '../tables';
import { offsetOf, reportScope, rowsOf } from './report-sql';

// 整顿统计: weak and lagging organizations per year and township — identified (every record of
// the year but dismissed ones), closed (销号: closed or consolidated since) and consolidated.

const FIGURE: Record<RectificationFigure, SQL> = {
  identified: sql`${weakOrgs.status} <> 'dismissed'`,
  closed: sql`${weakOrgs.status} in ('closed', 'consolidated')`,
  consolidated: sql`${weakOrgs.status} = 'consolidated'`,
};

export const rectificationsReport = async (
  ctx: Ctx,
  q: { township?: string },
): Promise<RectificationsReport> => {
  const township = regionAtLevel(weakOrgs.regionCode, 'township');
  const rows = await rowsOf<{
    year: number;
    township: string;
    identified: number;
    closed: number;
    consolidated: number;
  }>(
    ctx,
    sql`select ${weakOrgs.year} as year, ${township} as township,
        count(*) filter (where ${FIGURE.identified})::int as identified,
        count(*) filter (where ${FIGURE.closed})::int as closed,
        count(*) filter (where ${FIGURE.consolidated})::int as consolidated
      from ${weakOrgs} where ${reportScope(ctx, weakOrgs.regionCode, q.township)}
      group by 1, 2 order by 1 desc, 2`,
  );
  const names = await regionNames(
    ctx.db,
    rows.map((r) => r.township),
  );
  const years = [...new Set(rows.map((r) => Number(r.year)))];
  return {
    years: years.map((year) => {
      const townships = rows
        .filter((r) => Number(r.year) === year)
        .map((r) => ({
          code: r.township,
          name: names.get(r.township) ?? r.township,
          identified: Number(r.identified),
          closed: Number(r.closed),
          consolidated: Number(r.consolidated),
        }));
      const sum = (k: RectificationFigure) => townships.reduce((s, t) => s + t[k], 0);
      return {
        year,
        identified: sum('identified'),
        closed: sum('closed'),
        consolidated: sum('consolidated'),
        townships,
      };
    }),
  };
};

export const rectificationVillages = async (
  ctx: Ctx,
  q: z.infer<typeof rectificationsVillagesQuerySchema>,
) => {
  const township = regionAtLevel(weakOrgs.regionCode, 'township');
  const where = sql`${weakOrgs.year} = ${q.year} and ${FIGURE[q.figure]} and ${reportScope(ctx, weakOrgs.regionCode, q.township)}`;
  const [items, [{ n }]] = await Promise.all([
    rowsOf<{
      id: string;
      regionCode: string;
      village: string;
      township: string;
      year: number;
      status: string;
      source: string;
      closedAt: Date | string | null;
    }>(
      ctx,
      sql`select ${weakOrgs.id} as id, ${weakOrgs.regionCode} as "regionCode",
          coalesce(${regionNameOf(weakOrgs.regionCode)}, ${weakOrgs.regionCode}) as village,
          coalesce(${regionNameOf(township)}, ${township}) as township, ${weakOrgs.year} as year,
          ${weakOrgs.status} as status, ${weakOrgs.source} as source, ${weakOrgs.closedAt} as "closedAt"
        from ${weakOrgs} where ${where} order by ${weakOrgs.regionCode}, ${weakOrgs.id}
        limit ${q.pageSize} offset ${offsetOf(q)}`,
    ),
    rowsOf<{ n: number }>(ctx, sql`select count(*)::int as n from ${weakOrgs} where ${where}`),
  ]);
  return {
    items: items.map((r) => ({
      ...r,
      year: Number(r.year),
      closedAt: r.closedAt == null ? null : new Date(r.closedAt).toISOString(),
    })),
    total: Number(n),
    page: q.page,
    pageSize: q.pageSize,
  };
};
