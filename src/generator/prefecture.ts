import { readDivisionRows } from '../server/modules/regions/division-data';

/** The 6-digit codes of a prefecture's counties (e.g. 5226 → the 16 counties of 黔东南). */
export const countiesOf = async (prefectureCode: string): Promise<string[]> => {
  const rows = await readDivisionRows('areas.csv', prefectureCode);
  const codes = rows.filter(([code, name]) => code.length === 6 && name !== '市辖区').map(([code]) => code);
  if (codes.length === 0) throw new Error(`未找到地区 ${prefectureCode} 下的县`);
  return codes;
};
