import { type CadrePost, type CreateCadreBody, createCadreBodySchema } from '../../../contracts/api/cadres';
import type { Ctx } from '../../platform/context';
import { parseYesNo } from '../../platform/excel/cells';
import type { ImportErrors } from '../../platform/excel/import-errors';
import type { SheetRow } from '../../platform/excel/read';
import { addZodIssues, rowImporter } from '../../platform/excel/row-import';
import { villageOf } from '../../platform/scope';
import { villagesInScope } from '../households/import-villages';
import { personOfRow } from '../members/excel-rows';
import {
  backgrounds as backgroundNames,
  cadreSheetSpec,
  dateCell,
  parsePost,
  postRefusal,
  splitList,
} from './cadre-sheet';
import { createCadre, hasCadreRecord } from './create-cadre';
import { cadreProblems } from './policy';

// 村干部 rows → createCadre bodies. A row passes the form's rules (the body schema and
// cadreProblems) before anything is written, and createCadre runs them again in the commit.

/** Which column a field of the create body (or of its rules) is shown in. */
const FIELD_COLUMNS: Record<string, string> = {
  personId: 'idNumber',
  posts: 'posts',
  backgrounds: 'backgrounds',
  isReserve: 'isReserve',
  startedOn: 'startedOn',
  endedOn: 'endedOn',
};

interface Lookups {
  villages: Awaited<ReturnType<typeof villagesInScope>>;
  /** ID number → first row, for "the same person twice in the file". */
  seen: Map<string, number>;
}

const listCells = (r: SheetRow, errors: ImportErrors) => {
  const posts: CadrePost[] = [];
  for (const label of splitList(r.cells.posts)) {
    const post = parsePost(label);
    if (post) posts.push(post);
    else errors.add(r.row, 'posts', postRefusal(label));
  }
  const backgrounds: CreateCadreBody['backgrounds'] = [];
  for (const label of splitList(r.cells.backgrounds)) {
    const background = backgroundNames.parse(label);
    if (background) backgrounds.push(background);
    else errors.add(r.row, 'backgrounds', backgroundNames.refusal('背景类别', label));
  }
  return { posts, backgrounds };
};

const toBody = async (ctx: Ctx, r: SheetRow, l: Lookups, errors: ImportErrors) => {
  const before = errors.count;
  const { posts, backgrounds } = listCells(r, errors);
  const isReserve = r.cells.isReserve ? parseYesNo(r.cells.isReserve) : false;
  if (isReserve === undefined) errors.add(r.row, 'isReserve', '后备干部应填“是”或“否”');
  const startedOn = dateCell(r, 'startedOn', errors);
  const endedOn = dateCell(r, 'endedOn', errors);
  const village = r.cells.village ? l.villages.resolve(r.cells.village) : undefined;
  if (r.cells.village && !village) errors.add(r.row, 'village', '村不存在或不在您的管辖范围内');
  const person = await personOfRow(ctx, r, l.seen, errors);
  if (person && village && villageOf(person.regionCode) !== village)
    errors.add(
      r.row,
      'village',
      `${person.name}在农户中登记于“${l.villages.label(villageOf(person.regionCode))}”，与所属村不一致`,
    );
  if (person && (await hasCadreRecord(ctx, person.id)))
    errors.add(r.row, 'idNumber', '此人已有干部记录，请在“村干部”页面修改，不能重复导入');
  if (errors.count > before || !person || isReserve === undefined) return undefined;
  const parsed = createCadreBodySchema.safeParse({
    personId: person.id,
    posts,
    backgrounds,
    isReserve,
    startedOn,
    endedOn,
  });
  if (!parsed.success) {
    addZodIssues(errors, r.row, parsed.error.issues, FIELD_COLUMNS, 'posts');
    return undefined;
  }
  const problems = cadreProblems(parsed.data);
  for (const p of problems) errors.add(r.row, FIELD_COLUMNS[p.path.split('.')[0]] ?? 'posts', p.message);
  return problems.length ? undefined : parsed.data;
};

/** The 村干部 importer: each row through createCadre, all in one transaction or none. */
export const cadreImporter = async (ctx: Ctx, fileName: string) => {
  const villages = await villagesInScope(ctx);
  return rowImporter(
    {
      registry: 'cadres',
      spec: cadreSheetSpec(villages.labels),
      action: 'cadre.import',
      entity: 'cadre',
      lookups: async () => ({ villages, seen: new Map<string, number>() }),
      toBody,
      create: (tx, body) => createCadre(tx, body),
      fieldColumns: FIELD_COLUMNS,
      defaultColumn: 'posts',
    },
    fileName,
  );
};
