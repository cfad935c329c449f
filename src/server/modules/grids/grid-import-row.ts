import {
  type AddGridWorkerBody,
  addGridWorkerBodySchema,
  createGridBodySchema,
} from '../../../contracts/api/grids';
import type { Ctx } from '../../platform/context';
import type { ImportErrors } from '../../platform/excel/import-errors';
import type { SheetRow } from '../../platform/excel/read';
import type { orgChoices } from '../org/lookups';
import { bigGridCode, codeMisfit, type GridTier } from './grid-code';
import { splitList, splitPhones, tierOfCell } from './grid-sheet';
import { codeTaken, type FoundGrid, gridByCode, gridsNamed } from './import-lookups';
import { mayBindOrg } from './policy';

// One row of the sheet 网格 → what createGrid and addGridWorker take, with the same rules (the
// contract's schemas, the tier order, the code rule, the bindable organizations); what only the
// use cases can tell (e.g. a grid created meanwhile) comes back from them at commit.

/** A grid of an earlier row of the file, which later rows may name as their parent. */
interface FileGrid {
  row: number;
  tier: GridTier;
  regionCode: string;
  code: string | null;
}

export interface GridDraft {
  row: number;
  tier: GridTier;
  regionCode: string;
  name: string;
  /** Given in the file, else numbered by createGrid. */
  code: string | null;
  parentId: string | null;
  /** The parent is created by an earlier row of the file. */
  parentRow: number | null;
  partyOrgId: string | null;
  workers: AddGridWorkerBody[];
}

export interface GridLookups {
  resolveVillage: (text: string) => string | undefined;
  orgs: Awaited<ReturnType<typeof orgChoices>>;
  /** Earlier rows by `${village}|${name}` and by given code. */
  byName: Map<string, FileGrid>;
  byCode: Map<string, FileGrid>;
  /** Ids of the grids created so far in the commit, by row. */
  created: Map<number, string>;
}

const PARENT_TIER = { middle: 'big', small: 'middle' } as const;
const WRONG_PARENT = { middle: '中网格的上级应为大网格', small: '小网格的上级应为中网格' };
const nameSchema = createGridBodySchema.shape.name;

type Parent = { parentId: string | null; parentRow: number | null; parentCode: string | null };

/** 上级网格: a code or a name, of a grid in the system or of an earlier row of the same village. */
const resolveParent = async (
  ctx: Ctx,
  text: string,
  tier: 'middle' | 'small',
  village: string,
  l: GridLookups,
): Promise<Parent | string> => {
  const isCode = /^\d{16}$/.test(text);
  const earlier = isCode ? l.byCode.get(text) : l.byName.get(`${village}|${text}`);
  const found: FoundGrid[] = isCode
    ? [await gridByCode(ctx, text)].filter((g): g is FoundGrid => Boolean(g))
    : await gridsNamed(ctx, village, text);
  if (earlier && found.length) return `本表第${earlier.row}行与系统中已有网格同名，请填写上级网格的编码`;
  const candidates = earlier ? [earlier] : found;
  if (candidates.length === 0) return '上级网格不存在、不在您的管辖范围内，或未在本表前面的行中填写';
  if (candidates.some((g) => g.regionCode !== village)) return '上级网格不在所填的村';
  const fitting = candidates.filter((g) => g.tier === PARENT_TIER[tier]);
  if (fitting.length === 0) return WRONG_PARENT[tier];
  if (fitting.length > 1) return '本村有多个同名网格，请填写上级网格的编码';
  const p = fitting[0];
  return earlier
    ? { parentId: null, parentRow: earlier.row, parentCode: earlier.code }
    : { parentId: (p as FoundGrid).id, parentRow: null, parentCode: p.code };
};

/** 网格员 and 网格员电话: names and phones in the same order, each as addGridWorker requires. */
const workersOf = (r: SheetRow, bad: (key: string, message: string) => void): AddGridWorkerBody[] => {
  const names = splitList(r.cells.worker);
  const phones = splitPhones(r.cells.workerPhone);
  if (phones.length > 0 && phones.length !== names.length) {
    bad(names.length ? 'workerPhone' : 'worker', '网格员电话的个数应与网格员人数一致（多人用“、”分隔）');
    return [];
  }
  if (phones.some((p) => p?.includes('*'))) bad('workerPhone', '电话已脱敏，请填写完整的手机号或留空');
  const workers: AddGridWorkerBody[] = [];
  for (const [i, name] of names.entries()) {
    const parsed = addGridWorkerBodySchema.safeParse({ name, phone: phones[i] ?? null });
    if (parsed.success) workers.push(parsed.data);
    for (const issue of parsed.error?.issues ?? [])
      if (issue.path[0] !== 'phone' || !phones[i]?.includes('*'))
        bad(issue.path[0] === 'phone' ? 'workerPhone' : 'worker', issue.message);
  }
  return workers;
};

/** 网格编码 typed by hand: the code rule, not taken in the system nor by an earlier row. */
const checkGivenCode = async (
  ctx: Ctx,
  code: string,
  d: { tier: GridTier; regionCode: string; parentCode: string | null },
  l: GridLookups,
): Promise<string | null> => {
  const misfit = codeMisfit(code, d.tier, d.regionCode, d.parentCode ?? undefined);
  if (misfit) return misfit;
  const earlier = l.byCode.get(code);
  if (earlier) return `与第${earlier.row}行的网格编码重复`;
  if (d.tier !== 'big' && (await codeTaken(ctx, code)))
    return '网格编码已被使用（已删除网格的编码也不再使用）';
  return null;
};

/** Pass 1 for one row: its problems go to `errors`; a clean row gives its draft. */
export const gridDraft = async (
  ctx: Ctx,
  r: SheetRow,
  l: GridLookups,
  errors: ImportErrors,
): Promise<GridDraft | undefined> => {
  const c = r.cells;
  const bad = (key: string, message: string) => errors.add(r.row, key, message);
  const before = errors.count;
  const regionCode = c.village ? l.resolveVillage(c.village) : undefined;
  if (c.village && !regionCode) bad('village', '村不存在或不在您的管辖范围内');
  if (!c.village) bad('village', '请选择所属村');
  const tier = c.tier ? tierOfCell(c.tier) : undefined;
  if (!tier) bad('tier', '网格层级应为大网格、中网格或小网格');
  const name = nameSchema.safeParse(c.name ?? '');
  if (!name.success) bad('name', name.error.issues[0].message);
  const code = c.code?.trim() || null;

  let parent: Parent = { parentId: null, parentRow: null, parentCode: null };
  if (tier === 'big' && c.parent) bad('parent', '大网格不填上级网格');
  if (tier && tier !== 'big' && !c.parent) bad('parent', '中网格、小网格须填写上级网格');
  if (tier && tier !== 'big' && c.parent && regionCode) {
    const found = await resolveParent(ctx, c.parent.trim(), tier, regionCode, l);
    if (typeof found === 'string') bad('parent', found);
    else parent = found;
  }
  if (tier === 'big' && regionCode) {
    const earlier = l.byCode.get(bigGridCode(regionCode));
    if (earlier) bad('tier', `每个村只有一个大网格（第${earlier.row}行已填写）`);
    else if (await codeTaken(ctx, bigGridCode(regionCode))) bad('tier', '该村已有大网格');
  }
  if (code && tier && regionCode) {
    const problem = await checkGivenCode(ctx, code, { tier, regionCode, parentCode: parent.parentCode }, l);
    if (problem) bad('code', problem);
  }

  let partyOrgId: string | null = null;
  if (c.org) {
    const org = l.orgs.resolve(c.org);
    if (!org) bad('org', '党组织不存在或不在您的管辖范围内');
    else if (tier && !mayBindOrg(tier, org.level))
      bad('org', '网格只能绑定党支部或党小组（大网格还可绑定党总支）');
    else partyOrgId = org.id;
  }
  const workers = workersOf(r, bad);

  // Later rows may name this one as their parent, even while it has errors of its own.
  if (regionCode && tier && name.success) {
    const mine: FileGrid = {
      row: r.row,
      tier,
      regionCode,
      code: tier === 'big' ? bigGridCode(regionCode) : code,
    };
    const key = `${regionCode}|${name.data}`;
    const same = l.byName.get(key);
    if (same) bad('name', `与第${same.row}行的网格同名（同一村内）`);
    else l.byName.set(key, mine);
    if (mine.code && !l.byCode.has(mine.code)) l.byCode.set(mine.code, mine);
  }
  if (errors.count > before || !regionCode || !tier || !name.success) return undefined;
  return {
    row: r.row,
    tier,
    regionCode,
    name: name.data,
    code: tier === 'big' ? null : code,
    parentId: parent.parentId,
    parentRow: parent.parentRow,
    partyOrgId,
    workers,
  };
};
