import { describe, expect, it } from 'vitest';
import { readWorkbook, sheetRows } from '../../../testing/excel';
import { ok } from '../../../testing/ok';
import {
  addQuestions,
  branchOf,
  county,
  otherTownship,
  personSession,
  publishedTest,
  question,
  regions,
  testBody,
  township,
  village,
  withStudyHarness,
} from './study-test-kit';

// 以考促学 end to end through the API: the bank, a test, members taking it on the phone (answers
// saved as they go, graded on the server, wrong answers explained), scores per person and branch
// in each caller's scope, the export and the figures.

withStudyHarness();

describe('question bank', () => {
  it('keeps the county’s questions with their rules, and only the county writes them', async () => {
    const bad = await county.post('/api/study/questions', question('两个答案的单选', { answer: 'AB' }));
    expect(bad.statusCode).toBe(422);
    expect(bad.json().fields[0]).toMatchObject({
      path: 'answer',
      message: expect.stringContaining('单选题只能有一个答案'),
    });
    const outside = await county.post('/api/study/questions', question('答案不在选项中', { answer: 'F' }));
    expect(outside.json().fields[0].message).toBe('答案F不在选项中');
    const [id] = await addQuestions([question('党的最高理想是什么')]);
    const dup = await county.post('/api/study/questions', question('党的最高理想是什么？'));
    expect(dup.json().fields[0]).toMatchObject({ path: 'stem', message: '题库中已有相同题干的题目' });
    expect((await township.post('/api/study/questions', question('乡镇出题'))).statusCode).toBe(403);
    const list = await ok(township.get('/api/study/questions?q=最高理想'));
    expect(list.items.map((q: { id: string }) => q.id)).toEqual([id]);
    const judge = await ok(
      county.post(
        '/api/study/questions',
        question('党员应当履行义务', { kind: 'judge', options: [], answer: 'a' }),
      ),
      201,
    );
    expect(judge).toMatchObject({ options: ['正确', '错误'], answer: 'A' });
  });
});

describe('a test from bank to branch scores', () => {
  it('is taken on the phone, graded on the server, explained, and counted per person and branch', async () => {
    const [single, multiple, judge] = await addQuestions([
      question('入党誓词由谁宣读', { answer: 'C' }),
      question('乡村振兴的总要求包括', {
        kind: 'multiple',
        options: ['产业兴旺', '生态宜居', '大拆大建'],
        answer: 'AB',
      }),
      question('预备期为一年', { kind: 'judge', options: [], answer: 'A', explanation: '预备期为一年。' }),
    ]);
    const branchA = await branchOf(regions.ownVillage.code, '学测一支部');
    const branchB = await branchOf(regions.otherVillage.code, '学测二支部');
    const memberA = await personSession('party_member', regions.ownVillage.code, { orgId: branchA.id });
    const memberB = await personSession('party_member', regions.otherVillage.code, { orgId: branchB.id });
    const idle = await personSession('party_member', regions.ownVillage.code, { orgId: branchA.id });
    const cadre = await personSession('village', regions.ownVillage.code);
    const test = await publishedTest(county, {
      title: '七一知识测试',
      questionIds: [single, multiple, judge],
      scorePerQuestion: 10,
      passMark: 20,
    });
    expect(test).toMatchObject({ status: 'published', questionCount: 3, maxScore: 30, manageable: true });
    expect((await ok(township.get(`/api/study/tests/${test.id}`))).manageable).toBe(false);

    // The member sees it on the home page and in 我的考试; a cadre without a member record does not.
    const home = await ok(memberA.get('/api/home'));
    expect(home.pending.find((p: { key: string }) => p.key === 'study.pending')).toMatchObject({ count: 1 });
    expect((await ok(cadre.get('/api/study/mine'))).items).toEqual([]);
    expect((await cadre.post(`/api/study/tests/${test.id}/attempts`)).statusCode).toBe(404);

    const attempt = await ok(memberA.post(`/api/study/tests/${test.id}/attempts`));
    expect(attempt.items).toHaveLength(3);
    // Nothing of the answers reaches the phone before handing in.
    expect(
      attempt.items.every((i: { correct: unknown; explanation: unknown }) => !i.correct && !i.explanation),
    ).toBe(true);
    const put = (session: typeof memberA, id: string, position: number, answer: string) =>
      session.request('PUT', `/api/study/attempts/${id}/answers/${position}`, { answer });
    expect((await ok(put(memberA, attempt.id, 1, 'C'))).answered).toBe(1);
    const tooMany = await put(memberA, attempt.id, 1, 'CD');
    expect(tooMany.json()).toMatchObject({ fields: [{ path: 'answer', message: '此题只能选一个答案' }] });
    await ok(put(memberA, attempt.id, 2, 'A'));
    // The connection dropped: starting again continues the same attempt with its answers.
    const resumed = await ok(memberA.post(`/api/study/tests/${test.id}/attempts`));
    expect(resumed.id).toBe(attempt.id);
    expect(resumed.items.map((i: { answer: string | null }) => i.answer)).toEqual(['C', 'A', null]);
    await ok(put(memberA, attempt.id, 3, 'a'));
    // Another member's attempt is nobody else's business.
    expect((await memberB.get(`/api/study/attempts/${attempt.id}`)).statusCode).toBe(404);
    expect((await put(memberB, attempt.id, 1, 'A')).statusCode).toBe(404);

    const result = await ok(memberA.post(`/api/study/attempts/${attempt.id}/submit`));
    expect(result).toMatchObject({
      status: 'submitted',
      score: 20,
      correctCount: 2,
      passed: true,
      maxScore: 30,
    });
    expect(result.items[1]).toMatchObject({
      answer: 'A',
      correct: 'AB',
      isCorrect: false,
      explanation: '乡村振兴的总要求包括的解析',
    });
    expect((await put(memberA, attempt.id, 2, 'AB')).statusCode).toBe(409);
    const again = await memberA.post(`/api/study/tests/${test.id}/attempts`);
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toBe('本考试可考1次，您已用完');
    expect((await ok(memberA.get('/api/study/mine'))).items[0]).toMatchObject({
      bestScore: 20,
      passed: true,
      canTake: false,
      lastAttemptId: attempt.id,
    });

    const b = await ok(memberB.post(`/api/study/tests/${test.id}/attempts`));
    await ok(memberB.post(`/api/study/attempts/${b.id}/submit`));

    // Scores: the county sees both, each township its own people only, the village its own.
    const names = async (s: typeof county) =>
      (await ok(s.get(`/api/study/tests/${test.id}/scores`))).items.map((r: { name: string }) => r.name);
    expect((await names(county)).sort()).toEqual([memberA.name, memberB.name].sort());
    expect(await names(township)).toEqual([memberA.name]);
    expect(await names(otherTownship)).toEqual([memberB.name]);
    expect(await names(village)).toEqual([memberA.name]);
    const row = (await ok(township.get(`/api/study/tests/${test.id}/scores`))).items[0];
    expect(row).toMatchObject({
      attempts: 1,
      bestScore: 20,
      passed: true,
      orgName: '学测一支部',
      kind: 'member',
    });

    const stats = await ok(township.get(`/api/study/tests/${test.id}/branches`));
    expect(stats.items).toEqual([
      expect.objectContaining({
        orgName: '学测一支部',
        audience: 2,
        participants: 1,
        participationPermille: 500,
        averageScore: 20,
        passRatePermille: 1000,
      }),
    ]);
    const all = await ok(county.get(`/api/study/tests/${test.id}/branches`));
    expect(all.total).toMatchObject({ participants: 2, passed: 1, passRatePermille: 500 });
    expect(idle.name).toBeTruthy();

    const file = await county.get(`/api/study/tests/${test.id}/export`);
    expect(file.statusCode).toBe(200);
    const workbook = await readWorkbook(file.rawPayload);
    expect(sheetRows(workbook, '个人成绩')).toHaveLength(3);
    expect(sheetRows(workbook, '支部统计')[1]).toEqual(
      expect.arrayContaining(['学测一支部', '2', '1', '50.0%', '20', '100.0%']),
    );

    const figures = await ok(county.get(`/api/figures/values?regionCode=${regions.ownVillage.code}`));
    const value = (key: string) => figures.values.find((f: { key: string }) => f.key === key)?.value;
    expect(value('study.participation')).toBe(500);
    expect(value('study.passRate')).toBe(1000);

    // Retired, never deleted: the attempt keeps its copy, the bank keeps the record.
    const retired = await ok(county.post(`/api/study/questions/${multiple}/retire`));
    expect(retired).toMatchObject({ status: 'retired', used: 2 });
    expect(
      (await county.request('PUT', `/api/study/questions/${multiple}`, question('改题'))).statusCode,
    ).toBe(409);
    expect((await ok(memberA.get(`/api/study/attempts/${attempt.id}`))).items[1].stem).toBe(
      '乡村振兴的总要求包括',
    );
  });

  it('lets a township set tests for its own part only, drawn at random per category', async () => {
    await addQuestions([1, 2, 3, 4].map((n) => question(`惠农政策第${n}题`, { category: '惠农政策' })));
    const wrongPlace = await township.post(
      '/api/study/tests',
      testBody({
        audienceRegionCode: regions.otherVillage.code,
        picks: [{ category: '惠农政策', count: 2 }],
      }),
    );
    expect(wrongPlace.statusCode).toBe(422);
    const tooMany = await township.post(
      '/api/study/tests',
      testBody({ picks: [{ category: '惠农政策', count: 9 }] }),
    );
    expect(tooMany.json().message).toBe('分类“惠农政策”在用的题目只有4道，不够抽9道');
    const test = await publishedTest(township, {
      title: '乡镇惠农政策测试',
      audience: 'both',
      picks: [{ category: '惠农政策', count: 2 }],
      attemptsAllowed: 2,
    });
    expect(test.regionCode).toBe(regions.ownTownship.code);
    const cadre = await personSession('village', regions.ownVillage.code);
    const first = await ok(cadre.post(`/api/study/tests/${test.id}/attempts`));
    expect(first.items.map((i: { category: string }) => i.category)).toEqual(['惠农政策', '惠农政策']);
    await ok(cadre.post(`/api/study/attempts/${first.id}/submit`));
    const second = await ok(cadre.post(`/api/study/tests/${test.id}/attempts`));
    expect(second).toMatchObject({ attemptNo: 2, status: 'open' });
    // Not in the other township: neither the test nor a way to take it.
    const away = await personSession('village', regions.otherVillage.code);
    expect((await ok(away.get('/api/study/mine'))).items).toEqual([]);
    expect((await away.post(`/api/study/tests/${test.id}/attempts`)).statusCode).toBe(404);
    expect((await otherTownship.get(`/api/study/tests/${test.id}`)).statusCode).toBe(404);
    expect((await otherTownship.get(`/api/study/tests/${test.id}/scores`)).statusCode).toBe(404);
    expect((await county.patch(`/api/study/tests/${test.id}`, { title: '县改乡镇的' })).statusCode).toBe(403);
    expect((await township.patch(`/api/study/tests/${test.id}`, { title: '已发布' })).statusCode).toBe(409);
  });

  it('refuses an attempt outside the window', async () => {
    const [id] = await addQuestions([question('窗口外的题')]);
    const test = await publishedTest(county, { questionIds: [id], passMark: 10, opensOn: '2098-01-01' });
    const member = await personSession('party_member', regions.ownVillage.code, {
      orgId: (await branchOf(regions.ownVillage.code, '窗口支部')).id,
    });
    const res = await member.post(`/api/study/tests/${test.id}/attempts`);
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toBe('考试不在开放时间内（2098-01-01 至 2099-12-31）');
  });
});
