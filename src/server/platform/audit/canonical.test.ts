import { describe, expect, it } from 'vitest';
import { auditRowHash, type ChainedContent, canonicalJson, GENESIS_HASH, sha256 } from './canonical';

describe('canonicalJson', () => {
  it('sorts object keys at every depth, inside arrays too', () => {
    const value = { b: 1, a: { d: [{ z: 1, y: 2 }], c: null } };
    expect(canonicalJson(value)).toBe('{"a":{"c":null,"d":[{"y":2,"z":1}]},"b":1}');
  });

  it('gives equal text for objects that differ only in key order', () => {
    expect(canonicalJson({ x: 1, y: { p: 'a', q: 'b' } })).toBe(
      canonicalJson({ y: { q: 'b', p: 'a' }, x: 1 }),
    );
  });

  it('keeps array order, drops undefined fields and writes dates as ISO strings', () => {
    const at = new Date('2026-01-02T03:04:05.678Z');
    expect(canonicalJson({ list: [3, 1, 2], gone: undefined, at })).toBe(
      '{"at":"2026-01-02T03:04:05.678Z","list":[3,1,2]}',
    );
  });

  it('passes scalars through', () => {
    expect(canonicalJson('平马镇')).toBe('"平马镇"');
    expect(canonicalJson(42)).toBe('42');
    expect(canonicalJson(null)).toBe('null');
  });
});

describe('auditRowHash', () => {
  const row: ChainedContent = {
    chain: '451022',
    seq: 1,
    at: new Date('2026-01-02T03:04:05.678Z'),
    actorId: null,
    actorName: 'admin',
    role: 'county_admin',
    action: 'user.create',
    entity: 'user',
    entityId: 'u1',
    regionCode: '451022100001',
    requestId: 'r1',
    ip: '127.0.0.1',
    diff: { after: { b: 1, a: 2 } },
    prevHash: GENESIS_HASH,
  };

  it('does not depend on the key order of the diff', () => {
    expect(auditRowHash({ ...row, diff: { after: { a: 2, b: 1 } } })).toBe(auditRowHash(row));
  });

  it('changes when any content or the previous hash changes', () => {
    const base = auditRowHash(row);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(auditRowHash({ ...row, diff: { after: { a: 3, b: 1 } } })).not.toBe(base);
    expect(auditRowHash({ ...row, seq: 2 })).not.toBe(base);
    expect(auditRowHash({ ...row, prevHash: sha256('x') })).not.toBe(base);
    expect(auditRowHash({ ...row, at: new Date('2026-01-02T03:04:05.679Z') })).not.toBe(base);
  });
});
