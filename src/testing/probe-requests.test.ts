import { describe, expect, it } from 'vitest';
import { buildProbeRequests, type OpenApiDoc } from './probe-requests';

const foreign = {
  byParam: { userId: ['00000000-0000-4000-8000-000000000001'] },
  regionCodes: ['451027000000', '451027'],
  names: ['凌云县'],
};

describe('probe requests built from the OpenAPI document', () => {
  it('refuses a route whose path parameter no module probes, so new routes cannot slip past', () => {
    const doc: OpenApiDoc = {
      paths: {
        '/api/things/{thingId}': { get: { parameters: [{ in: 'path', name: 'thingId', required: true }] } },
      },
    };
    expect(() => buildProbeRequests(doc, foreign)).toThrow(/thingId/);
  });

  it('fills path ids, region-code fields and every enum value with the other side', () => {
    const doc: OpenApiDoc = {
      paths: {
        '/api/users/{userId}': {
          patch: {
            parameters: [{ in: 'path', name: 'userId', required: true }],
            requestBody: {
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    properties: {
                      scopeCode: { type: 'string', pattern: '^(\\d{12}|\\d{15})$' },
                      role: { type: 'string', enum: ['a', 'b'] },
                    },
                  },
                },
              },
            },
          },
        },
      },
    };
    const requests = buildProbeRequests(doc, foreign);
    expect(requests.map((r) => r.url)).toEqual(
      Array(requests.length).fill('/api/users/00000000-0000-4000-8000-000000000001'),
    );
    expect(requests.map((r) => r.payload)).toEqual([
      { scopeCode: '451027000000', role: 'a' },
      { scopeCode: '451027000000', role: 'b' },
    ]);
  });

  it('sends the body variants with the first foreign path value and the base body with the others', () => {
    const two = { ...foreign, byParam: { userId: ['u-1', 'u-2'] } };
    const doc: OpenApiDoc = {
      paths: {
        '/api/users/{userId}': {
          patch: {
            parameters: [{ in: 'path', name: 'userId', required: true }],
            requestBody: {
              content: {
                'application/json': {
                  schema: { type: 'object', properties: { role: { type: 'string', enum: ['a', 'b'] } } },
                },
              },
            },
          },
        },
      },
    };
    expect(buildProbeRequests(doc, two).map((r) => [r.url, r.payload])).toEqual([
      ['/api/users/u-1', { role: 'a' }],
      ['/api/users/u-1', { role: 'b' }],
      ['/api/users/u-2', { role: 'a' }],
    ]);
  });

  it('fills an id field with the ids of the parameter its name ends with, else one id of each kind', () => {
    const ids = {
      ...foreign,
      byParam: { personId: ['p-1', 'p-2'], householdId: ['h-1', 'h-2'], gridId: ['g-1'] },
    };
    const doc: OpenApiDoc = {
      paths: {
        '/api/things': {
          post: {
            requestBody: {
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    properties: { leaderPersonId: { type: 'string' }, parentId: { type: 'string' } },
                  },
                },
              },
            },
          },
        },
      },
    };
    expect(buildProbeRequests(doc, ids).map((r) => r.payload)).toEqual([
      { leaderPersonId: 'p-1', parentId: 'p-1' },
      { leaderPersonId: 'p-2', parentId: 'p-1' },
      { leaderPersonId: 'p-1', parentId: 'h-1' },
      { leaderPersonId: 'p-1', parentId: 'g-1' },
    ]);
  });
});
