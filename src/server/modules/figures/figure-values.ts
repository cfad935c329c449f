import type { FigureValues, FigureValuesQuery } from '../../../contracts/api/figures';
import type { Ctx } from '../../platform/context';
import { installedModules } from '../../platform/modules/registry';
import { assertInScope, scopeOf } from '../../platform/scope';
import { regionName } from '../regions/region-view';
import { answersFor, figureYear, isNotKeptHere } from './policy';

// Each catalogue figure's value for one region (default: the caller's own) and year (or quarter), computed by
// the module that declares it from its records. A region outside the caller's scope is NotFound.

export const figureValues = async (ctx: Ctx, query: FigureValuesQuery): Promise<FigureValues> => {
  const regionCode = query.regionCode ?? ctx.actor.scopeCode;
  assertInScope(regionCode, scopeOf(ctx.actor));
  const year = figureYear(query.year);
  const values: FigureValues['values'] = [];
  for (const figure of installedModules().flatMap((m) => m.figures ?? [])) {
    if (!answersFor(figure, query.quarter)) {
      values.push({ key: figure.key, value: null });
      continue;
    }
    try {
      values.push({
        key: figure.key,
        value: await figure.compute(ctx, { regionCode, year, quarter: query.quarter }),
      });
    } catch (error) {
      if (!isNotKeptHere(error)) throw error;
      values.push({ key: figure.key, value: null });
    }
  }
  return {
    regionCode,
    regionName: await regionName(ctx.db, regionCode),
    year,
    quarter: query.quarter ?? null,
    values,
  };
};
