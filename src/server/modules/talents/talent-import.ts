import { type CreateTalentBody, createTalentBodySchema, TALENT_TAGS } from '../../../contracts/api/talents';
import { talentCategory } from '../../../contracts/registry/enums';
import type { Ctx } from '../../platform/context';
import { codeOfLabel } from '../../platform/excel/cells';
import type { ImportErrors } from '../../platform/excel/import-errors';
import type { SheetRow } from '../../platform/excel/read';
import { rowImporter } from '../../platform/excel/row-import';
import { villageOf } from '../../platform/scope';
import { villagesInScope } from '../households/import-villages';
import { createTalent } from './create-talent';
import { ALREADY_IN_POOL, talentNamedInVillage, talentOfPerson } from './existing-talent';
import { personOfTalentRow } from './talent-person';
import { splitTags, talentSheetSpec } from './talent-sheet';

// 人才 rows → createTalent bodies: the village survey (村级摸排) of many talents at once. A row
// passes the form's body schema and createTalent's own checks before anything is written; the
// commit then creates every row as a draft through createTalent, all in one transaction.

const categoryCode = codeOfLabel(talentCategory);

const COLUMNS: Record<string, string> = {
  regionCode: 'village',
  personId: 'idNumber',
  name: 'name',
  phone: 'phone',
  category: 'category',
  tags: 'tags',
  skills: 'skills',
};

interface Lookups {
  villages: Awaited<ReturnType<typeof villagesInScope>>;
  /** ID number → first row; "village + name" → first row of the rows without an ID number. */
  seen: Map<string, number>;
  named: Map<string, number>;
}

const flagged = (errors: ImportErrors, row: number, key: string) =>
  errors.byRow.get(row)?.some((e) => e.key === key) ?? false;

/** A talent without an ID number is told apart by village and name, in the file and in the pool. */
const checkNamesake = async (
  ctx: Ctx,
  r: SheetRow,
  l: Lookups,
  regionCode: string,
  bad: (k: string, m: string) => void,
) => {
  const name = r.cells.name as string;
  const key = `${regionCode}\u0000${name}`;
  const first = l.named.get(key);
  if (first) return bad('name', `与第${first}行同村同名；如是两个人，请填写身份证号`);
  l.named.set(key, r.row);
  if (await talentNamedInVillage(ctx, regionCode, name))
    bad('name', `该村人才库中已有“${name}”；如是同名的另一人，请填写身份证号`);
};

const toBody = async (ctx: Ctx, r: SheetRow, l: Lookups, errors: ImportErrors) => {
  const c = r.cells;
  const bad = (key: string, message: string) => errors.add(r.row, key, message);
  const before = errors.count;
  const regionCode = c.village ? l.villages.resolve(c.village) : undefined;
  if (!c.village) bad('village', '请选择所属村');
  else if (!regionCode) bad('village', '村不存在或不在您的管辖范围内');
  if (!c.name) bad('name', '请填写姓名');
  const category = c.category ? categoryCode(c.category) : undefined;
  if (!c.category) bad('category', '请选择人才类别');
  else if (!category) bad('category', '人才类别不在下拉列表中');
  const tags = splitTags(c.tags);
  const unknown = tags.filter((t) => !(TALENT_TAGS as readonly string[]).includes(t));
  if (unknown.length) bad('tags', `称号“${unknown.join('、')}”无法识别，可填：${TALENT_TAGS.join('、')}`);
  const person = await personOfTalentRow(ctx, r, l.seen, bad);
  if (person && regionCode && villageOf(person.regionCode) !== regionCode)
    bad(
      'village',
      `${person.name}在农户中登记于“${l.villages.label(villageOf(person.regionCode))}”，与所属村不一致`,
    );
  else if (person && (await talentOfPerson(ctx, person.id))) bad('idNumber', ALREADY_IN_POOL);
  if (!c.idNumber && c.name && regionCode) await checkNamesake(ctx, r, l, regionCode, bad);
  const parsed = createTalentBodySchema.safeParse({
    regionCode,
    personId: person?.id ?? null,
    name: c.name ?? '',
    phone: c.phone ?? null,
    category,
    tags: unknown.length ? [] : tags,
    skills: c.skills ?? null,
  });
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      const key = COLUMNS[String(issue.path[0])] ?? 'name';
      if (!flagged(errors, r.row, key)) bad(key, issue.message);
    }
  if (errors.count > before || !parsed.success) return undefined;
  return parsed.data as CreateTalentBody;
};

/** The 人才 importer: each row a draft through createTalent, all in one transaction or none. */
export const talentImporter = async (ctx: Ctx, fileName: string) => {
  const villages = await villagesInScope(ctx);
  return rowImporter<CreateTalentBody, Lookups>(
    {
      registry: 'talents',
      spec: talentSheetSpec(villages.labels),
      action: 'talent.import',
      entity: 'talent',
      lookups: async () => ({ villages, seen: new Map(), named: new Map() }),
      toBody,
      create: (tx, body) => createTalent(tx, body),
      fieldColumns: COLUMNS,
      defaultColumn: 'name',
    },
    fileName,
  );
};
