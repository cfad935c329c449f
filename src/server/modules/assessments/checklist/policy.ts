import type { ChecklistSource } from '../../../../contracts/api/assess-checklist';
import type { Role } from '../../../../contracts/roles';
import type { FieldError } from '../../../platform/errors';
import { valueFromFigure } from '../score';
import type { IndicatorSource } from '../tables';

// Who may do what with 十有五化 (docs/assessments.md §4), as pure functions.

/** The calendar year in China (UTC+8): the checklist's year when none is asked. */
export const beijingYear = (now = new Date()) => new Date(now.getTime() + 8 * 3600_000).getUTCFullYear();

/** Only the county keeps its catalogue. */
export const mayEditCatalogue = (role: Role) => role === 'county_admin';

const FILLERS: readonly Role[] = ['village', 'stationed_cadre'];
const REVIEWERS: readonly Role[] = ['township', 'county_admin'];

/**
 * Why the caller may not tick or note an entry of `year` now (null: it may). The village and the
 * stationed cadre fill the current year; the township and the county may also correct past years.
 */
export const entryRefusal = (role: Role, year: number, currentYear: number): string | null => {
  if (!FILLERS.includes(role) && !REVIEWERS.includes(role)) return '您的账号不能填写十有五化';
  if (year > currentYear) return `${year} 年度尚未开始，不能填写`;
  if (year < currentYear && !REVIEWERS.includes(role))
    return `${year} 年度已结束，村里只能填写本年度；如需更正请联系乡镇`;
  return null;
};

/** The township and county read the record-answered items again for all their villages. */
export const mayRefresh = (role: Role) => REVIEWERS.includes(role);

/** Evidence is removed by whoever uploaded it, or by the township or county, while the entry is editable. */
export const mayRemoveEvidence = (role: Role, userId: string, uploadedBy: string | null) =>
  REVIEWERS.includes(role) || uploadedBy === userId;

/** An item the records answer is never ticked by hand. */
export const handTickRefusal = (item: { code: string; source: unknown }) =>
  item.source ? `「${item.code}」由系统根据记录自动判定，不能手动勾选` : null;

/** A code people type and read (H11, Z6): a letter, then letters or digits, upper-cased. */
export const normalItemCode = (code: string) => code.trim().toUpperCase();

export const itemCodeError = (code: string): FieldError | null =>
  /^[A-Z][A-Z0-9]{1,15}$/.test(code)
    ? null
    : { path: 'code', message: '编码应以字母开头，由 2–16 位字母、数字组成（如 H11）' };

/** A source names an installed figure and the bound its answer needs. */
export const sourceErrors = (
  source: ChecklistSource | null | undefined,
  figures: ReadonlySet<string>,
): FieldError[] => {
  if (!source) return [];
  const errors: FieldError[] = [];
  if (!figures.has(source.figure))
    errors.push({ path: 'source.figure', message: `没有名为「${source.figure}」的统计数据` });
  if (source.map === 'atLeast' && source.min === undefined)
    errors.push({ path: 'source.min', message: '请填写“不少于”的数值' });
  if (source.map === 'atMost' && source.max === undefined)
    errors.push({ path: 'source.max', message: '请填写“不多于”的数值' });
  return errors;
};

/** The stored shape of a source (only the bound its map reads). */
export const cleanSource = (
  source: ChecklistSource | null | undefined,
): IndicatorSource | null | undefined =>
  source == null
    ? source
    : source.map === 'atLeast'
      ? { figure: source.figure, map: 'atLeast', min: source.min }
      : { figure: source.figure, map: 'atMost', max: source.max };

/** Is the item met, given its figure's value? */
export const recordAnswer = (code: string, source: IndicatorSource, figure: number): boolean =>
  valueFromFigure({ code, area: '', method: 'yesno', maxPoints: 1, source }, figure) === 1;

/** The rule as people read it: 后备干部数 不少于 2. */
export const sourceRule = (label: string, source: IndicatorSource): string =>
  source.map === 'atLeast'
    ? `${label} 不少于 ${source.min ?? 1}`
    : source.map === 'atMost'
      ? `${label} 不多于 ${source.max ?? 0}`
      : label;

/** done ÷ total in per cent to one decimal; null when there is nothing to do. */
export const completionRate = (done: number, total: number): number | null =>
  total === 0 ? null : Math.round((done / total) * 1000) / 10;

/** The mean of the villages' exact rates, in per cent to one decimal (null for no village). */
export const meanRate = (villages: readonly { done: number; total: number }[]): number | null => {
  const rated = villages.filter((v) => v.total > 0);
  if (rated.length === 0) return null;
  const sum = rated.reduce((s, v) => s + v.done / v.total, 0);
  return Math.round((sum / rated.length) * 1000) / 10;
};
