import { eq } from 'drizzle-orm';
import { loginAs, makeUser, type Session } from '../../../../testing/factories';
import { ok } from '../../../../testing/ok';
import { county, db, h, regions, township } from '../assessments-test-kit';
import { weakMeasures } from '../tables';
import { beijingToday, beijingYear } from './dates';

// What the weak-organization tests share: a record walked to a given state through the API.

export const year = beijingYear();
export const today = beijingToday();
export const inDays = (n: number) => new Date(Date.parse(today) + n * 86_400_000).toISOString().slice(0, 10);

/** A user of any role, logged in, with its id (a measure's owner). */
export const userOf = async (role: Parameters<typeof makeUser>[1]['role'], regionCode: string) => {
  const u = await makeUser(h.services, { role, regionCode });
  return { id: u.id, session: await loginAs(h.app, u.username) };
};

export const act = (s: Session, id: string, action: string, body: Record<string, unknown> = {}) =>
  s.post(`/api/assess/weak/${id}/actions/${action}`, body);

/** A village identified by the county (the township's first village unless named). */
export const identified = async (regionCode = regions.ownVillage.code, y = year) =>
  ok(
    county.post('/api/assess/weak', {
      regionCode,
      year: y,
      source: 'nominated',
      situations: ['W02'],
      findings: '班子不团结，内耗严重',
    }),
    201,
  );

/** A record in `rectifying` with the measures given (default: two, due in a month). */
export const rectifying = async (
  measures: { text: string; ownerName: string; ownerUserId?: string; deadline: string }[] = [
    { text: '调整配强村党组织书记', ownerName: '张乡长', deadline: inDays(30) },
    { text: '开展一次专题党课', ownerName: '李书记', deadline: inDays(30) },
  ],
  regionCode = regions.ownVillage.code,
) => {
  const w = await identified(regionCode);
  await ok(act(county, w.id, 'assign', { leaderName: '王县长', leaderPost: '副县长' }));
  return ok(act(township, w.id, 'plan', { measures }));
};

/** Moves a measure's deadline into the past (a plan cannot be written with one). */
export const backdate = (measureId: string, deadline: string) =>
  db().update(weakMeasures).set({ deadline }).where(eq(weakMeasures.id, measureId));
