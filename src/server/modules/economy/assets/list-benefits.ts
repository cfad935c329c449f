import { and, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { BenefitFilters, BenefitListQuery, BenefitView } from '../../../../contracts/api/economy-assets';
import type { Ctx } from '../../../platform/context';
import { auditedExport, pages } from '../../../platform/excel/export';
import type { SheetColumn } from '../../../platform/excel/stream';
import { inScope, scopeOf, underRegion } from '../../../platform/scope';
import { householdIdsMatching } from '../../households/lookups';
import { economyBenefits } from '../tables';
import { benefitViews, selectBenefits } from './benefit-view';
import { BENEFIT_KIND_NAMES, yuan } from './labels';

// 利益联结: benefits of households in the caller's scope by village, year, kind, entity and a
// household's number or head, a page at a time with the sums of the whole filter; and as a sheet.

const b = economyBenefits;

const benefitsWhere = (ctx: Ctx, f: BenefitFilters): SQL | undefined => {
  const term = f.q?.trim();
  return and(
    inScope(b.regionCode, scopeOf(ctx.actor)),
    f.regionCode ? underRegion(b.regionCode, f.regionCode) : undefined,
    f.year ? eq(b.year, f.year) : undefined,
    f.kind ? eq(b.kind, f.kind) : undefined,
    f.entityId ? eq(b.entityId, f.entityId) : undefined,
    term ? inArray(b.householdId, householdIdsMatching(ctx, term)) : undefined,
  );
};

export const listBenefits = async (ctx: Ctx, q: BenefitListQuery) => {
  const where = benefitsWhere(ctx, q);
  const order =
    q.sort === 'amount'
      ? [desc(b.amountFen), desc(b.year), desc(b.id)]
      : [desc(b.year), desc(b.createdAt), desc(b.id)];
  const [rows, [sums]] = await Promise.all([
    selectBenefits(ctx)
      .where(where)
      .orderBy(...order)
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    ctx.db
      .select({
        total: sql<number>`count(*)::int`,
        amountFen: sql<number>`coalesce(sum(${b.amountFen}), 0)`.mapWith(Number),
        jobs: sql<number>`coalesce(sum(${b.jobs}), 0)::int`,
      })
      .from(b)
      .where(where),
  ]);
  return {
    items: await benefitViews(ctx, rows),
    total: Number(sums.total),
    page: q.page,
    pageSize: q.pageSize,
    amountFen: Number(sums.amountFen),
    jobs: Number(sums.jobs),
  };
};

const columns: SheetColumn<BenefitView>[] = [
  { header: '村（社区）', key: 'village', width: 14, value: (v) => v.villageName ?? '' },
  { header: '户编号', key: 'householdNo', width: 18, value: (v) => v.householdNo ?? '' },
  { header: '户主', key: 'head', width: 10, value: (v) => v.headName ?? '' },
  { header: '年度', key: 'year', width: 8, value: (v) => v.year },
  { header: '受益方式', key: 'kind', width: 10, value: (v) => BENEFIT_KIND_NAMES[v.kind] },
  { header: '金额（元）', key: 'amount', width: 12, value: (v) => yuan(v.amountFen) },
  { header: '就业人数', key: 'jobs', width: 10, value: (v) => v.jobs },
  { header: '经营主体', key: 'entity', width: 24, value: (v) => v.entityName ?? '' },
  { header: '备注', key: 'note', width: 30, value: (v) => v.note ?? '' },
];

export const exportBenefits = (ctx: Ctx, f: BenefitFilters) =>
  auditedExport(ctx, {
    action: 'economy.benefit.export',
    entity: 'economy_benefit',
    filters: f,
    sheet: '利益联结',
    columns,
    batches: pages((page, pageSize) => listBenefits(ctx, { ...f, page, pageSize })),
  });
