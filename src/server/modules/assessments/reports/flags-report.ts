import { asc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { FlagsReport, flagsVillagesQuerySchema } from '../../../../contracts/api/assess-reports';
import type { Ctx } from '../../../platform/context';
import { countyCodeOf, regionAtLevel } from '../../../platform/scope';
import { regionNameOf } from '../../regions/region-view';
import { flagAwards, flagKinds } from '../tables';
import { offsetOf, reportScope, rowsOf } from './report-sql';

// 红旗统计: flags awarded (status awarded) per kind and year in the caller's scope, and the
// places behind a figure (a township, village or group; a household's flag shows its village).

export const flagsReport = async (ctx: Ctx, q: { township?: string }): Promise<FlagsReport> => {
  const kinds = await ctx.db
    .select()
    .from(flagKinds)
    .where(eq(flagKinds.regionCode, countyCodeOf(ctx.actor.scopeCode)))
    .orderBy(asc(flagKinds.sort), asc(flagKinds.code));
  const counts = await rowsOf<{ kind: string; year: number; n: number }>(
    ctx,
    sql`select ${flagAwards.kindId} as kind, ${flagAwards.year} as year, count(*)::int as n from ${flagAwards}
      where ${flagAwards.status} = 'awarded' and ${reportScope(ctx, flagAwards.regionCode, q.township)}
      group by 1, 2`,
  );
  const years = [...new Set(counts.map((c) => Number(c.year)))].sort((a, b) => b - a);
  const count = (kind: string, year: number) =>
    Number(counts.find((c) => c.kind === kind && Number(c.year) === year)?.n ?? 0);
  return {
    years,
    rows: kinds.map((k) => ({
      kindId: k.id,
      code: k.code,
      name: k.name,
      level: k.level,
      counts: years.map((y) => count(k.id, y)),
    })),
    totals: years.map((y) => counts.filter((c) => Number(c.year) === y).reduce((s, c) => s + Number(c.n), 0)),
  };
};

export const flagVillages = async (ctx: Ctx, q: z.infer<typeof flagsVillagesQuerySchema>) => {
  const township = regionAtLevel(flagAwards.regionCode, 'township');
  const where = sql`${flagAwards.status} = 'awarded' and ${flagAwards.year} = ${q.year}
    and ${reportScope(ctx, flagAwards.regionCode, q.township)}${q.kindId ? sql` and ${flagAwards.kindId} = ${q.kindId}` : sql``}`;
  const [items, [{ n }]] = await Promise.all([
    rowsOf<{
      id: string;
      regionCode: string;
      place: string;
      township: string;
      kind: string;
      household: boolean;
      year: number;
    }>(
      ctx,
      sql`select ${flagAwards.id} as id, ${flagAwards.regionCode} as "regionCode",
          coalesce(${regionNameOf(flagAwards.regionCode)}, ${flagAwards.regionCode}) as place,
          coalesce(${regionNameOf(township)}, ${township}) as township,
          (select ${flagKinds.name} from ${flagKinds} where ${flagKinds.id} = ${flagAwards.kindId}) as kind,
          ${flagAwards.householdId} is not null as household, ${flagAwards.year} as year
        from ${flagAwards} where ${where} order by ${flagAwards.regionCode}, 5, ${flagAwards.id}
        limit ${q.pageSize} offset ${offsetOf(q)}`,
    ),
    rowsOf<{ n: number }>(ctx, sql`select count(*)::int as n from ${flagAwards} where ${where}`),
  ]);
  return {
    items: items.map((r) => ({ ...r, year: Number(r.year), household: Boolean(r.household) })),
    total: Number(n),
    page: q.page,
    pageSize: q.pageSize,
  };
};
