import type { z } from 'zod';
import type { Cadre, cadreExportQuerySchema } from '../../../contracts/api/cadres';
import { cadreBackground } from '../../../contracts/registry/enums';
import type { Ctx } from '../../platform/context';
import { labelOf } from '../../platform/excel/cells';
import { auditedExport, pages } from '../../platform/excel/export';
import type { SheetColumn } from '../../platform/excel/stream';
import { idNumbersOf } from '../households/id-numbers-export';
import { villagesInScope } from '../households/import-villages';
import { CADRE_SHEET, postLabel } from './cadre-sheet';
import { listCadres } from './list-cadres';
import { assertMayExportInFull } from './policy';

// 导出村干部: the list's filters, the template's columns (so a corrected file can be imported
// elsewhere) plus 一肩挑, which the import does not read. ID numbers are masked unless the role
// may reveal them and states a purpose; the export is audited either way.

type Query = z.infer<typeof cadreExportQuerySchema>;
type Row = Cadre & { village: string; idNumber: string | null };

const COLUMNS: SheetColumn<Row>[] = [
  { header: '所属村', key: 'village', width: 22, value: (c) => c.village },
  { header: '姓名', key: 'name', value: (c) => c.name },
  { header: '身份证号', key: 'idNumber', width: 22, value: (c) => c.idNumber },
  { header: '职务', key: 'posts', width: 30, value: (c) => c.posts.map(postLabel).join('、') || null },
  { header: '任职日期', key: 'startedOn', value: (c) => c.startedOn },
  { header: '离任日期', key: 'endedOn', value: (c) => c.endedOn },
  {
    header: '背景类别',
    key: 'backgrounds',
    width: 24,
    value: (c) => c.backgrounds.map((b) => labelOf(cadreBackground, b)).join('、') || null,
  },
  { header: '后备干部', key: 'isReserve', value: (c) => (c.isReserve ? '是' : '否') },
  { header: '一肩挑', key: 'oneShoulder', value: (c) => (c.oneShoulder ? '是' : '否') },
];

export const exportCadres = async (ctx: Ctx, query: Query) => {
  const { reveal: revealText, purpose, ...filters } = query;
  const reveal = revealText === 'true';
  assertMayExportInFull(ctx.actor, reveal, purpose);
  const villages = await villagesInScope(ctx);
  async function* batches() {
    for await (const items of pages((page, pageSize) => listCadres(ctx, { ...filters, page, pageSize }))) {
      const ids = await idNumbersOf(
        ctx,
        items.map((c) => c.personId),
        reveal,
      );
      yield items.map((c) => ({
        ...c,
        village: villages.label(c.regionCode),
        idNumber: ids.get(c.personId) ?? null,
      }));
    }
  }
  return auditedExport(ctx, {
    action: reveal ? 'cadre.export_unmasked' : 'cadre.export',
    entity: 'cadre',
    filters: { ...filters, reveal, purpose: purpose ?? null },
    sheet: CADRE_SHEET,
    columns: COLUMNS,
    batches: batches(),
  });
};
