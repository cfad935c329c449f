import type { CaseState, ObjectType, QuestionCode } from '../tables';
import { monitoringCases, visitProblems, visitRecords } from '../tables';
import { db, h } from '../visits-test-kit';

// Rows of the tables other parts write (visits, problems, cases), inserted directly so the reports
// can be tested before and apart from those parts; households come from visits-test-kit.ts. And
// the plain SQL the tests count with, written apart from the reports' own SQL.

interface HouseholdRef {
  id: string;
  regionCode: string;
}

/** A visit of the household on `visitedOn` with problems solved on the spot and passed on. */
export const insertVisit = async (
  household: HouseholdRef,
  visitedOn: string,
  problems: { solved?: number; passed?: number; deleted?: boolean } = {},
) => {
  const id = crypto.randomUUID();
  const solved = problems.solved ?? 0;
  const passed = problems.passed ?? 0;
  await db()
    .insert(visitRecords)
    .values({
      id,
      regionCode: household.regionCode,
      householdId: household.id,
      visitorId: crypto.randomUUID(),
      visitorName: '测试走访人',
      visitedOn,
      answers: { Q01: { status: 'clear' } },
      problemCount: solved + passed,
      solvedCount: solved,
      passedOnCount: passed,
      deletedAt: problems.deleted ? new Date() : null,
    });
  const outcomes = [...Array(solved).fill('solved'), ...Array(passed).fill('event')] as (
    | 'solved'
    | 'event'
  )[];
  if (outcomes.length)
    await db()
      .insert(visitProblems)
      .values(
        outcomes.map((outcome, i) => ({
          id: crypto.randomUUID(),
          regionCode: household.regionCode,
          visitId: id,
          householdId: household.id,
          question: `Q0${(i % 9) + 1}` as QuestionCode,
          description: `问题${i + 1}`,
          outcome,
          solution: outcome === 'solved' ? '已解决' : null,
          eventId: outcome === 'event' ? crypto.randomUUID() : null,
        })),
      );
  return id;
};

/** A monitoring case of the household in `state`, with the given dates (ISO instants). */
export const insertCase = async (
  household: HouseholdRef,
  o: {
    state: CaseState;
    objectType?: ObjectType | null;
    riskTypes?: string[];
    firstClueAt?: string;
    identifiedAt?: string | null;
    removedAt?: string | null;
    stepDueAt?: string | null;
    deleted?: boolean;
  },
) => {
  const id = crypto.randomUUID();
  await db()
    .insert(monitoringCases)
    .values({
      id,
      regionCode: household.regionCode,
      householdId: household.id,
      firstClueAt: new Date(o.firstClueAt ?? '2025-02-01T02:00:00Z'),
      objectType: o.objectType ?? null,
      riskTypes: o.riskTypes ?? [],
      state: o.state,
      stepDueAt: o.stepDueAt ? new Date(o.stepDueAt) : null,
      identifiedAt: o.identifiedAt ? new Date(o.identifiedAt) : null,
      removedAt: o.removedAt ? new Date(o.removedAt) : null,
      deletedAt: o.deleted ? new Date() : null,
    });
  return id;
};

/** Rows of a plain SQL query on the test database. */
export const plain = <T>(text: string, params: unknown[] = []) =>
  h.services.database.rawQuery<T>(text, params);

/** `region_code like …%` for the subtree of a 12-digit code. */
export const under = (code: string) => `${code.replace(/(000)+$/, '')}%`;
