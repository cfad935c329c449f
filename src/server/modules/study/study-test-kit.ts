import { eq } from 'drizzle-orm';
import { afterAll, beforeAll } from 'vitest';
import type { QuestionBody, TestBody } from '../../../contracts/api/study';
import type { Role } from '../../../contracts/roles';
import { loginAs, makeUser, type Session, sessionAs, testRegions } from '../../../testing/factories';
import { createHarness, type TestHarness } from '../../../testing/harness';
import { ok } from '../../../testing/ok';
import { insertPerson } from '../../../testing/people';
import { users } from '../../platform/auth/tables';
import { todayInBeijing } from './policy';

// What the study medium tests share: one harness per file, the county, townships and village
// sessions, party members with accounts linked to their member records, and a small bank.

export let h: TestHarness;
export let regions: Awaited<ReturnType<typeof testRegions>>;
export let county: Session;
export let township: Session;
export let otherTownship: Session;
export let village: Session;

export const withStudyHarness = () => {
  beforeAll(async () => {
    h = await createHarness();
    regions = await testRegions(h.services.database.db);
    county = await sessionAs(h.app, h.services, 'county_admin', regions.county);
    township = await sessionAs(h.app, h.services, 'township', regions.ownTownship.code);
    otherTownship = await sessionAs(h.app, h.services, 'township', regions.otherTownship.code);
    village = await sessionAs(h.app, h.services, 'village', regions.ownVillage.code);
  });
  afterAll(() => h.close());
};

export const today = () => todayInBeijing();

/** A party branch of a village (created by the county). */
export const branchOf = async (regionCode: string, name: string) =>
  (await ok(county.post('/api/orgs', { name, level: 'branch', kind: 'village', regionCode }), 201)) as {
    id: string;
  };

/** An account of `role` in `regionCode` linked to a new person of the registry; a member of `orgId` if given. */
export const personSession = async (
  role: Role,
  regionCode: string,
  o: { orgId?: string; name?: string } = {},
): Promise<Session & { userId: string; name: string }> => {
  const person = await insertPerson(h.services, { regionCode, name: o.name });
  if (o.orgId)
    await ok(
      county.post('/api/members', {
        personId: person.id,
        orgId: o.orgId,
        status: 'full',
        joinedOn: '2010-07-01',
      }),
      201,
    );
  const user = await makeUser(h.services, { role, regionCode });
  await h.services.database.db.update(users).set({ personId: person.id }).where(eq(users.id, user.id));
  return { ...(await loginAs(h.app, user.username)), userId: user.id, name: person.name };
};

export const question = (stem: string, over: Partial<QuestionBody> = {}): QuestionBody => ({
  kind: 'single',
  stem,
  options: ['甲', '乙', '丙', '丁'],
  answer: 'B',
  explanation: `${stem}的解析`,
  category: '党章党规',
  ...over,
});

/** Adds questions to the county's bank through the API; returns their ids. */
export const addQuestions = async (bodies: QuestionBody[]) => {
  const ids: string[] = [];
  for (const b of bodies) ids.push((await ok(county.post('/api/study/questions', b), 201)).id);
  return ids;
};

export const testBody = (over: Partial<TestBody> = {}): TestBody => ({
  title: '党章党规知识测试',
  audience: 'members',
  questionIds: [],
  picks: [],
  scorePerQuestion: 10,
  passMark: 20,
  opensOn: today(),
  closesOn: '2099-12-31',
  attemptsAllowed: 1,
  ...over,
});

/** Creates and publishes a test as `session`; returns its detail. */
export const publishedTest = async (session: Session, over: Partial<TestBody> = {}) => {
  const test = await ok(session.post('/api/study/tests', testBody(over)), 201);
  return ok(session.post(`/api/study/tests/${test.id}/publish`));
};
