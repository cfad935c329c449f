import { and, eq } from 'drizzle-orm';
import type { Session } from '../../../../testing/factories';
import { ok } from '../../../../testing/ok';
import { db, regions } from '../assessments-test-kit';
import { flagKinds } from '../tables';

// What the flags medium tests share: the seeded kinds of a county by code, a nomination and a
// walk of one through its steps.

export const kindId = async (code: string, county = regions.county) => {
  const [k] = await db()
    .select({ id: flagKinds.id })
    .from(flagKinds)
    .where(and(eq(flagKinds.regionCode, county), eq(flagKinds.code, code)));
  if (!k) throw new Error(`no flag kind ${code} in ${county}`);
  return k.id;
};

export interface Nomination {
  kind: string;
  year: number;
  regionCode?: string;
  householdId?: string;
  reason?: string;
}

export const nominate = (s: Session, n: Nomination) =>
  (async () =>
    s.post('/api/assess/flags', {
      kindId: await kindId(n.kind),
      year: n.year,
      regionCode: n.regionCode,
      householdId: n.householdId,
      reason: n.reason ?? '带头发展产业，群众满意',
    }))();

export const act = (s: Session, awardId: string, action: string, body: Record<string, unknown> = {}) =>
  s.post(`/api/assess/flags/${awardId}/actions/${action}`, body);

/** Nominated by `by`, reviewed by `reviewer`, awarded by `county`: the award's id. */
export const awardThrough = async (
  n: Nomination,
  by: Session,
  reviewer: Session,
  county: Session,
): Promise<string> => {
  const award = await ok(nominate(by, n), 201);
  await ok(act(reviewer, award.id, 'review'));
  await ok(act(county, award.id, 'award'));
  return award.id;
};
