import { and, asc, desc, eq, ilike, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { EntityFilters, EntityListQuery, EntityView } from '../../../../contracts/api/economy-assets';
import type { Ctx } from '../../../platform/context';
import { containsPattern } from '../../../platform/db/like';
import { auditedExport, pages } from '../../../platform/excel/export';
import type { SheetColumn } from '../../../platform/excel/stream';
import { inScope, scopeOf, underRegion, villageColumn } from '../../../platform/scope';
import { regionNameOf } from '../../regions/region-view';
import { ENTITY_KINDS } from '../defaults';
import { economyEntities } from '../tables';
import { selectEntities, toEntityView } from './entity-view';

// 经营主体: living enterprises and cooperatives in the caller's scope by region, kind and words of
// the name, the industry or the village, a page at a time; and the same as a sheet.

const e = economyEntities;

const entitiesWhere = (ctx: Ctx, f: EntityFilters): SQL | undefined => {
  const like = f.q?.trim() ? containsPattern(f.q.trim()) : null;
  return and(
    inScope(e.regionCode, scopeOf(ctx.actor)),
    isNull(e.deletedAt),
    f.regionCode ? underRegion(e.regionCode, f.regionCode) : undefined,
    f.kind ? eq(e.kind, f.kind) : undefined,
    like
      ? or(
          ilike(e.name, like),
          ilike(e.industry, like),
          ilike(regionNameOf(villageColumn(e.regionCode)), like),
        )
      : undefined,
  );
};

export const listEntities = async (ctx: Ctx, q: EntityListQuery) => {
  const where = entitiesWhere(ctx, q);
  const order =
    q.sort === 'name' ? [asc(e.name), asc(e.id)] : [asc(e.regionCode), desc(e.createdAt), asc(e.id)];
  const [rows, [{ total }]] = await Promise.all([
    selectEntities(ctx)
      .where(where)
      .orderBy(...order)
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    ctx.db.select({ total: sql<number>`count(*)::int` }).from(e).where(where),
  ]);
  return { items: rows.map(toEntityView), total: Number(total), page: q.page, pageSize: q.pageSize };
};

const columns: SheetColumn<EntityView>[] = [
  { header: '乡镇', key: 'township', width: 14, value: (v) => v.townshipName ?? '' },
  { header: '村（社区）', key: 'village', width: 14, value: (v) => v.villageName ?? '' },
  { header: '主体名称', key: 'name', width: 28, value: (v) => v.name },
  { header: '类型', key: 'kind', width: 16, value: (v) => ENTITY_KINDS[v.kind]?.zh ?? v.kind },
  { header: '产业', key: 'industry', width: 14, value: (v) => v.industry ?? '' },
  { header: '联结模式', key: 'model', width: 36, value: (v) => v.modelLabel },
  { header: '合作方', key: 'partners', width: 28, value: (v) => v.partners ?? '' },
  { header: '成立日期', key: 'establishedOn', width: 12, value: (v) => v.establishedOn ?? '' },
  { header: '带动农户（户）', key: 'members', width: 14, value: (v) => v.memberHouseholds ?? '' },
  { header: '备注', key: 'note', width: 30, value: (v) => v.note ?? '' },
];

export const exportEntities = (ctx: Ctx, f: EntityFilters) =>
  auditedExport(ctx, {
    action: 'economy.entity.export',
    entity: 'economy_entity',
    filters: f,
    sheet: '经营主体',
    columns,
    batches: pages((page, pageSize) => listEntities(ctx, { ...f, page, pageSize })),
  });
