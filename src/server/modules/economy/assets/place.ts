import { levelOfCode } from '../../../../contracts/region-code';
import type { Ctx } from '../../../platform/context';
import { Forbidden, invalidField } from '../../../platform/errors';
import { isInScope, scopeOf } from '../../../platform/scope';
import { regionNames } from '../../regions/region-view';
import { mayEditVillageRecord, villageForNewRecord } from './policy';

/** The village a new asset or entity is filed under: named (or the caller's own), a village, in scope, existing. */
export const villageOfNewRecord = async (tx: Ctx, named: string | null | undefined): Promise<string> => {
  const code = villageForNewRecord(tx.actor, named);
  if (!code) throw invalidField('regionCode', '请选择村（社区）');
  if (levelOfCode(code) !== 'village') throw invalidField('regionCode', '请选择村（社区）');
  if (!isInScope(code, scopeOf(tx.actor))) throw invalidField('regionCode', '所选村不在您的管辖范围内');
  if (!(await regionNames(tx.db, [code])).has(code)) throw invalidField('regionCode', '所选区划不存在');
  assertMayEdit(tx, code);
  return code;
};

/** Refuses a write the caller's role or level may not make (policy.ts). */
export const assertMayEdit = (ctx: Ctx, regionCode: string): void => {
  if (!mayEditVillageRecord(ctx.actor, regionCode)) throw new Forbidden('您不能修改该村的集体资产与经营主体');
};
