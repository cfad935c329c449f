import { describe, expect, it } from 'vitest';
import { auditDiff, maskForAudit } from './diff';

const account = {
  username: 'wang',
  displayName: '王五',
  phone: '13812345678',
  idNumber: '451022199001011232',
  passwordHash: '$argon2id$secret',
  phoneEnc: 'v1.a.b.c',
  phoneIdx: 'f00d',
  password: 'Plain-text-1',
  disabled: false,
};

describe('auditDiff', () => {
  it('keeps only the fields that changed', () => {
    const diff = auditDiff(
      { displayName: '王五', disabled: false, role: 'villager' },
      { displayName: '王小五', disabled: false, role: 'villager' },
    );
    expect(diff).toEqual({ before: { displayName: '王五' }, after: { displayName: '王小五' } });
  });

  it('returns null when nothing changed', () => {
    expect(auditDiff({ a: 1, b: { c: 2 } }, { a: 1, b: { c: 2 } })).toBeNull();
  });

  it('masks phone and ID numbers on both sides', () => {
    const diff = auditDiff(
      { phone: '13812345678', idNumber: '451022199001011232' },
      { phone: '13987654321', idNumber: '11010519491231002X' },
    );
    expect(diff).toEqual({
      before: { phone: '138****5678', idNumber: '4510**********1232' },
      after: { phone: '139****4321', idNumber: '1101**********002X' },
    });
  });

  it('drops hashes, ciphertexts, blind indexes and passwords even when they change', () => {
    expect(
      auditDiff(
        { passwordHash: 'a', phoneEnc: 'a', phoneIdx: 'a', password: 'a' },
        { passwordHash: 'b', phoneEnc: 'b', phoneIdx: 'b', password: 'b' },
      ),
    ).toBeNull();
  });

  it('keeps boolean flags named after a password, such as mustChangePassword', () => {
    expect(auditDiff({ mustChangePassword: false }, { mustChangePassword: true })).toEqual({
      before: { mustChangePassword: false },
      after: { mustChangePassword: true },
    });
  });

  it('records all fields of a created record, masked and without secrets', () => {
    const diff = auditDiff(null, account);
    expect(diff).toEqual({
      before: null,
      after: {
        username: 'wang',
        displayName: '王五',
        phone: '138****5678',
        idNumber: '4510**********1232',
        disabled: false,
      },
    });
    expect(JSON.stringify(diff)).not.toMatch(/13812345678|451022199001011232|argon2|Plain-text/);
  });

  it('shows a field that became null and one that appeared', () => {
    expect(auditDiff({ phone: '13812345678' }, { phone: null, department: 'health' })).toEqual({
      before: { phone: '138****5678', department: null },
      after: { phone: null, department: 'health' },
    });
  });
});

describe('maskForAudit', () => {
  it('writes dates as ISO strings and leaves out undefined fields', () => {
    expect(maskForAudit({ at: new Date('2026-01-02T00:00:00Z'), gone: undefined })).toEqual({
      at: '2026-01-02T00:00:00.000Z',
    });
    expect(maskForAudit(null)).toBeNull();
  });
});
