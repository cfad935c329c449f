import type { IncomeCodeValue } from '../../../../contracts/api/economy-accounts';
import { parseYesNo } from '../../../platform/excel/cells';
import type { ImportErrors } from '../../../platform/excel/import-errors';
import type { SheetRow } from '../../../platform/excel/read';
import { displayVillageName } from '../../regions/names';
import { lineProblems } from './policy';

// One row of the 收支明细 sheet → an income line, or its problems on its cells (Chinese, by column).

export interface ImportedLine {
  row: number;
  villageCode: string;
  year: number;
  quarter: number;
  code: IncomeCodeValue;
  item: string;
  contracting: boolean;
  amountFen: number;
  note: string | null;
}

const YUAN = /^\d+(\.\d{1,2})?$/;

/** '1,234.5' 元 → 123450 fen, without floating point; undefined when it is not such an amount. */
export const yuanToFen = (text: string): number | undefined => {
  const clean = text.replace(/[,，\s]/g, '').replace(/元$/, '');
  if (!YUAN.test(clean)) return undefined;
  const [whole, cents = ''] = clean.split('.');
  const fen = Number(whole) * 100 + Number(cents.padEnd(2, '0'));
  return Number.isSafeInteger(fen) ? fen : undefined;
};

const FIELD_COLUMNS: Record<string, string> = { quarter: 'quarter', code: 'code', amountFen: 'amount' };

/** The villages a file may name (code → name), those the caller keeps accounts for. */
export type VillageLookup = Map<string, string>;

export const checkAccountRow = (
  row: SheetRow,
  villages: VillageLookup,
  errors: ImportErrors,
): ImportedLine | undefined => {
  const c = row.cells;
  const before = errors.count;
  const add = (key: string, message: string) => errors.add(row.row, key, message);
  const villageCode = c.villageCode ?? '';
  const name = villages.get(villageCode);
  if (!villageCode) add('villageCode', '请填写村代码');
  else if (!name) add('villageCode', '村代码不存在或不在您的管辖范围内（须为12位村级区划代码）');
  else if (c.villageName && c.villageName !== name && c.villageName !== displayVillageName(name))
    add('villageName', `村名与村代码不符：该代码是“${name}”`);
  const year = Number(c.year);
  if (!c.year) add('year', '请填写年度');
  else if (!/^\d{4}$/.test(c.year) || year < 2000 || year > 2100) add('year', '年度应为2000–2100的四位数字');
  const quarter = Number(c.quarter);
  if (!c.quarter) add('quarter', '请填写季度');
  const code = (c.code ?? '').toUpperCase();
  if (!code) add('code', '请填写科目代码');
  const amountFen = c.amount === undefined ? undefined : yuanToFen(c.amount);
  if (c.amount === undefined) add('amount', '请填写金额');
  else if (amountFen === undefined) add('amount', '金额应为不小于 0 的数，以元为单位，最多两位小数');
  const problems = lineProblems(Number.isInteger(year) ? year : 0, {
    quarter: c.quarter ? (/^\d+$/.test(c.quarter) ? quarter : Number.NaN) : undefined,
    code: code || undefined,
  });
  for (const p of problems) add(FIELD_COLUMNS[p.path] ?? 'code', p.message);
  if (!c.item) add('item', '请填写明细');
  else if (c.item.length > 100) add('item', '明细最多100字');
  const contracting = c.contracting ? parseYesNo(c.contracting) : false;
  if (contracting === undefined) add('contracting', '发包标记应填“是”或“否”，可不填');
  if (c.note && c.note.length > 500) add('note', '备注最多500字');
  if (errors.count > before) return undefined;
  return {
    row: row.row,
    villageCode,
    year,
    quarter,
    code: code as IncomeCodeValue,
    item: c.item as string,
    contracting: contracting as boolean,
    amountFen: amountFen as number,
    note: c.note ?? null,
  };
};
