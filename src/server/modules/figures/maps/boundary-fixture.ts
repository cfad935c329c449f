import type { Db } from '../../../platform/db/types';
import { childrenOf } from '../../regions/region-view';
import type { BoundaryGeometry, Position } from './geojson';

// Test boundaries (int and browser tests): a real GeoJSON FeatureCollection for the children of a
// region, one rectangle each, side by side in rows near 田东 (23.6° N, 107.1° E). Each feature
// names its region the way a file from a surveying office might: by 12-digit code, by 9-digit
// adcode, or by name only.

export type FixtureNaming = 'code' | 'adcode' | 'name';

export interface FixtureOptions {
  naming?: FixtureNaming;
  /** South-west corner of the first rectangle, [lon, lat]. */
  origin?: Position;
  /** Rectangles per row. */
  perRow?: number;
}

/** A GeoJSON FeatureCollection as a file holds it (any properties). */
export interface FixtureCollection {
  type: 'FeatureCollection';
  features: { type: 'Feature'; properties: Record<string, unknown>; geometry: BoundaryGeometry }[];
}

const CELL = { width: 0.08, height: 0.06 };

const rectangle = ([lon, lat]: Position): Position[][] => {
  const e = Math.round((lon + CELL.width) * 1e6) / 1e6;
  const n = Math.round((lat + CELL.height) * 1e6) / 1e6;
  return [
    [
      [lon, lat],
      [e, lat],
      [e, n],
      [lon, n],
      [lon, lat],
    ],
  ];
};

const propertiesOf = (child: { code: string; name: string }, naming: FixtureNaming) => {
  if (naming === 'name') return { NAME: child.name, 面积: 12.5 };
  // A township's 9-digit adcode ends in 000 when padded; a village's is its 12-digit code.
  if (naming === 'adcode') return { adcode: child.code.replace(/000$/, ''), name: `${child.name}（测绘）` };
  return { code: child.code, name: child.name };
};

/** A FeatureCollection with one rectangle per child region. */
export const boundaryCollectionFor = (
  children: readonly { code: string; name: string }[],
  o: FixtureOptions = {},
): FixtureCollection => {
  const [lon0, lat0] = o.origin ?? [106.9, 23.5];
  const perRow = o.perRow ?? 4;
  return {
    type: 'FeatureCollection',
    features: children.map((child, i) => ({
      type: 'Feature',
      properties: propertiesOf(child, o.naming ?? 'code'),
      geometry: {
        type: 'Polygon',
        coordinates: rectangle([
          Math.round((lon0 + (i % perRow) * CELL.width) * 1e6) / 1e6,
          Math.round((lat0 + Math.floor(i / perRow) * CELL.height) * 1e6) / 1e6,
        ]),
      },
    })),
  };
};

/** The children of a region in the database, and their boundaries as a FeatureCollection. */
export const boundaryFixture = async (db: Db, regionCode: string, o: FixtureOptions = {}) => {
  const children = (await childrenOf(db, regionCode)).map((c) => ({ code: c.code, name: c.name }));
  return { children, collection: boundaryCollectionFor(children, o) };
};
