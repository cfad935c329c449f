import { levelOfCode } from '../../../../contracts/region-code';
import type { RegionLevel } from '../../../../contracts/roles';
import type { Ctx } from '../../../platform/context';
import { NotFound } from '../../../platform/errors';
import { assertInScope, scopeOf, villageOf } from '../../../platform/scope';
import { regionNames } from '../../regions/region-view';
import { reportChildLevel } from './policy';

// The region a report is asked for: the caller's own when none is given (a group's village), in
// its scope (NotFound otherwise), with its name and the level of the rows it breaks into.

export interface ReportRegion {
  code: string;
  name: string;
  level: RegionLevel;
  childLevel: Exclude<RegionLevel, 'group'>;
}

export const reportRegion = async (ctx: Ctx, asked?: string): Promise<ReportRegion> => {
  const raw = asked ?? ctx.actor.scopeCode;
  const code = levelOfCode(raw) === 'group' ? villageOf(raw) : raw;
  assertInScope(code, scopeOf(ctx.actor));
  const name = (await regionNames(ctx.db, [code])).get(code);
  if (!name) throw new NotFound();
  const level = levelOfCode(code) as RegionLevel;
  return { code, name, level, childLevel: reportChildLevel(level) };
};
