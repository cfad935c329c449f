import type { CadrePost } from '../../../contracts/api/cadres';
import type { Coded, cadreBackground } from '../../../contracts/registry/enums';
import type { Ctx } from '../../platform/context';
import { personSummaries } from '../households/lookups';
import { regionNames } from '../regions/region-view';
import { isOneShoulder } from './policy';
import type { cadres } from './tables';

type CadreRow = typeof cadres.$inferSelect;
type Background = Coded<typeof cadreBackground>;

/** What a cadre record looks like: the person's name from the households registry, 一肩挑 derived. */
export const toCadreViews = async (ctx: Ctx, rows: CadreRow[]) => {
  // One after the other: inside a transaction the queries share one connection.
  const people = await personSummaries(
    ctx,
    rows.map((r) => r.personId),
  );
  const names = await regionNames(
    ctx.db,
    rows.map((r) => r.regionCode),
  );
  return rows.map((r) => ({
    id: r.id,
    regionCode: r.regionCode,
    regionName: names.get(r.regionCode) ?? r.regionCode,
    personId: r.personId,
    name: people.get(r.personId)?.name ?? '（人员已删除）',
    posts: r.posts as CadrePost[],
    backgrounds: r.backgrounds as Background[],
    isReserve: r.isReserve,
    oneShoulder: isOneShoulder(r.posts as CadrePost[]),
    startedOn: r.startedOn,
    endedOn: r.endedOn,
  }));
};

export const toCadreView = async (ctx: Ctx, row: CadreRow) => (await toCadreViews(ctx, [row]))[0];

/** The fields that go into the audit diff. */
export const auditableCadre = (r: CadreRow) => ({
  personId: r.personId,
  regionCode: r.regionCode,
  posts: r.posts,
  backgrounds: r.backgrounds,
  isReserve: r.isReserve,
  startedOn: r.startedOn,
  endedOn: r.endedOn,
});
