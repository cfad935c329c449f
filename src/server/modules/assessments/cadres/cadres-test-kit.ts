import { expect } from 'vitest';
import type { Session } from '../../../../testing/factories';
import { insertPerson } from '../../../../testing/people';
import { h } from '../assessments-test-kit';

// What the cadre-assessment medium tests share: registry records made through the cadres API.

export const YEAR = 2025;

/** A cadre of the registry (村干部名册) with its posts, added by `admin`. */
export const registryCadre = async (
  admin: Session,
  regionCode: string,
  name: string,
  record: Record<string, unknown>,
) => {
  const person = await insertPerson(h.services, { regionCode, name });
  const res = await admin.post('/api/cadres', { personId: person.id, ...record });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string };
};

/** A work team of the village with a first secretary and a plain member. */
export const workTeamWithFirstSecretary = async (admin: Session, regionCode: string, name: string) => {
  const team = await admin.post('/api/work-teams', {
    regionCode,
    name: `${name}工作队`,
    sendingUnit: '县委组织部',
    sendingLevel: 'county',
  });
  expect(team.statusCode, team.body).toBe(201);
  const teamId = team.json().id as string;
  for (const [member, role] of [
    [name, 'first_secretary'],
    [`${name}队员`, 'member'],
  ]) {
    const res = await admin.post(`/api/work-teams/${teamId}/members`, { name: member, role });
    expect(res.statusCode, res.body).toBe(201);
  }
  return teamId;
};

export const put = (s: Session, url: string, body: unknown) => s.request('PUT', url, body);
