import type { z } from 'zod';
import { listOrgsQuerySchema, type Org } from '../../../contracts/api/org';
import { orgKind, orgLevel } from '../../../contracts/registry/enums';
import type { Ctx } from '../../platform/context';
import { labelOf } from '../../platform/excel/cells';
import { auditedExport, pages } from '../../platform/excel/export';
import type { SheetColumn } from '../../platform/excel/stream';
import { listOrgs } from './list-orgs';
import { orgChoices } from './lookups';
import { ORG_SHEET, orgPlaces, treeOrder } from './org-sheet';

// 导出党组织: the list's filters, the template's columns in tree order (each organization after
// its parent), so the file can be corrected and imported again top-down; 党员数 is for reading.

type Row = Org & { parentLabel: string | null; placeLabel: string };

const COLUMNS: SheetColumn<Row>[] = [
  { header: '组织名称', key: 'name', width: 30, value: (o) => o.name },
  { header: '组织层级', key: 'level', value: (o) => labelOf(orgLevel, o.level) },
  { header: '组织类别', key: 'kind', width: 20, value: (o) => labelOf(orgKind, o.kind) },
  { header: '所属区划', key: 'region', width: 24, value: (o) => o.placeLabel },
  { header: '上级党组织', key: 'parent', width: 30, value: (o) => o.parentLabel },
  { header: '成立日期', key: 'establishedOn', value: (o) => o.establishedOn },
  { header: '排序号', key: 'sortOrder', value: (o) => o.sortOrder },
  { header: '党员数', key: 'members', value: (o) => o.memberCount },
];

export const orgExportQuery = listOrgsQuerySchema.omit({ page: true, pageSize: true });

const BATCH = 500;

export const exportOrgs = async (ctx: Ctx, query: z.infer<typeof orgExportQuery>) => {
  const [orgs, places] = await Promise.all([orgChoices(ctx), orgPlaces(ctx)]);
  // Tree order needs the whole selection: a county's organizations number in the thousands.
  const all: Org[] = [];
  for await (const items of pages((page, pageSize) => listOrgs(ctx, { ...query, page, pageSize }), BATCH))
    all.push(...items);
  const rows = treeOrder(all).map((o) => ({
    ...o,
    parentLabel: o.parentId ? orgs.label(o.parentId) : null,
    placeLabel: places.label(o.regionCode),
  }));
  async function* batches() {
    for (let i = 0; i < rows.length; i += BATCH) yield rows.slice(i, i + BATCH);
  }
  return auditedExport(ctx, {
    action: 'org.export',
    entity: 'party_org',
    filters: query,
    sheet: ORG_SHEET,
    columns: COLUMNS,
    batches: batches(),
  });
};
