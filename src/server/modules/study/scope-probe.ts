import { loginAs, makeUser } from '../../../testing/factories';
import type { ScopeProbe, ScopeWorld } from '../../../testing/scope-probe';

// 以考促学 records on the other side (凌云县), for the generic scope test (testing/scope.int.test.ts):
// a question of 凌云's bank, a published test of 凌云 and an attempt of a 凌云 village cadre.

const made = new WeakMap<ScopeWorld, Promise<{ questionId: string; testId: string; attemptId: string }>>();

const lingyunRecords = (world: ScopeWorld) => {
  const existing = made.get(world);
  if (existing) return existing;
  const records = (async () => {
    const admin = world.foreignAdmins.lingyun;
    const q = await admin.post('/api/study/questions', {
      kind: 'single',
      stem: '探针凌云题目',
      options: ['甲', '乙'],
      answer: 'A',
      category: '探针凌云分类',
    });
    if (q.statusCode !== 201) throw new Error(`probe questionId: ${q.statusCode} ${q.body}`);
    const questionId = q.json().id as string;
    const t = await admin.post('/api/study/tests', {
      title: '探针凌云考试',
      audience: 'cadres',
      questionIds: [questionId],
      scorePerQuestion: 10,
      passMark: 10,
      opensOn: '2020-01-01',
      closesOn: '2099-12-31',
    });
    if (t.statusCode !== 201) throw new Error(`probe testId: ${t.statusCode} ${t.body}`);
    const testId = t.json().id as string;
    await admin.post(`/api/study/tests/${testId}/publish`);
    const cadre = await makeUser(world.services, {
      role: 'village',
      regionCode: world.regions.otherCountyVillage.code,
    });
    const session = await loginAs(world.app, cadre.username);
    const a = await session.post(`/api/study/tests/${testId}/attempts`);
    if (a.statusCode !== 200) throw new Error(`probe attemptId: ${a.statusCode} ${a.body}`);
    return { questionId, testId, attemptId: a.json().id as string };
  })();
  made.set(world, records);
  return records;
};

export const scopeProbes: ScopeProbe[] = [
  {
    param: 'questionId',
    foreignValues: async (world) => {
      const r = await lingyunRecords(world);
      return { values: [r.questionId], markers: [r.questionId, '探针凌云题目'] };
    },
  },
  {
    param: 'testId',
    foreignValues: async (world) => {
      const r = await lingyunRecords(world);
      return { values: [r.testId], markers: [r.testId, '探针凌云考试'] };
    },
  },
  {
    param: 'attemptId',
    foreignValues: async (world) => {
      const r = await lingyunRecords(world);
      return { values: [r.attemptId], markers: [r.attemptId] };
    },
  },
  { param: 'position', foreignValues: async () => ({ values: ['1'], markers: [] }) },
];
