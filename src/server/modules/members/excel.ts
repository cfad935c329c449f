import { type Member, type MemberExportQuery, memberExportQuerySchema } from '../../../contracts/api/members';
import { commitmentStatus, memberStatus } from '../../../contracts/registry/enums';
import type { Ctx } from '../../platform/context';
import { codeOfLabel, labelOf, labelsOf, parseDateCell, parseYesNo } from '../../platform/excel/cells';
import { auditedExport, pages } from '../../platform/excel/export';
import { type ImportErrors, passesRule } from '../../platform/excel/import-errors';
import type { SheetRow } from '../../platform/excel/read';
import { registryExcelRoutes } from '../../platform/excel/registry-routes';
import { rowImporter } from '../../platform/excel/row-import';
import type { ImportSheetSpec } from '../../platform/excel/spec';
import type { SheetColumn } from '../../platform/excel/stream';
import { assertMayExportInFull, idNumbersOf } from '../households/id-numbers-export';
import { orgChoices } from '../org/lookups';
import { insertMember } from './create-member';
import { personOfRow } from './excel-rows';
import { listMembers } from './list-members';
import { memberDateWarnings } from './policy';

// 党员 in Excel: one row per member. The member is a person of the households registry, found by
// ID number (the name must match); the branch comes from the drop-down of branches in scope.
// Rows are created through insertMember, so they pass the same rules as the form.

const SHEET = '党员';
export const MEMBER_LEVELS = ['committee', 'general_branch', 'branch'] as const;
const statusCode = codeOfLabel(memberStatus);
const commitmentCode = codeOfLabel(commitmentStatus);

export const memberSheetSpec = (orgLabels: string[]): ImportSheetSpec => ({
  name: SHEET,
  instructions: [
    '党员导入模板（振兴平台）',
    '1. 每行一名党员。党员须已登记在“农户”中：按身份证号查找本人，姓名须与登记一致。',
    '2. 所属党组织从下拉列表选择（党委、党总支或党支部；党小组不能直接编入党员）。',
    '3. 日期可填 2021-07-01、2021/7/1 或 2021年7月1日；正式党员须填写转正日期。',
    '4. 整个文件检查无误才会导入；只要有一处错误就不导入任何数据，并提供标注错误的文件。',
    '',
    '各列说明：',
  ],
  columns: [
    { key: 'name', header: '姓名', required: true, hint: '须与农户登记一致' },
    {
      key: 'idNumber',
      header: '身份证号',
      required: true,
      text: true,
      width: 22,
      hint: '18位，用于查找本人',
    },
    { key: 'org', header: '所属党组织', required: true, width: 28, choices: orgLabels },
    { key: 'status', header: '党员类别', required: true, choices: labelsOf(memberStatus) },
    { key: 'joinedOn', header: '入党日期', required: true, hint: '如 2015-07-01' },
    { key: 'fullOn', header: '转正日期', hint: '预备党员留空' },
    { key: 'post', header: '岗位', hint: '设岗定责，如 政策宣传岗' },
    { key: 'postDuty', header: '岗位职责', width: 28 },
    { key: 'commitment', header: '一句话承诺', width: 28 },
    { key: 'commitmentStatus', header: '承诺状态', choices: labelsOf(commitmentStatus) },
    { key: 'plaque', header: '党员户挂牌', choices: ['是', '否'], hint: '空白为否' },
  ],
});

const FIELD_COLUMNS = {
  personId: 'idNumber',
  orgId: 'org',
  status: 'status',
  joinedOn: 'joinedOn',
  fullOn: 'fullOn',
  post: 'post',
  postDuty: 'postDuty',
  commitment: 'commitment',
  commitmentStatus: 'commitmentStatus',
  plaque: 'plaque',
};

type Orgs = Awaited<ReturnType<typeof orgChoices>>;
interface Lookups {
  orgs: Orgs;
  /** ID numbers seen in the file → first row. */
  seen: Map<string, number>;
}

const toBody = async (ctx: Ctx, r: SheetRow, l: Lookups, errors: ImportErrors) => {
  const c = r.cells;
  const bad = (key: string, message: string) => errors.add(r.row, key, message);
  const before = errors.count;
  const status = c.status ? statusCode(c.status) : undefined;
  if (!c.status) bad('status', '请选择党员类别');
  else if (!status) bad('status', '党员类别应为预备党员或正式党员');
  const joinedOn = c.joinedOn ? parseDateCell(c.joinedOn) : undefined;
  if (!c.joinedOn) bad('joinedOn', '请填写入党日期');
  else if (!joinedOn) bad('joinedOn', '入党日期格式不正确，如 2015-07-01');
  const fullOn = c.fullOn ? parseDateCell(c.fullOn) : undefined;
  if (c.fullOn && !fullOn) bad('fullOn', '转正日期格式不正确，如 2016-07-01');
  const org = c.org ? l.orgs.resolve(c.org) : undefined;
  if (!c.org) bad('org', '请选择所属党组织');
  else if (!org) bad('org', '党组织不存在或不在您的管辖范围内');
  const plaque = c.plaque ? parseYesNo(c.plaque) : false;
  if (plaque === undefined) bad('plaque', '党员户挂牌应填“是”或“否”');
  const commitment = c.commitmentStatus ? commitmentCode(c.commitmentStatus) : undefined;
  if (c.commitmentStatus && !commitment) bad('commitmentStatus', '承诺状态不在下拉列表中');
  if (status && joinedOn && (!c.fullOn || fullOn))
    // The form's date rules, so a wrong date shows up with the file's other problems.
    passesRule(errors, r.row, FIELD_COLUMNS, 'fullOn', () =>
      memberDateWarnings({ status: status as 'full', joinedOn, fullOn }),
    );
  const personId = (await personOfRow(ctx, r, l.seen, errors))?.id;
  if (errors.count > before || !personId || !org || !status || !joinedOn) return undefined;
  return {
    personId,
    orgId: org.id,
    status: status as 'full' | 'probationary',
    joinedOn,
    fullOn: fullOn ?? null,
    post: c.post ?? null,
    postDuty: c.postDuty ?? null,
    commitment: c.commitment ?? null,
    commitmentStatus: (commitment ?? null) as 'made' | null,
    plaque: plaque ?? false,
  };
};

const memberImporter = async (ctx: Ctx, fileName: string) => {
  const orgs = await orgChoices(ctx, MEMBER_LEVELS);
  return rowImporter(
    {
      registry: 'members',
      spec: memberSheetSpec(orgs.labels),
      action: 'member.import',
      entity: 'party_member',
      lookups: async () => ({ orgs, seen: new Map<string, number>() }),
      toBody,
      create: (tx, body) => insertMember(tx, body),
      fieldColumns: FIELD_COLUMNS,
      defaultColumn: 'idNumber',
    },
    fileName,
  );
};

const COLUMNS: SheetColumn<Member & { orgLabel: string; idNumber: string | null }>[] = [
  { header: '姓名', key: 'name', value: (m) => m.name },
  { header: '身份证号', key: 'idNumber', width: 22, value: (m) => m.idNumber },
  { header: '所属党组织', key: 'org', width: 28, value: (m) => m.orgLabel },
  { header: '党员类别', key: 'status', value: (m) => labelOf(memberStatus, m.status) },
  { header: '入党日期', key: 'joinedOn', value: (m) => m.joinedOn },
  { header: '转正日期', key: 'fullOn', value: (m) => m.fullOn },
  { header: '岗位', key: 'post', value: (m) => m.post },
  { header: '岗位职责', key: 'postDuty', width: 28, value: (m) => m.postDuty },
  { header: '一句话承诺', key: 'commitment', width: 28, value: (m) => m.commitment },
  {
    header: '承诺状态',
    key: 'commitmentStatus',
    value: (m) => labelOf(commitmentStatus, m.commitmentStatus),
  },
  { header: '党员户挂牌', key: 'plaque', value: (m) => (m.plaque ? '是' : '否') },
  { header: '所在地', key: 'region', value: (m) => m.regionName },
];

const exportMembers = async (ctx: Ctx, query: MemberExportQuery) => {
  const { reveal: revealText, purpose, ...filters } = query;
  const reveal = revealText === 'true';
  assertMayExportInFull(ctx.actor, reveal, purpose);
  const orgs = await orgChoices(ctx, MEMBER_LEVELS);
  async function* batches() {
    for await (const items of pages((page, pageSize) => listMembers(ctx, { ...filters, page, pageSize }))) {
      const ids = await idNumbersOf(
        ctx,
        items.map((m) => m.personId),
        reveal,
      );
      yield items.map((m) => ({
        ...m,
        orgLabel: orgs.label(m.orgId) ?? m.orgName,
        idNumber: ids.get(m.personId) ?? m.idNumberMasked,
      }));
    }
  }
  return auditedExport(ctx, {
    action: reveal ? 'member.export_unmasked' : 'member.export',
    entity: 'party_member',
    filters: { ...filters, reveal, purpose: purpose ?? null },
    sheet: SHEET,
    columns: COLUMNS,
    batches: batches(),
  });
};

/** 党员 in Excel: template, import, export (ID numbers masked unless a role that may reveal asks). */
export const memberExcelRoutes = registryExcelRoutes({
  base: '/api/members',
  registry: 'members',
  tag: 'members',
  title: '党员',
  writePermission: 'members.write',
  readPermission: 'members.read',
  spec: async (ctx) => memberSheetSpec((await orgChoices(ctx, MEMBER_LEVELS)).labels),
  importer: memberImporter,
  exportQuery: memberExportQuerySchema,
  exportRows: exportMembers,
});
