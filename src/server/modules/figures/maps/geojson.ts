import { toFullCode } from '../../../../contracts/region-code';
import { type FieldError, Invalid } from '../../../platform/errors';

// A boundary file read and checked (pure; geojson.test.ts): a GeoJSON FeatureCollection of
// Polygon or MultiPolygon features in degrees, each matched to one child region by its code or,
// failing that, by its exact name. What is wrong is said per feature (第 N 个区域) in Chinese.

export type Position = [number, number];
export type BoundaryGeometry =
  | { type: 'Polygon'; coordinates: Position[][] }
  | { type: 'MultiPolygon'; coordinates: Position[][][] };
export interface BoundaryFeature {
  type: 'Feature';
  geometry: BoundaryGeometry;
  properties: { code: string; name: string };
}
export interface BoundaryCollection {
  type: 'FeatureCollection';
  features: BoundaryFeature[];
}

/** A feature whose geometry passed the checks, with what may name its region. */
export interface Shape {
  index: number;
  geometry: BoundaryGeometry;
  code: string | null;
  name: string | null;
}

export interface ChildRegion {
  code: string;
  name: string;
}

/** China's longitude and latitude in degrees, with a margin: a projected file (metres) falls outside. */
export const CHINA_BOX = { lonMin: 73, lonMax: 136, latMin: 3, latMax: 54 };
const CODE_KEYS = ['code', '区划代码', 'adcode', 'CODE'];
const NAME_KEYS = ['name', 'NAME', '名称'];
const MAX_REPORTED = 50;

const fileProblem = (message: string) => new Invalid(message, [{ path: 'file', message }]);

/** Refuses the file when anything is wrong: the first problem as the message, all (up to 50) as fields. */
export const throwIfProblems = (problems: FieldError[]) => {
  if (!problems.length) return;
  const more = problems.length > 1 ? `（共 ${problems.length} 处问题）` : '';
  throw new Invalid(`${problems[0].message}${more}`, problems.slice(0, MAX_REPORTED));
};

/** The file's text as JSON (a byte-order mark allowed). */
export const parseBoundaryFile = (text: string | undefined): unknown => {
  const body = (text ?? '').replace(/^\uFEFF/, '').trim();
  if (!body) throw fileProblem('文件为空，请选择 GeoJSON 文件（.json 或 .geojson）');
  try {
    return JSON.parse(body);
  } catch {
    throw fileProblem('文件不是有效的 JSON，请选择 GeoJSON 文件（.json 或 .geojson）');
  }
};

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const round = (x: number) => Math.round(x * 1e6) / 1e6;

const outsideChina = ([lon, lat]: number[]) => {
  const b = CHINA_BOX;
  if (lon >= b.lonMin && lon <= b.lonMax && lat >= b.latMin && lat <= b.latMax) return null;
  const swapped = lat >= b.lonMin && lat <= b.lonMax && lon >= b.latMin && lon <= b.latMax;
  return `坐标 [${lon}, ${lat}] 不在中国的经纬度范围内（经度 73–136，纬度 3–54）${
    swapped
      ? '；经度和纬度可能写反了，应为 [经度, 纬度]'
      : '；文件可能使用了投影坐标（单位为米），请先转换为 WGS84 或 GCJ-02 经纬度再上传'
  }`;
};

/** One ring checked: the problem in words, or the ring as [lon, lat] rounded to about 0.1 m. */
const readRing = (ring: unknown, label: string): string | Position[] => {
  if (!Array.isArray(ring)) return `${label}不是坐标数组`;
  const out: Position[] = [];
  for (const p of ring) {
    if (!Array.isArray(p) || p.length < 2 || !p.every((x) => typeof x === 'number' && Number.isFinite(x)))
      return `${label}的坐标应为 [经度, 纬度] 两个数字，实为 ${JSON.stringify(p)?.slice(0, 40)}`;
    const outside = outsideChina(p);
    if (outside) return outside;
    out.push([round(p[0]), round(p[1])]);
  }
  if (ring.length < 4) return `${label}只有 ${ring.length} 个点，一个环至少需要 4 个点（首尾相同）`;
  const [first, last] = [ring[0] as number[], ring[ring.length - 1] as number[]];
  if (first[0] !== last[0] || first[1] !== last[1]) return `${label}没有闭合（首尾两点应相同）`;
  return out;
};

const readPolygon = (rings: unknown, label: string): string | Position[][] => {
  if (!Array.isArray(rings) || rings.length === 0) return `${label}没有坐标`;
  const out: Position[][] = [];
  for (const [r, ring] of rings.entries()) {
    const read = readRing(ring, `${label}第 ${r + 1} 个环`);
    if (typeof read === 'string') return read;
    out.push(read);
  }
  return out;
};

const readGeometry = (geometry: unknown): string | BoundaryGeometry => {
  const g = isObject(geometry) ? geometry : {};
  const type = g.type ?? null;
  if (type === 'Polygon') {
    const read = readPolygon(g.coordinates, '边界');
    return typeof read === 'string' ? read : { type, coordinates: read };
  }
  if (type === 'MultiPolygon') {
    const parts = g.coordinates;
    if (!Array.isArray(parts) || parts.length === 0) return '边界没有坐标';
    const out: Position[][][] = [];
    for (const [i, part] of parts.entries()) {
      const read = readPolygon(part, `第 ${i + 1} 块边界`);
      if (typeof read === 'string') return read;
      out.push(read);
    }
    return { type, coordinates: out };
  }
  return `没有面状边界（几何类型应为 Polygon 或 MultiPolygon，实为 ${typeof type === 'string' ? type : '空'}）`;
};

/** A code property as a 12-digit code (6-digit county, 9-digit township or 12-digit adcode padded). */
const codeOf = (properties: Record<string, unknown>): string | null => {
  for (const key of CODE_KEYS) {
    const raw = String(properties[key] ?? '').trim();
    if (/^(\d{6}|\d{9}|\d{12})$/.test(raw)) return toFullCode(raw);
  }
  return null;
};

const nameOf = (properties: Record<string, unknown>): string | null => {
  for (const key of NAME_KEYS) {
    const raw = properties[key];
    if (typeof raw === 'string' && raw.trim()) return raw.trim();
  }
  return null;
};

const problemAt = (index: number, what: string): FieldError => ({
  path: `features.${index}`,
  message: `第 ${index + 1} 个区域${what}`,
});

/** The features of a FeatureCollection with valid polygons, or every problem found. */
export const readShapes = (doc: unknown): Shape[] => {
  if (!isObject(doc) || doc.type !== 'FeatureCollection' || !Array.isArray(doc.features))
    throw fileProblem('文件不是 GeoJSON 要素集合（应为 "type": "FeatureCollection"，含 features 数组）');
  if (doc.features.length === 0) throw fileProblem('文件中没有任何区域（features 为空）');
  const shapes: Shape[] = [];
  const problems: FieldError[] = [];
  for (const [index, feature] of doc.features.entries()) {
    if (!isObject(feature) || feature.type !== 'Feature') {
      problems.push(problemAt(index, '：不是 GeoJSON 要素（应为 "type": "Feature"）'));
      continue;
    }
    const properties = isObject(feature.properties) ? feature.properties : {};
    const name = nameOf(properties);
    const geometry = readGeometry(feature.geometry);
    if (typeof geometry === 'string') {
      problems.push(problemAt(index, `${name ? `（${name}）` : ''}：${geometry}`));
      continue;
    }
    shapes.push({ index, geometry, code: codeOf(properties), name });
  }
  throwIfProblems(problems);
  return shapes;
};

const described = (s: Shape) =>
  [s.name && `名称“${s.name}”`, s.code && `代码 ${s.code}`].filter(Boolean).join('、') || '没有名称和代码';

/**
 * Each shape matched to one child region: by its code, else by its exact name. A shape that
 * matches none, or a child matched twice, refuses the file; children without a shape are listed.
 */
export const matchShapes = (shapes: Shape[], children: ChildRegion[], parentName: string) => {
  const byCode = new Map(children.map((c) => [c.code, c]));
  const byName = new Map<string, ChildRegion[]>();
  for (const c of children) byName.set(c.name, [...(byName.get(c.name) ?? []), c]);
  const taken = new Map<string, number>();
  const features: BoundaryFeature[] = [];
  const problems: FieldError[] = [];
  for (const shape of shapes) {
    const named = shape.name ? (byName.get(shape.name) ?? []) : [];
    const child = (shape.code && byCode.get(shape.code)) || (named.length === 1 ? named[0] : undefined);
    if (!child) {
      const why =
        named.length > 1
          ? `：名称“${shape.name}”对应多个下级区划，请在属性中写明 12 位区划代码（code）`
          : `（${described(shape)}）不是${parentName}的下级区划，无法对应；请在属性中写明 12 位区划代码（code）或与区划名称完全一致的名称（name）`;
      problems.push(problemAt(shape.index, why));
      continue;
    }
    const before = taken.get(child.code);
    if (before !== undefined) {
      problems.push(
        problemAt(shape.index, `与第 ${before + 1} 个区域都是“${child.name}”，同一区划只能有一个边界`),
      );
      continue;
    }
    taken.set(child.code, shape.index);
    features.push({
      type: 'Feature',
      geometry: shape.geometry,
      properties: { code: child.code, name: child.name },
    });
  }
  throwIfProblems(problems);
  const missing = children.filter((c) => !taken.has(c.code)).map((c) => c.name);
  return { collection: { type: 'FeatureCollection', features } as BoundaryCollection, missing };
};
