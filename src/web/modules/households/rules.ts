import type { Rule } from 'antd/es/form';
import { checkIdNumber, ID_NUMBER_MESSAGES } from '../../../contracts/id-number';
import { PHONE_PATTERN } from '../../../contracts/pii';
import { ETHNICITIES } from '../../../contracts/registry/ethnicities';

// Client-side checks that mirror the API (contracts/api/households.ts): same rules, same Chinese texts.

/** GB 11643 check with the contract's Chinese message for the first problem found. */
export const idNumberRule: Rule = {
  validator: (_, value: string | undefined) => {
    if (!value?.trim()) return Promise.resolve();
    const problem = checkIdNumber(value);
    return problem ? Promise.reject(new Error(ID_NUMBER_MESSAGES[problem])) : Promise.resolve();
  },
};

export const phoneRule = (message: string): Rule => ({ pattern: PHONE_PATTERN, message });

export const HOUSEHOLD_NO_PATTERN = /^[0-9A-Za-z-]{1,32}$/;

export const ethnicityOptions = ETHNICITIES.map((e) => ({ value: e.code, label: e.name }));

/** '' and undefined become null: the API reads null as "none". */
export const orNull = (v: string | undefined | null): string | null => (v?.trim() ? v.trim() : null);
