import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AttemptView,
  BranchStats,
  MyTest,
  QuestionBody,
  QuestionListQuery,
  QuestionView,
  ScoreListQuery,
  TestBody,
  TestDetail,
  TestListQuery,
  TestRow,
} from '../../../contracts/api/study';
import { apiUrl, call, client } from '../../app/api';

// 以考促学's calls (docs/study.md): the bank, tests, taking a test, scores.

export type { AttemptView, BranchStats, MyTest, QuestionBody, QuestionView, TestBody, TestDetail, TestRow };
export type QuestionQuery = Partial<QuestionListQuery>;
export type TestQuery = Partial<TestListQuery>;

const path = <K extends string>(key: K, value: string) => ({
  params: { path: { [key]: value } as Record<K, string> },
});

export const studyApi = {
  questions: (query: QuestionQuery) =>
    call(client.GET('/api/study/questions', { params: { query: query as never } })),
  categories: () => call(client.GET('/api/study/categories')),
  createQuestion: (body: QuestionBody) => call(client.POST('/api/study/questions', { body: body as never })),
  updateQuestion: (questionId: string, body: QuestionBody) =>
    call(
      client.PUT('/api/study/questions/{questionId}', {
        ...path('questionId', questionId),
        body: body as never,
      }),
    ),
  retireQuestion: (questionId: string) =>
    call(client.POST('/api/study/questions/{questionId}/retire', path('questionId', questionId))),
  tests: (query: TestQuery) => call(client.GET('/api/study/tests', { params: { query: query as never } })),
  test: (testId: string) => call(client.GET('/api/study/tests/{testId}', path('testId', testId))),
  createTest: (body: TestBody) => call(client.POST('/api/study/tests', { body: body as never })),
  publish: (testId: string) => call(client.POST('/api/study/tests/{testId}/publish', path('testId', testId))),
  close: (testId: string) => call(client.POST('/api/study/tests/{testId}/close', path('testId', testId))),
  scores: (testId: string, query: Partial<ScoreListQuery>) =>
    call(
      client.GET('/api/study/tests/{testId}/scores', {
        params: { path: { testId }, query: query as never },
      }),
    ),
  branches: (testId: string) =>
    call(client.GET('/api/study/tests/{testId}/branches', path('testId', testId))),
  exportUrl: (testId: string) => apiUrl(`/study/tests/${encodeURIComponent(testId)}/export`),
  mine: () => call(client.GET('/api/study/mine')),
  start: (testId: string) => call(client.POST('/api/study/tests/{testId}/attempts', path('testId', testId))),
  attempt: (attemptId: string) =>
    call(client.GET('/api/study/attempts/{attemptId}', path('attemptId', attemptId))),
  answer: (attemptId: string, position: number, answer: string) =>
    call(
      client.PUT('/api/study/attempts/{attemptId}/answers/{position}', {
        params: { path: { attemptId, position } },
        body: { answer },
      }),
    ),
  submit: (attemptId: string) =>
    call(client.POST('/api/study/attempts/{attemptId}/submit', path('attemptId', attemptId))),
};

export const KEY = 'study';

export const useQuestions = (query: QuestionQuery) =>
  useQuery({
    queryKey: [KEY, 'questions', query],
    queryFn: () => studyApi.questions(query),
    placeholderData: keepPreviousData,
  });
export const useCategories = () => useQuery({ queryKey: [KEY, 'categories'], queryFn: studyApi.categories });
export const useTests = (query: TestQuery) =>
  useQuery({
    queryKey: [KEY, 'tests', query],
    queryFn: () => studyApi.tests(query),
    placeholderData: keepPreviousData,
  });
export const useTest = (testId: string) =>
  useQuery({ queryKey: [KEY, 'test', testId], queryFn: () => studyApi.test(testId) });
export const useScores = (testId: string, query: Partial<ScoreListQuery>) =>
  useQuery({
    queryKey: [KEY, 'scores', testId, query],
    queryFn: () => studyApi.scores(testId, query),
    placeholderData: keepPreviousData,
  });
export const useBranches = (testId: string) =>
  useQuery({ queryKey: [KEY, 'branches', testId], queryFn: () => studyApi.branches(testId) });
export const useMyTests = () => useQuery({ queryKey: [KEY, 'mine'], queryFn: studyApi.mine });
export const useAttempt = (attemptId: string) =>
  useQuery({ queryKey: [KEY, 'attempt', attemptId], queryFn: () => studyApi.attempt(attemptId) });

/** A write that refreshes every study query once done. */
export const useStudyMutation = <A, R>(fn: (arg: A) => Promise<R>) => {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: [KEY] }) });
};

/** 85.0% from per mille; — without a base. */
export const percent = (permille: number | null) =>
  permille === null ? '—' : `${(permille / 10).toFixed(1)}%`;
