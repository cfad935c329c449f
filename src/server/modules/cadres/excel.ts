import { and, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import {
  type Cadre,
  type CadrePost,
  listCadresQuerySchema,
  listWorkTeamsQuerySchema,
  type WorkTeam,
} from '../../../contracts/api/cadres';
import {
  cadreBackground,
  cadreBody,
  cadrePost,
  sendingLevel,
  teamRole,
} from '../../../contracts/registry/enums';
import type { Ctx } from '../../platform/context';
import { codeOfLabel, labelOf, labelsOf, parseDateCell, parseYesNo } from '../../platform/excel/cells';
import { auditedExport, pages } from '../../platform/excel/export';
import type { ImportErrors } from '../../platform/excel/import-errors';
import type { SheetRow } from '../../platform/excel/read';
import { registryExcelRoutes } from '../../platform/excel/registry-routes';
import { rowImporter } from '../../platform/excel/row-import';
import type { ImportSheetSpec } from '../../platform/excel/spec';
import type { SheetColumn } from '../../platform/excel/stream';
import { inScope, scopeOf } from '../../platform/scope';
import { villagesInScope } from '../households/import-villages';
import { personByIdNumber } from '../households/lookups';
import { addTeamMember } from './add-team-member';
import { createCadre } from './create-cadre';
import { createWorkTeam } from './create-work-team';
import { listCadres } from './list-cadres';
import { listWorkTeams } from './list-work-teams';
import { workTeams } from './tables';

// 村干部 and 驻村工作队 in Excel. Cadres are people of the households registry (found by ID
// number, name checked); 一肩挑 is read from the posts, never typed. Work-team rows are members:
// rows with the same village and team name make one team, created with the first row.

const SEP = /[、,，;；\s]+/;
const split = (text: string | undefined) => (text ? text.split(SEP).filter(Boolean) : []);

/** "村党组织书记" ↔ { body: 'party', post: 'secretary' } */
const POSTS = cadreBody.values.flatMap((body) =>
  cadrePost.values.map((post) => ({
    label: `${cadreBody.labels[body].zh}${cadrePost.labels[post].zh}`,
    body,
    post,
  })),
);
const postOf = new Map(POSTS.map((p) => [p.label, { body: p.body, post: p.post } as CadrePost]));
const postLabel = (p: CadrePost) => `${cadreBody.labels[p.body].zh}${cadrePost.labels[p.post].zh}`;
const backgroundCode = codeOfLabel(cadreBackground);

const CADRE_SHEET = '村干部';
export const cadreSheetSpec = (): ImportSheetSpec => ({
  name: CADRE_SHEET,
  instructions: [
    '村干部导入模板（振兴平台）',
    '1. 每行一名村“两委”干部或后备干部。本人须已登记在“农户”中：按身份证号查找，姓名须一致；所在村即本人所在村。',
    `2. 职务可填多项，用“、”分隔，例如“村党组织书记、村民委员会主任”（即“一肩挑”，由系统根据职务判断）。可填：${POSTS.map((p) => p.label).join('、')}。`,
    `3. 背景类别可填多项，用“、”分隔：${labelsOf(cadreBackground).join('、')}。`,
    '4. 没有职务的后备干部，“后备干部”填“是”。日期可填 2021-07-01、2021/7/1 或 2021年7月1日。',
    '5. 整个文件检查无误才会导入；只要有一处错误就不导入任何数据，并提供标注错误的文件。',
    '',
    '各列说明：',
  ],
  columns: [
    { key: 'name', header: '姓名', required: true },
    { key: 'idNumber', header: '身份证号', required: true, text: true, width: 22 },
    { key: 'posts', header: '职务', width: 30, hint: '多项用“、”分隔' },
    { key: 'backgrounds', header: '背景类别', width: 24, hint: '多项用“、”分隔' },
    { key: 'isReserve', header: '后备干部', choices: ['是', '否'], hint: '空白为否' },
    { key: 'startedOn', header: '任职日期' },
    { key: 'endedOn', header: '离任日期', hint: '在任留空' },
  ],
});

interface CadreLookups {
  seen: Map<string, number>;
}

const cadreBody_ = async (ctx: Ctx, r: SheetRow, l: CadreLookups, errors: ImportErrors) => {
  const c = r.cells;
  const bad = (key: string, message: string) => errors.add(r.row, key, message);
  const before = errors.count;
  const posts: CadrePost[] = [];
  for (const label of split(c.posts)) {
    const post = postOf.get(label);
    if (!post) bad('posts', `职务“${label}”无法识别，应为如“村党组织书记”“村民委员会委员”`);
    else posts.push(post);
  }
  const backgrounds: string[] = [];
  for (const label of split(c.backgrounds)) {
    const code = backgroundCode(label);
    if (!code) bad('backgrounds', `背景类别“${label}”无法识别`);
    else backgrounds.push(code);
  }
  const isReserve = c.isReserve ? parseYesNo(c.isReserve) : false;
  if (isReserve === undefined) bad('isReserve', '后备干部应填“是”或“否”');
  const startedOn = c.startedOn ? parseDateCell(c.startedOn) : null;
  if (startedOn === undefined) bad('startedOn', '任职日期格式不正确，如 2021-07-01');
  const endedOn = c.endedOn ? parseDateCell(c.endedOn) : null;
  if (endedOn === undefined) bad('endedOn', '离任日期格式不正确，如 2024-07-01');
  if (!c.name) bad('name', '请填写姓名');
  let personId: string | undefined;
  if (!c.idNumber) bad('idNumber', '请填写身份证号');
  else {
    const first = l.seen.get(c.idNumber.toUpperCase());
    if (first) bad('idNumber', `与第${first}行是同一人`);
    else {
      l.seen.set(c.idNumber.toUpperCase(), r.row);
      const person = await personByIdNumber(ctx, c.idNumber);
      if (!person) bad('idNumber', '农户中没有此身份证号的人员（或不在您的管辖范围内），请先登记农户');
      else if (c.name && person.name !== c.name)
        bad('name', `姓名与农户登记不一致（登记为“${person.name}”）`);
      else personId = person.id;
    }
  }
  if (errors.count > before || !personId) return undefined;
  return {
    personId,
    posts,
    backgrounds: backgrounds as ('other' | 'veteran')[],
    isReserve: isReserve ?? false,
    startedOn,
    endedOn,
  };
};

const cadreImporter = async (_ctx: Ctx, fileName: string) =>
  rowImporter(
    {
      registry: 'cadres',
      spec: cadreSheetSpec(),
      action: 'cadre.import',
      entity: 'cadre',
      lookups: async () => ({ seen: new Map<string, number>() }),
      toBody: cadreBody_,
      create: (tx, body) => createCadre(tx, body),
      fieldColumns: {
        personId: 'idNumber',
        posts: 'posts',
        backgrounds: 'backgrounds',
        isReserve: 'isReserve',
        startedOn: 'startedOn',
        endedOn: 'endedOn',
      },
      defaultColumn: 'posts',
    },
    fileName,
  );

const CADRE_COLUMNS: SheetColumn<Cadre>[] = [
  { header: '姓名', key: 'name', value: (c) => c.name },
  { header: '身份证号', key: 'idNumber', width: 22, value: () => null },
  { header: '职务', key: 'posts', width: 30, value: (c) => c.posts.map(postLabel).join('、') },
  {
    header: '背景类别',
    key: 'backgrounds',
    width: 24,
    value: (c) => c.backgrounds.map((b) => labelOf(cadreBackground, b)).join('、'),
  },
  { header: '后备干部', key: 'isReserve', value: (c) => (c.isReserve ? '是' : '否') },
  { header: '任职日期', key: 'startedOn', value: (c) => c.startedOn },
  { header: '离任日期', key: 'endedOn', value: (c) => c.endedOn },
  { header: '所在村', key: 'village', value: (c) => c.regionName },
  { header: '一肩挑', key: 'oneShoulder', value: (c) => (c.oneShoulder ? '是' : '否') },
];

const cadreExportQuery = listCadresQuerySchema.omit({ page: true, pageSize: true });
const exportCadres = (ctx: Ctx, query: z.infer<typeof cadreExportQuery>) =>
  auditedExport(ctx, {
    action: 'cadre.export',
    entity: 'cadre',
    filters: query,
    sheet: CADRE_SHEET,
    columns: CADRE_COLUMNS,
    batches: pages((page, pageSize) => listCadres(ctx, { ...query, page, pageSize })),
  });

/** 村干部 in Excel (the export leaves ID numbers out: they stay in the households registry). */
export const cadreExcelRoutes = registryExcelRoutes({
  base: '/api/cadres',
  registry: 'cadres',
  tag: 'cadres',
  title: '村干部',
  writePermission: 'cadres.write',
  readPermission: 'cadres.read',
  spec: async () => cadreSheetSpec(),
  importer: cadreImporter,
  exportQuery: cadreExportQuery,
  exportRows: exportCadres,
});

// 驻村工作队

const TEAM_SHEET = '驻村工作队';
const levelCode = codeOfLabel(sendingLevel);
const roleCode = codeOfLabel(teamRole);

export const teamSheetSpec = (villages: string[]): ImportSheetSpec => ({
  name: TEAM_SHEET,
  instructions: [
    '驻村工作队导入模板（振兴平台）',
    '1. 每行一名工作队队员。同一村、同一工作队名称的各行属于同一支工作队；系统中没有的工作队按第一行的派出单位、层级和日期新建。',
    '2. 驻村从下拉列表选择“乡镇/村”，也可填12位区划代码。日期可填 2021-07-01、2021/7/1 或 2021年7月1日。',
    '3. 整个文件检查无误才会导入；只要有一处错误就不导入任何数据，并提供标注错误的文件。',
    '',
    '各列说明：',
  ],
  columns: [
    { key: 'village', header: '驻村', required: true, width: 22, choices: villages },
    { key: 'team', header: '工作队名称', required: true, width: 22 },
    { key: 'sendingUnit', header: '派出单位', required: true, width: 22 },
    { key: 'sendingLevel', header: '派出层级', required: true, choices: labelsOf(sendingLevel) },
    { key: 'name', header: '队员姓名', required: true },
    { key: 'phone', header: '联系电话', text: true, width: 14 },
    { key: 'role', header: '队内职务', required: true, choices: labelsOf(teamRole) },
    { key: 'startedOn', header: '开始日期' },
    { key: 'endedOn', header: '结束日期', hint: '工作队结束日期' },
  ],
});

interface TeamBody {
  regionCode: string;
  team: {
    name: string;
    sendingUnit: string;
    sendingLevel: 'county';
    startedOn: string | null;
    endedOn: string | null;
  };
  member: {
    name: string;
    phone: string | null;
    role: 'member';
    sendingUnit: string;
    sendingLevel: 'county';
    startedOn: string | null;
  };
}
interface TeamLookups {
  resolveVillage: (t: string) => string | undefined;
}

const teamBody = async (_ctx: Ctx, r: SheetRow, l: TeamLookups, errors: ImportErrors) => {
  const c = r.cells;
  const bad = (key: string, message: string) => errors.add(r.row, key, message);
  const before = errors.count;
  const regionCode = c.village ? l.resolveVillage(c.village) : undefined;
  if (!c.village) bad('village', '请选择驻村');
  else if (!regionCode) bad('village', '村不存在或不在您的管辖范围内');
  if (!c.team) bad('team', '请填写工作队名称');
  if (!c.sendingUnit) bad('sendingUnit', '请填写派出单位');
  const level = c.sendingLevel ? levelCode(c.sendingLevel) : undefined;
  if (!level) bad('sendingLevel', '派出层级应为省级、市级、县级或乡镇级');
  if (!c.name) bad('name', '请填写队员姓名');
  const role = c.role ? roleCode(c.role) : undefined;
  if (!role) bad('role', '队内职务应为队长、第一书记或队员');
  const startedOn = c.startedOn ? parseDateCell(c.startedOn) : null;
  if (startedOn === undefined) bad('startedOn', '开始日期格式不正确，如 2021-07-01');
  const endedOn = c.endedOn ? parseDateCell(c.endedOn) : null;
  if (endedOn === undefined) bad('endedOn', '结束日期格式不正确，如 2023-07-01');
  if (errors.count > before || !regionCode || !level || !role) return undefined;
  const sendingUnit = c.sendingUnit as string;
  return {
    regionCode,
    team: { name: c.team as string, sendingUnit, sendingLevel: level, startedOn, endedOn },
    member: {
      name: c.name as string,
      phone: c.phone ?? null,
      role,
      sendingUnit,
      sendingLevel: level,
      startedOn,
    },
  } as TeamBody;
};

/** The team named so in the village (in this import's transaction), created when missing. */
const teamFor = async (tx: Ctx, body: TeamBody) => {
  const [found] = await tx.db
    .select({ id: workTeams.id })
    .from(workTeams)
    .where(
      and(
        eq(workTeams.regionCode, body.regionCode),
        eq(workTeams.name, body.team.name),
        inScope(workTeams.regionCode, scopeOf(tx.actor)),
        isNull(workTeams.deletedAt),
      ),
    )
    .limit(1);
  if (found) return found.id;
  return (await createWorkTeam(tx, { regionCode: body.regionCode, ...body.team })).id;
};

const teamImporter = async (ctx: Ctx, fileName: string) => {
  const villages = await villagesInScope(ctx);
  return rowImporter(
    {
      registry: 'workTeamMembers',
      spec: teamSheetSpec(villages.labels),
      action: 'work_team.import',
      entity: 'work_team',
      lookups: async () => ({ resolveVillage: villages.resolve }),
      toBody: teamBody,
      create: async (tx, body) => addTeamMember(tx, await teamFor(tx, body), body.member),
      fieldColumns: {
        regionCode: 'village',
        name: 'name',
        phone: 'phone',
        role: 'role',
        sendingUnit: 'sendingUnit',
        sendingLevel: 'sendingLevel',
        startedOn: 'startedOn',
        endedOn: 'endedOn',
      },
      defaultColumn: 'team',
    },
    fileName,
  );
};

type TeamRow = { team: WorkTeam; member: WorkTeam['members'][number] | null };
const TEAM_COLUMNS: SheetColumn<TeamRow>[] = [
  { header: '驻村', key: 'village', width: 22, value: (r) => r.team.regionName },
  { header: '工作队名称', key: 'team', width: 22, value: (r) => r.team.name },
  {
    header: '派出单位',
    key: 'sendingUnit',
    width: 22,
    value: (r) => r.member?.sendingUnit ?? r.team.sendingUnit,
  },
  {
    header: '派出层级',
    key: 'sendingLevel',
    value: (r) => labelOf(sendingLevel, r.member?.sendingLevel ?? r.team.sendingLevel),
  },
  { header: '队员姓名', key: 'name', value: (r) => r.member?.name ?? null },
  { header: '联系电话', key: 'phone', value: (r) => r.member?.phoneMasked ?? null },
  { header: '队内职务', key: 'role', value: (r) => labelOf(teamRole, r.member?.role) },
  { header: '开始日期', key: 'startedOn', value: (r) => r.member?.startedOn ?? r.team.startedOn },
  { header: '结束日期', key: 'endedOn', value: (r) => r.team.endedOn },
];

const teamExportQuery = listWorkTeamsQuerySchema.omit({ page: true, pageSize: true });
const exportTeams = (ctx: Ctx, query: z.infer<typeof teamExportQuery>) => {
  async function* batches() {
    for await (const teams of pages((page, pageSize) => listWorkTeams(ctx, { ...query, page, pageSize })))
      yield teams.flatMap((team): TeamRow[] =>
        team.members.length ? team.members.map((member) => ({ team, member })) : [{ team, member: null }],
      );
  }
  return auditedExport(ctx, {
    action: 'work_team.export',
    entity: 'work_team',
    filters: query,
    sheet: TEAM_SHEET,
    columns: TEAM_COLUMNS,
    batches: batches(),
  });
};

/** 驻村工作队 in Excel: one row per team member (phones masked in the export). */
export const workTeamExcelRoutes = registryExcelRoutes({
  base: '/api/work-teams',
  registry: 'workTeams',
  tag: 'cadres',
  title: '驻村工作队',
  writePermission: 'cadres.write',
  readPermission: 'cadres.read',
  spec: async (ctx) => teamSheetSpec((await villagesInScope(ctx)).labels),
  importer: teamImporter,
  exportQuery: teamExportQuery,
  exportRows: exportTeams,
});
