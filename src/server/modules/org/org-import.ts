import { type CreateOrgBody, createOrgBodySchema } from '../../../contracts/api/org';
import { type Coded, orgKind, orgLevel } from '../../../contracts/registry/enums';
import type { Ctx } from '../../platform/context';
import { codeOfLabel, parseDateCell } from '../../platform/excel/cells';
import { type ImportErrors, passesRule } from '../../platform/excel/import-errors';
import type { SheetRow } from '../../platform/excel/read';
import { rowImporter } from '../../platform/excel/row-import';
import { createOrg } from './create-org';
import { orgChoices } from './lookups';
import { type OrgParent, resolveParent } from './org-parents';
import { orgPlaces, orgSheetSpec } from './org-sheet';
import { assertFitsParent } from './policy';
import { sameNameMessage, siblingNamed } from './sibling-name';

// 党组织 rows → createOrg bodies. Pass 1 applies the form's rules to every row (the body schema,
// the tree rules of policy.ts, one name per parent) with parents from the database or from
// earlier rows; the commit creates the rows in file order, so a parent exists before its children.

const levelCode = codeOfLabel(orgLevel);
const kindCode = codeOfLabel(orgKind);

const COLUMNS: Record<string, string> = {
  name: 'name',
  level: 'level',
  kind: 'kind',
  regionCode: 'region',
  parentId: 'parent',
  establishedOn: 'establishedOn',
  sortOrder: 'sortOrder',
};

export type OrgDraft = CreateOrgBody & { parentRow: number | null; row: number };

export interface OrgLookups {
  places: Awaited<ReturnType<typeof orgPlaces>>;
  orgs: Awaited<ReturnType<typeof orgChoices>>;
  /** Earlier rows by name and by "name（村名）". */
  earlier: Map<string, OrgParent[]>;
  /** "parent + name" → first row, for two rows of one name under one parent. */
  siblings: Map<string, number>;
  /** Rows created so far in the commit → their ids. */
  created: Map<number, string>;
}

const flagged = (errors: ImportErrors, row: number, key: string) =>
  errors.byRow.get(row)?.some((e) => e.key === key) ?? false;

/** The row's cells as typed values; wrong ones are noted on their cells. */
const readCells = async (r: SheetRow, l: OrgLookups, bad: (key: string, message: string) => void) => {
  const c = r.cells;
  if (!c.name) bad('name', '请填写组织名称');
  const level = c.level ? (levelCode(c.level) as Coded<typeof orgLevel> | undefined) : undefined;
  if (!c.level) bad('level', '请选择组织层级');
  else if (!level) bad('level', '组织层级应为党委、党总支、党支部或党小组');
  const kind = c.kind ? (kindCode(c.kind) as Coded<typeof orgKind> | undefined) : undefined;
  if (!c.kind) bad('kind', '请选择组织类别');
  else if (!kind) bad('kind', '组织类别不在下拉列表中');
  const regionCode = c.region ? await l.places.resolve(c.region) : undefined;
  if (!c.region) bad('region', '请选择所属区划');
  else if (!regionCode) bad('region', '区划不存在或不在您的管辖范围内');
  const establishedOn = c.establishedOn ? parseDateCell(c.establishedOn) : null;
  if (establishedOn === undefined) bad('establishedOn', '成立日期格式不正确，如 2018-07-01');
  const sortOrder = c.sortOrder && /^\d{1,4}$/.test(c.sortOrder) ? Number(c.sortOrder) : undefined;
  if (c.sortOrder && sortOrder === undefined) bad('sortOrder', '排序号应为0–9999的整数');
  return { name: c.name, level, kind, regionCode, establishedOn, sortOrder };
};

/** Keys a later row may use for this one: its name, and "name（村名）" where names repeat. */
const remember = (l: OrgLookups, parent: OrgParent) => {
  const place = parent.regionCode && l.places.label(parent.regionCode).split('/').pop();
  for (const key of [parent.name, ...(place ? [`${parent.name}（${place}）`] : [])])
    l.earlier.set(key, [...(l.earlier.get(key) ?? []), parent]);
};

const toBody = async (ctx: Ctx, r: SheetRow, l: OrgLookups, errors: ImportErrors) => {
  const bad = (key: string, message: string) => errors.add(r.row, key, message);
  const before = errors.count;
  const cells = await readCells(r, l, bad);
  const found = r.cells.parent ? resolveParent(r.cells.parent, l) : { parent: null };
  if ('problem' in found) bad('parent', found.problem);
  const parent = 'parent' in found ? found.parent : undefined;
  const { name, level, kind, regionCode } = cells;
  if (parent?.level && parent.regionCode && level && kind && regionCode)
    passesRule(errors, r.row, COLUMNS, 'parent', () =>
      assertFitsParent(
        { level: parent.level as Coded<typeof orgLevel>, regionCode: parent.regionCode as string },
        {
          level,
          kind,
          regionCode,
        },
      ),
    );
  // Two rows of one name under one parent; then the same name already there in the database.
  const under = parent ? (parent.id ?? `row:${parent.row}`) : regionCode && `root:${regionCode}`;
  const first = name && under ? l.siblings.get(`${under}\u0000${name}`) : undefined;
  if (first) bad('name', `与第${first}行同名（同一上级党组织下不能有同名组织）`);
  else if (name && under) {
    l.siblings.set(`${under}\u0000${name}`, r.row);
    if (
      !parent?.row &&
      regionCode &&
      (await siblingNamed(ctx.db, { parentId: parent?.id ?? null, regionCode, name }))
    )
      bad('name', sameNameMessage(name));
  }
  // A later row may name this one as its parent (a repeated row is an error of its own, not a parent).
  if (name && !first) remember(l, { row: r.row, name, level, regionCode });
  const parsed = createOrgBodySchema.safeParse({ ...cells, name: name ?? '', parentId: parent?.id ?? null });
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      const key = COLUMNS[String(issue.path[0])] ?? 'name';
      if (!flagged(errors, r.row, key)) bad(key, issue.message);
    }
  if (errors.count > before || !parsed.success) return undefined;
  return { ...parsed.data, parentRow: parent?.row ?? null, row: r.row } as OrgDraft;
};

/** The 党组织 importer: rows through createOrg in file order, all in one transaction or none. */
export const orgImporter = async (ctx: Ctx, fileName: string) => {
  const [places, orgs] = await Promise.all([orgPlaces(ctx), orgChoices(ctx)]);
  return rowImporter<OrgDraft, OrgLookups>(
    {
      registry: 'orgs',
      spec: orgSheetSpec(places.labels, orgs.labels),
      action: 'org.import',
      entity: 'party_org',
      lookups: async () => ({ places, orgs, earlier: new Map(), siblings: new Map(), created: new Map() }),
      toBody,
      create: async (tx, { parentRow, row, ...body }, l) => {
        const parentId = parentRow ? l.created.get(parentRow) : body.parentId;
        // Rows are created in file order, so a parent on an earlier row has its id by now, unless
        // that row failed: the file is rejected then, and this row waits for the parent's fix.
        if (parentRow && !parentId) return;
        const created = await createOrg(tx, { ...body, parentId: parentId ?? null });
        l.created.set(row, created.id);
      },
      fieldColumns: COLUMNS,
      defaultColumn: 'parent',
    },
    fileName,
  );
};
