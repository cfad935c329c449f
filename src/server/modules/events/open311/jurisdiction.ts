import type { Db } from '../../../platform/db/types';
import { AppError } from '../../../platform/errors';
import { countyCodeOf } from '../../../platform/scope';
import { eventCategories } from '../tables';

// jurisdiction_id is the county's code (451022 or 451022000000). The server serves every county
// that has an event catalogue; with one county the parameter may be left out, as the
// specification allows, with several it is required.

export const servedCounties = async (db: Db): Promise<string[]> =>
  (await db.selectDistinct({ code: eventCategories.regionCode }).from(eventCategories)).map((r) => r.code);

/** The county (12-digit code) a request is about. */
export const jurisdictionOf = async (db: Db, jurisdictionId: string | undefined): Promise<string> => {
  const counties = await servedCounties(db);
  if (jurisdictionId === undefined) {
    if (counties.length === 1) return counties[0];
    throw new AppError(400, 'VALIDATION', 'jurisdiction_id is required: 请给出县级区划代码 jurisdiction_id');
  }
  const county = countyCodeOf(jurisdictionId);
  if (!counties.includes(county))
    throw new AppError(404, 'NOT_FOUND', `jurisdiction_id not found: 本平台不服务 ${jurisdictionId}`);
  return county;
};
