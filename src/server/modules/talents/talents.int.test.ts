import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Session, sessionAs, testRegions } from '../../../testing/factories';
import { createHarness, type TestHarness } from '../../../testing/harness';
import { insertPerson } from '../../../testing/people';
import { auditLog } from '../../platform/audit/tables';

let h: TestHarness;
let regions: Awaited<ReturnType<typeof testRegions>>;
let county: Session;
let township: Session;
let village: Session;
beforeAll(async () => {
  h = await createHarness();
  regions = await testRegions(h.services.database.db);
  county = await sessionAs(h.app, h.services, 'county_admin', regions.county);
  township = await sessionAs(h.app, h.services, 'township', regions.ownTownship.code);
  village = await sessionAs(h.app, h.services, 'village', regions.ownVillage.code);
});
afterAll(() => h.close());

const draft = async (session: Session, extra: Record<string, unknown> = {}) => {
  const res = await session.post('/api/talents', {
    regionCode: regions.ownVillage.code,
    name: '覃土专家',
    category: 'planting',
    tags: ['土专家'],
    skills: '芒果嫁接',
    phone: '13712345678',
    ...extra,
  });
  if (res.statusCode !== 201) throw new Error(res.body);
  return res.json();
};
const ids = (res: { json: () => { items: { id: string }[] } }) => res.json().items.map((t) => t.id);

describe('talent workflow', () => {
  it('goes village survey → township review → county filing with a review row per step', async () => {
    const talent = await draft(village);
    expect(talent).toMatchObject({ status: 'draft', phoneMasked: '137****5678', tags: ['土专家'] });
    expect(JSON.stringify(talent)).not.toContain('13712345678');
    expect((await village.post(`/api/talents/${talent.id}/submit`)).json().status).toBe('surveyed');
    expect(ids(await township.get('/api/talents?queue=mine'))).toContain(talent.id);
    expect(ids(await county.get('/api/talents?queue=mine'))).not.toContain(talent.id);
    const reviewed = await township.post(`/api/talents/${talent.id}/review`, {
      decision: 'approve',
      comment: '属实',
    });
    expect(reviewed.json().status).toBe('township_reviewed');
    expect(ids(await county.get('/api/talents?queue=mine'))).toContain(talent.id);
    const filed = (await county.post(`/api/talents/${talent.id}/file`, { decision: 'approve' })).json();
    expect(filed.status).toBe('county_filed');
    expect(filed.reviews.map((r: { step: string; decision: string }) => `${r.step}:${r.decision}`)).toEqual([
      'village_survey:submit',
      'township_review:approve',
      'county_filing:approve',
    ]);
    expect(filed.reviews[1]).toMatchObject({ comment: '属实', reviewerName: expect.any(String) });
    const audits = await h.services.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, talent.id), eq(auditLog.entity, 'talent')));
    expect(audits.map((a) => a.action).sort()).toEqual([
      'talent.approve',
      'talent.approve',
      'talent.create',
      'talent.submit',
    ]);
    const list = await county.get('/api/talents?status=county_filed&category=planting');
    expect(ids(list)).toEqual([talent.id]);
    expect(ids(await county.get('/api/talents?status=county_filed&category=breeding'))).toEqual([]);
  });

  it('returns a record with a comment, lets the village edit and resubmit it', async () => {
    const talent = await draft(village, { name: '罗田秀才', category: 'breeding' });
    expect((await village.patch(`/api/talents/${talent.id}`, { skills: '养牛' })).statusCode).toBe(200);
    await village.post(`/api/talents/${talent.id}/submit`);
    expect((await village.patch(`/api/talents/${talent.id}`, { skills: '改' })).statusCode).toBe(409);
    const noComment = await township.post(`/api/talents/${talent.id}/review`, { decision: 'return' });
    expect(noComment.statusCode).toBe(422);
    expect(noComment.json().fields[0].path).toBe('comment');
    const returned = (
      await township.post(`/api/talents/${talent.id}/review`, {
        decision: 'return',
        comment: '请补充养殖规模',
      })
    ).json();
    expect(returned).toMatchObject({ status: 'returned', returnComment: '请补充养殖规模' });
    expect(ids(await village.get('/api/talents?queue=mine'))).toContain(talent.id);
    const edited = await village.patch(`/api/talents/${talent.id}`, { skills: '养牛50头' });
    expect(edited.json().skills).toBe('养牛50头');
    expect((await village.post(`/api/talents/${talent.id}/submit`)).json().status).toBe('surveyed');
    await township.post(`/api/talents/${talent.id}/review`, { decision: 'approve' });
    const back = (
      await county.post(`/api/talents/${talent.id}/file`, { decision: 'return', comment: '证明材料不全' })
    ).json();
    expect(back.status).toBe('returned');
    expect(back.reviews.map((r: { decision: string }) => r.decision)).toEqual([
      'submit',
      'return',
      'submit',
      'approve',
      'return',
    ]);
  });

  it('refuses the wrong role and the wrong step', async () => {
    const talent = await draft(village);
    expect(
      (await township.post(`/api/talents/${talent.id}/review`, { decision: 'approve' })).statusCode,
    ).toBe(409);
    await village.post(`/api/talents/${talent.id}/submit`);
    expect((await village.post(`/api/talents/${talent.id}/review`, { decision: 'approve' })).statusCode).toBe(
      403,
    );
    expect((await township.post(`/api/talents/${talent.id}/file`, { decision: 'approve' })).statusCode).toBe(
      403,
    );
    expect((await county.post(`/api/talents/${talent.id}/review`, { decision: 'approve' })).statusCode).toBe(
      403,
    );
    expect((await county.post(`/api/talents/${talent.id}/file`, { decision: 'approve' })).statusCode).toBe(
      409,
    );
    expect((await village.post(`/api/talents/${talent.id}/submit`)).statusCode).toBe(409);
    const worker = await sessionAs(h.app, h.services, 'grid_worker', regions.ownVillage.code);
    expect(
      (
        await worker.post('/api/talents', {
          regionCode: regions.ownVillage.code,
          name: 'x',
          category: 'craft',
        })
      ).statusCode,
    ).toBe(403);
    expect((await worker.get('/api/talents')).statusCode).toBe(200);
  });

  it('links a person of the same village only', async () => {
    const person = await insertPerson(h.services, { regionCode: regions.ownVillage.code, name: '陆乡创' });
    expect((await draft(township, { personId: person.id, name: '陆乡创' })).personId).toBe(person.id);
    const twice = await township.post('/api/talents', {
      regionCode: regions.ownVillage.code,
      personId: person.id,
      name: '陆乡创',
      category: 'craft',
    });
    expect(twice.statusCode).toBe(422);
    expect(twice.json().fields[0]).toMatchObject({
      path: 'personId',
      message: '此人已在人才库中，请在原记录上修改',
    });
    const elsewhere = await insertPerson(h.services, { regionCode: regions.otherVillage.code });
    expect(
      (
        await township.post('/api/talents', {
          regionCode: regions.ownVillage.code,
          personId: elsewhere.id,
          name: 'x',
          category: 'craft',
        })
      ).statusCode,
    ).toBe(404);
  });

  it('answers 404 to another township and leaves its talents out of lists', async () => {
    const theirs = await county.post('/api/talents', {
      regionCode: regions.otherVillage.code,
      name: '外乡能人',
      category: 'craft',
    });
    const id = theirs.json().id;
    await county.post(`/api/talents/${id}/submit`);
    expect((await township.get(`/api/talents/${id}`)).statusCode).toBe(404);
    expect((await township.post(`/api/talents/${id}/review`, { decision: 'approve' })).statusCode).toBe(404);
    expect((await township.get('/api/talents?pageSize=200')).body).not.toContain('外乡能人');
    expect(ids(await township.get('/api/talents?queue=mine'))).not.toContain(id);
    const outside = await township.post('/api/talents', {
      regionCode: regions.otherVillage.code,
      name: 'x',
      category: 'craft',
    });
    expect(outside.statusCode).toBe(422);
  });
});
