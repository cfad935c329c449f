import { isWithinPrefix, levelOfCode, regionPrefix } from '../../../contracts/region-code';

/** Whether `code` lies in the subtree of the scope region (the scope itself included). */
export const withinScope = (code: string, scopeCode: string): boolean =>
  isWithinPrefix(code, regionPrefix(scopeCode, levelOfCode(scopeCode)));
