import type { z } from 'zod';
import { listTalentsQuerySchema, TALENT_TAGS, type Talent } from '../../../contracts/api/talents';
import { PHONE_PATTERN } from '../../../contracts/pii';
import { talentCategory, talentStatus } from '../../../contracts/registry/enums';
import type { Ctx } from '../../platform/context';
import { codeOfLabel, labelOf, labelsOf } from '../../platform/excel/cells';
import { auditedExport, pages } from '../../platform/excel/export';
import type { ImportErrors } from '../../platform/excel/import-errors';
import type { SheetRow } from '../../platform/excel/read';
import { registryExcelRoutes } from '../../platform/excel/registry-routes';
import { rowImporter } from '../../platform/excel/row-import';
import type { ImportSheetSpec } from '../../platform/excel/spec';
import type { SheetColumn } from '../../platform/excel/stream';
import { villageOf } from '../grids/assert-village';
import { villagesInScope } from '../households/import-villages';
import { personByIdNumber } from '../households/lookups';
import { createTalent } from './create-talent';
import { listTalents } from './list-talents';

// 人才 in Excel: the village survey (村级摸排) of many talents at once. Each row becomes a draft
// through createTalent, exactly as the form makes one; the village then submits them for the
// township's review. A talent who lives in the village may be linked by ID number.

const SHEET = '人才';
const categoryCode = codeOfLabel(talentCategory);

export const talentSheetSpec = (villages: string[]): ImportSheetSpec => ({
  name: SHEET,
  instructions: [
    '人才导入模板（振兴平台）',
    '1. 每行一名人才，导入后为“草稿”，由村里提交乡镇审核（村级摸排 → 乡级审核 → 县级备案）。',
    '2. 本村户籍人员可填写身份证号，系统按身份证号关联农户登记（姓名须一致）；外来人才可不填。',
    `3. 称号可填多项，用“、”分隔：${TALENT_TAGS.join('、')}。`,
    '4. 整个文件检查无误才会导入；只要有一处错误就不导入任何数据，并提供标注错误的文件。',
    '',
    '各列说明：',
  ],
  columns: [
    { key: 'village', header: '所属村', required: true, width: 22, choices: villages },
    { key: 'name', header: '姓名', required: true },
    { key: 'idNumber', header: '身份证号', text: true, width: 22, hint: '本村户籍人员填写' },
    { key: 'phone', header: '联系电话', text: true, width: 14 },
    { key: 'category', header: '人才类别', required: true, choices: labelsOf(talentCategory) },
    { key: 'tags', header: '称号', hint: '多项用“、”分隔' },
    { key: 'skills', header: '特长说明', width: 36, hint: '最多500字' },
  ],
});

interface Lookups {
  resolveVillage: (text: string) => string | undefined;
}

const toBody = async (ctx: Ctx, r: SheetRow, l: Lookups, errors: ImportErrors) => {
  const c = r.cells;
  const bad = (key: string, message: string) => errors.add(r.row, key, message);
  const before = errors.count;
  const regionCode = c.village ? l.resolveVillage(c.village) : undefined;
  if (!c.village) bad('village', '请选择所属村');
  else if (!regionCode) bad('village', '村不存在或不在您的管辖范围内');
  if (!c.name) bad('name', '请填写姓名');
  else if (c.name.length > 32) bad('name', '姓名最多32字');
  if (c.phone && !PHONE_PATTERN.test(c.phone)) bad('phone', '联系电话应为11位手机号');
  const category = c.category ? categoryCode(c.category) : undefined;
  if (!category) bad('category', '人才类别不在下拉列表中');
  const tags = c.tags ? c.tags.split(/[、,，;；\s]+/).filter(Boolean) : [];
  const unknown = tags.filter((t) => !(TALENT_TAGS as readonly string[]).includes(t));
  if (unknown.length) bad('tags', `称号“${unknown.join('、')}”无法识别，可填：${TALENT_TAGS.join('、')}`);
  if (c.skills && c.skills.length > 500) bad('skills', '特长说明最多500字');
  let personId: string | null = null;
  if (c.idNumber) {
    const person = await personByIdNumber(ctx, c.idNumber);
    if (!person) bad('idNumber', '农户中没有此身份证号的人员（或不在您的管辖范围内）');
    else if (c.name && person.name !== c.name) bad('name', `姓名与农户登记不一致（登记为“${person.name}”）`);
    else if (regionCode && villageOf(person.regionCode) !== regionCode) bad('idNumber', '该人员不在所填的村');
    else personId = person.id;
  }
  if (errors.count > before || !regionCode || !category || !c.name) return undefined;
  return {
    regionCode,
    personId,
    name: c.name,
    phone: c.phone ?? null,
    category: category as 'planting',
    tags: [...new Set(tags)] as (typeof TALENT_TAGS)[number][],
    skills: c.skills ?? null,
  };
};

const talentImporter = async (ctx: Ctx, fileName: string) => {
  const villages = await villagesInScope(ctx);
  return rowImporter(
    {
      registry: 'talents',
      spec: talentSheetSpec(villages.labels),
      action: 'talent.import',
      entity: 'talent',
      lookups: async () => ({ resolveVillage: villages.resolve }),
      toBody,
      create: (tx, body) => createTalent(tx, body),
      fieldColumns: {
        regionCode: 'village',
        personId: 'idNumber',
        name: 'name',
        phone: 'phone',
        category: 'category',
        tags: 'tags',
        skills: 'skills',
      },
      defaultColumn: 'name',
    },
    fileName,
  );
};

const COLUMNS: SheetColumn<Talent>[] = [
  { header: '所属村', key: 'village', width: 22, value: (t) => t.regionName },
  { header: '姓名', key: 'name', value: (t) => t.name },
  { header: '身份证号', key: 'idNumber', width: 22, value: () => null },
  { header: '联系电话', key: 'phone', value: (t) => t.phoneMasked },
  { header: '人才类别', key: 'category', value: (t) => labelOf(talentCategory, t.category) },
  { header: '称号', key: 'tags', value: (t) => t.tags.join('、') },
  { header: '特长说明', key: 'skills', width: 36, value: (t) => t.skills },
  { header: '状态', key: 'status', value: (t) => labelOf(talentStatus, t.status) },
  { header: '退回意见', key: 'returnComment', width: 24, value: (t) => t.returnComment },
  { header: '更新时间', key: 'updatedAt', value: (t) => t.updatedAt.slice(0, 10) },
];

const exportQuery = listTalentsQuerySchema.omit({ page: true, pageSize: true });
const exportTalents = (ctx: Ctx, query: z.infer<typeof exportQuery>) =>
  auditedExport(ctx, {
    action: 'talent.export',
    entity: 'talent',
    filters: query,
    sheet: SHEET,
    columns: COLUMNS,
    batches: pages((page, pageSize) => listTalents(ctx, { ...query, page, pageSize })),
  });

/** 人才 in Excel: a village's survey in one file (drafts), and the list with its review status. */
export const talentExcelRoutes = registryExcelRoutes({
  base: '/api/talents',
  registry: 'talents',
  tag: 'talents',
  title: '人才',
  writePermission: 'talents.survey',
  readPermission: 'talents.read',
  spec: async (ctx) => talentSheetSpec((await villagesInScope(ctx)).labels),
  importer: talentImporter,
  exportQuery,
  exportRows: exportTalents,
});
