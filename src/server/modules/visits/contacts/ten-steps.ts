import { and, asc, isNull, type SQL } from 'drizzle-orm';
import type { StationedCadreView } from '../../../../contracts/api/visits-contacts';
import { teamRole } from '../../../../contracts/registry/enums';
import type { Ctx } from '../../../platform/context';
import { inScope, scopeOf, underRegion } from '../../../platform/scope';
import { stationedMembersUnder, stationedNamesOfUser } from '../../cadres/stationed-members';
import { regionNames } from '../../regions/region-view';
import { TEN_STEPS } from '../defaults';
import { tenStepProgress } from '../tables';
import type { StepRow } from './load';
import { beijingToday, stepRefusal } from './policy';

// 十步法 per stationed cadre: the cadres now serving in the villages' work teams (from the
// cadres module) and anyone whose steps were typed by name, each with the ten steps done or not.

type TeamRole = keyof typeof teamRole.labels;

/** The names a stationed cadre records under: their account's and their work-team entries'. */
export const ownNames = async (ctx: Ctx): Promise<string[]> =>
  ctx.actor.role === 'stationed_cadre'
    ? [ctx.actor.displayName, ...(await stationedNamesOfUser(ctx, ctx.actor.userId))]
    : [];

export const listTenSteps = async (
  ctx: Ctx,
  regionCode?: string,
): Promise<{ cadres: StationedCadreView[] }> => {
  const conditions: SQL[] = [
    inScope(tenStepProgress.regionCode, scopeOf(ctx.actor)),
    isNull(tenStepProgress.deletedAt) as SQL,
  ];
  if (regionCode) conditions.push(underRegion(tenStepProgress.regionCode, regionCode));
  const [members, rows, mine] = await Promise.all([
    stationedMembersUnder(ctx, regionCode, beijingToday()),
    ctx.db
      .select()
      .from(tenStepProgress)
      .where(and(...conditions))
      .orderBy(asc(tenStepProgress.regionCode), asc(tenStepProgress.cadreName)),
    ownNames(ctx),
  ]);
  const cadres = new Map<
    string,
    { regionCode: string; name: string; role: string | null; fromTeam: boolean; steps: StepRow[] }
  >();
  for (const m of members) {
    const key = `${m.regionCode}|${m.name}`;
    if (!cadres.has(key))
      cadres.set(key, { regionCode: m.regionCode, name: m.name, role: m.role, fromTeam: true, steps: [] });
  }
  for (const r of rows) {
    const key = `${r.regionCode}|${r.cadreName}`;
    const c = cadres.get(key) ?? {
      regionCode: r.regionCode,
      name: r.cadreName,
      role: null,
      fromTeam: false,
      steps: [],
    };
    c.steps.push(r);
    cadres.set(key, c);
  }
  const names = await regionNames(
    ctx.db,
    [...cadres.values()].map((c) => c.regionCode),
  );
  return {
    cadres: [...cadres.values()]
      .sort((a, b) => a.regionCode.localeCompare(b.regionCode) || a.name.localeCompare(b.name, 'zh-CN'))
      .map((c) => {
        const byStep = new Map(c.steps.map((s) => [s.step, s]));
        const steps = TEN_STEPS.map((s) => {
          const done = byStep.get(s.code);
          return {
            step: s.code as StationedCadreView['steps'][number]['step'],
            id: done?.id ?? null,
            doneOn: done?.doneOn ?? null,
            note: done?.note ?? null,
          };
        });
        return {
          regionCode: c.regionCode,
          villageName: names.get(c.regionCode) ?? c.regionCode,
          cadreName: c.name,
          fromTeam: c.fromTeam,
          role: c.role ? (teamRole.labels[c.role as TeamRole]?.zh ?? c.role) : null,
          steps,
          done: steps.filter((s) => s.doneOn).length,
          editable: stepRefusal(ctx.actor, c.regionCode, c.name, mine) === null,
        };
      }),
  };
};
