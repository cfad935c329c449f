import { and, eq, isNull, ne } from 'drizzle-orm';
import { readIdNumber } from '../../../contracts/id-number';
import type { Ctx } from '../../platform/context';
import { Conflict } from '../../platform/errors';
import type { PiiCipher } from '../../platform/pii/crypto';
import { persons } from './tables';

// How an ID number and a phone are stored: ciphertext + keyed blind index; the last 4 ID digits,
// the birth date and the sex (read from the ID number) stay plain for search and statistics.

/** `idNumberIdx` when the caller has computed the blind index already (the import's check). */
export const idNumberColumns = (pii: PiiCipher, idNumber: string, idNumberIdx?: string) => ({
  idNumberEnc: pii.encrypt(idNumber),
  idNumberIdx: idNumberIdx ?? pii.blindIndex('id_number', idNumber),
  idLast4: idNumber.slice(-4),
  ...readIdNumber(idNumber),
});

export const phoneColumns = (pii: PiiCipher, phone: string | null | undefined) =>
  phone === undefined
    ? {}
    : {
        phoneEnc: phone ? pii.encrypt(phone) : null,
        phoneIdx: phone ? pii.blindIndex('phone', phone) : null,
      };

export const duplicateIdNumber = (path = 'idNumber') =>
  new Conflict('该身份证号已登记在其他人员名下', [{ path, message: '该身份证号已登记' }]);

/**
 * 409 when a living person (other than `exceptId`) holds the ID number. The check spans every
 * county, as the partial unique index does: one person, one living record.
 */
export const assertIdNumberFree = async (ctx: Ctx, idNumberIdx: string, exceptId?: string, path?: string) => {
  const [taken] = await ctx.db
    .select({ id: persons.id })
    .from(persons)
    .where(
      and(
        eq(persons.idNumberIdx, idNumberIdx),
        isNull(persons.deletedAt),
        exceptId ? ne(persons.id, exceptId) : undefined,
      ),
    )
    .limit(1);
  if (taken) throw duplicateIdNumber(path);
};

/** A unique violation on the ID index (two requests racing past the check): 409, not 500. */
export const isIdNumberConflict = (error: unknown): boolean => {
  const e = error as { code?: string; cause?: { code?: string; constraint?: string }; constraint?: string };
  const code = e.code ?? e.cause?.code;
  const constraint = e.constraint ?? e.cause?.constraint ?? String((e as Error).message ?? '');
  return code === '23505' && String(constraint).includes('persons_id_number_unique');
};
