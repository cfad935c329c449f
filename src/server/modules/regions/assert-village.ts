import { levelOfCode } from '../../../contracts/region-code';
import type { Ctx } from '../../platform/context';
import { invalidField } from '../../platform/errors';
import { isInScope, scopeOf } from '../../platform/scope';
import { regionNames } from './region-view';

/** A village (12-digit code) that exists and lies in the caller's scope; 422 on `field` otherwise. */
export const assertVillageInScope = async (ctx: Ctx, code: string, field = 'regionCode'): Promise<string> => {
  if (code.length !== 12 || levelOfCode(code) !== 'village')
    throw invalidField(field, '请选择一个村（社区）');
  if (!isInScope(code, scopeOf(ctx.actor))) throw invalidField(field, '所选村不在您的管辖范围内');
  const name = (await regionNames(ctx.db, [code])).get(code);
  if (!name) throw invalidField(field, '区划不存在，请先导入该区县');
  return name;
};
