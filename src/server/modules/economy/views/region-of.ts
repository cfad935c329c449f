import { sql } from 'drizzle-orm';
import { levelOfCode } from '../../../../contracts/region-code';
import type { RegionLevel } from '../../../../contracts/roles';
import type { Ctx } from '../../../platform/context';
import { NotFound } from '../../../platform/errors';
import { assertInScope, countyCodeOf, scopeOf, villageOf } from '../../../platform/scope';
import { regionNameOf } from '../../regions/region-view';
import { type CountyBands, defaultBands } from '../bands';
import { economySettings, economyTargets, type IncomeBand, type TierBasis } from '../tables';
import { usesCountyBands } from './policy';
import type { TargetRow } from './progress';

// The region a view is asked for: the caller's own when none is given (a group's village), in its
// scope (NotFound otherwise), with the bands and targets that apply to it: the county's at or
// below a county, the defaults above. One statement reads the region, the settings and the targets.

export interface ViewRegion {
  code: string;
  name: string;
  level: RegionLevel;
  bands: CountyBands;
  /** The county whose bands and targets apply; null above a county. */
  countyCode: string | null;
  targets: TargetRow[];
}

interface TargetJson {
  id: string;
  region_code: string;
  name: string;
  by_year: number;
  every_min_fen: number | null;
  share_min_fen: number | null;
  share_percent: number | null;
}

export const viewRegion = async (ctx: Ctx, asked?: string): Promise<ViewRegion> => {
  const raw = asked ?? ctx.actor.scopeCode;
  const code = levelOfCode(raw) === 'group' ? villageOf(raw) : raw;
  assertInScope(code, scopeOf(ctx.actor));
  const countyCode = usesCountyBands(levelOfCode(code)) ? countyCodeOf(code) : null;
  const s = economySettings;
  const t = economyTargets;
  const { rows } = (await ctx.db.execute(sql`
    select ${regionNameOf(sql`${code}::varchar`)} as name,
      (select ${s.basis} from ${s} where ${s.regionCode} = ${countyCode}) as basis,
      (select ${s.bands} from ${s} where ${s.regionCode} = ${countyCode}) as bands,
      (select coalesce(json_agg(tg order by tg.by_year), '[]'::json) from ${t} tg where tg.region_code = ${countyCode}) as targets`)) as unknown as {
    rows: {
      name: string | null;
      basis: TierBasis | null;
      bands: IncomeBand[] | null;
      targets: TargetJson[];
    }[];
  };
  const row = rows[0];
  if (!row?.name) throw new NotFound();
  const bands: CountyBands =
    countyCode && row.bands?.length
      ? { basis: row.basis ?? 'operating', bands: [...row.bands].sort((a, b) => a.minFen - b.minFen) }
      : defaultBands();
  const targets = (countyCode ? row.targets : []).map((x) => ({
    id: x.id,
    regionCode: x.region_code,
    name: x.name,
    byYear: x.by_year,
    everyMinFen: x.every_min_fen == null ? null : Number(x.every_min_fen),
    shareMinFen: x.share_min_fen == null ? null : Number(x.share_min_fen),
    sharePercent: x.share_percent,
  }));
  return { code, name: row.name, level: levelOfCode(code) as RegionLevel, bands, countyCode, targets };
};
