import { maskIdNumber, maskPhone } from '../../../contracts/pii';
import type { PiiCipher } from '../../platform/pii/crypto';
import type { persons } from './tables';

export type PersonRow = typeof persons.$inferSelect;

/** A person as the API shows it: ID number and phone masked, no ciphertexts or indexes. */
export const toPersonView = (pii: PiiCipher, p: PersonRow) => ({
  id: p.id,
  householdId: p.householdId,
  regionCode: p.regionCode,
  name: p.name,
  relation: p.relation,
  sex: p.sex,
  birthDate: p.birthDate,
  ethnicity: p.ethnicity,
  idNumberMasked: p.idNumberEnc ? maskIdNumber(pii.decrypt(p.idNumberEnc)) : null,
  phoneMasked: p.phoneEnc ? maskPhone(pii.decrypt(p.phoneEnc)) : null,
  labour: p.labour,
  leftBehind: p.leftBehind,
  education: p.education,
  health: p.health,
  deleted: p.deletedAt !== null,
});

/** The fields of a person that go into the audit diff (masked there). */
export const auditablePerson = (pii: PiiCipher, p: PersonRow) => ({
  householdId: p.householdId,
  regionCode: p.regionCode,
  name: p.name,
  relation: p.relation,
  sex: p.sex,
  birthDate: p.birthDate,
  ethnicity: p.ethnicity,
  idNumber: p.idNumberEnc ? pii.decrypt(p.idNumberEnc) : null,
  phone: p.phoneEnc ? pii.decrypt(p.phoneEnc) : null,
  labour: p.labour,
  leftBehind: p.leftBehind,
  education: p.education,
  health: p.health,
  deletedAt: p.deletedAt,
});
