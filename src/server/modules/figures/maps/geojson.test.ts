import { describe, expect, it } from 'vitest';
import { Invalid } from '../../../platform/errors';
import { boundaryCollectionFor } from './boundary-fixture';
import { matchShapes, parseBoundaryFile, readShapes } from './geojson';

// The boundary file's checks, on files built like a surveying office's (boundary-fixture.ts).

const children = [
  { code: '451022100000', name: '平马镇' },
  { code: '451022101000', name: '祥周镇' },
  { code: '451022102000', name: '林逢镇' },
];

const refusal = (work: () => unknown): Invalid => {
  try {
    work();
  } catch (error) {
    if (error instanceof Invalid) return error;
    throw error;
  }
  throw new Error('not refused');
};

const read = (doc: unknown) => readShapes(JSON.parse(JSON.stringify(doc)));

describe('boundary file', () => {
  it('refuses an empty file and one that is not JSON', () => {
    expect(refusal(() => parseBoundaryFile('')).message).toMatch(/文件为空/);
    expect(refusal(() => parseBoundaryFile('{"type": "FeatureCollection",')).message).toMatch(
      /不是有效的 JSON/,
    );
    expect(parseBoundaryFile('\uFEFF{"a":1}')).toEqual({ a: 1 });
  });

  it('refuses anything but a FeatureCollection with features', () => {
    expect(refusal(() => read({ type: 'Feature' })).message).toMatch(/FeatureCollection/);
    expect(refusal(() => read({ type: 'FeatureCollection', features: [] })).message).toMatch(/没有任何区域/);
  });

  it('names the feature whose geometry is not a polygon', () => {
    const doc = boundaryCollectionFor(children);
    (doc.features[1] as { geometry: unknown }).geometry = { type: 'Point', coordinates: [107, 23.6] };
    const e = refusal(() => read(doc));
    expect(e.message).toMatch(/^第 2 个区域（祥周镇）：没有面状边界.*Point/);
    expect(e.fields).toEqual([{ path: 'features.1', message: expect.stringContaining('第 2 个区域') }]);
  });

  it('hints at a projected file when coordinates lie outside China’s degrees', () => {
    const doc = boundaryCollectionFor(children);
    doc.features[2].geometry.coordinates = [
      [
        [36_500_000, 2_610_000],
        [36_510_000, 2_610_000],
        [36_510_000, 2_620_000],
        [36_500_000, 2_610_000],
      ],
    ];
    expect(refusal(() => read(doc)).message).toMatch(/^第 3 个区域.*不在中国的经纬度范围内.*投影坐标.*WGS84/);
  });

  it('says so when longitude and latitude are swapped', () => {
    const doc = boundaryCollectionFor(children);
    const ring = doc.features[0].geometry.coordinates[0] as [number, number][];
    doc.features[0].geometry.coordinates = [ring.map(([x, y]) => [y, x])];
    expect(refusal(() => read(doc)).message).toMatch(/^第 1 个区域.*写反了/);
  });

  it('refuses coordinates that are not numbers, short rings and open rings', () => {
    const text = boundaryCollectionFor(children);
    (text.features[0].geometry.coordinates[0] as unknown[])[1] = ['107.0', '23.5'];
    expect(refusal(() => read(text)).message).toMatch(/^第 1 个区域.*两个数字/);
    const short = boundaryCollectionFor(children);
    short.features[1].geometry.coordinates = [(short.features[1].geometry.coordinates[0] as []).slice(0, 3)];
    expect(refusal(() => read(short)).message).toMatch(/^第 2 个区域.*只有 3 个点/);
    const open = boundaryCollectionFor(children);
    (open.features[2].geometry.coordinates[0] as unknown[]).pop();
    (open.features[2].geometry.coordinates[0] as unknown[]).push([107.5, 23.9]);
    expect(refusal(() => read(open)).message).toMatch(/^第 3 个区域.*没有闭合/);
  });

  it('reports every problem as a field, the first as the message', () => {
    const doc = boundaryCollectionFor(children);
    (doc.features[0] as { geometry: unknown }).geometry = null;
    (doc.features[2] as { geometry: unknown }).geometry = null;
    const e = refusal(() => read(doc));
    expect(e.message).toMatch(/（共 2 处问题）$/);
    expect(e.fields?.map((f) => f.path)).toEqual(['features.0', 'features.2']);
  });
});

describe('matching features to child regions', () => {
  it('matches by 12-digit code, by a short adcode and by exact name, keeping the directory’s names', () => {
    for (const naming of ['code', 'adcode', 'name'] as const) {
      const shapes = read(boundaryCollectionFor(children, { naming }));
      const { collection, missing } = matchShapes(shapes, children, '田东县');
      expect(collection.features.map((f) => f.properties)).toEqual(children);
      expect(missing).toEqual([]);
    }
  });

  it('lists the children without a boundary, and keeps a MultiPolygon', () => {
    const doc = boundaryCollectionFor(children.slice(0, 2));
    const [a, b] = doc.features[1].geometry.coordinates as [number, number][][];
    doc.features[1].geometry = {
      type: 'MultiPolygon',
      coordinates: [[a], [a.map(([x, y]) => [x, y + 0.2])]],
    };
    expect(b).toBeUndefined();
    const { collection, missing } = matchShapes(read(doc), children, '田东县');
    expect(collection.features[1].geometry.type).toBe('MultiPolygon');
    expect(missing).toEqual(['林逢镇']);
  });

  it('refuses a feature that is no child of the region, and two features of one region', () => {
    const stranger = boundaryCollectionFor([...children, { code: '451027100000', name: '泗城镇' }]);
    expect(refusal(() => matchShapes(read(stranger), children, '田东县')).message).toMatch(
      /^第 4 个区域（名称“泗城镇”、代码 451027100000）不是田东县的下级区划/,
    );
    const twice = boundaryCollectionFor([...children, children[0]], { naming: 'name' });
    expect(refusal(() => matchShapes(read(twice), children, '田东县')).message).toMatch(
      /^第 4 个区域与第 1 个区域都是“平马镇”/,
    );
  });
});
