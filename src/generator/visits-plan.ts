import type {
  QuestionCode,
  VisitAnswers,
  VisitChange,
  visitProblems,
  visitRecords,
} from '../server/modules/visits/tables';
import type { Rng } from './random';
import { PROBLEMS, type ProblemText, QUESTION_WEIGHTS } from './visits-texts';

// Which households are visited, when and by whom, what each of the ten questions found, and which
// problems were solved on the spot or passed on. A seed shape fixes the county's totals exactly
// (田东: 1,122 households visited once each, 1,067 problems, 847 solved, 220 passed on); without one
// about a quarter of the households are visited (most of the monitored and formerly poor ones),
// some twice, with about one problem per visit and four in five solved on the spot.

export interface Home {
  id: string;
  regionCode: string;
  householdNo: string;
  gridId: string | null;
  povertyStatus: string;
  incomePerCapita: number | null;
  size: number;
  headPersonId: string | null;
  helperName: string | null;
  workerId: string | null;
  workerName: string | null;
}

export interface VisitShape {
  households: number;
  problems: number;
  passedOn: number;
}

export const TIANDONG_VISITS: VisitShape = { households: 1_122, problems: 1_067, passedOn: 220 };

export type VisitRow = typeof visitRecords.$inferInsert & { id: string; visitedOn: string; createdAt: Date };
export type ProblemRow = typeof visitProblems.$inferInsert & { id: string; createdAt: Date };

export interface VisitPlan {
  visits: VisitRow[];
  problems: (ProblemRow & { text: ProblemText; home: Home })[];
}

const DAY = 86_400_000;
const QUESTIONS: QuestionCode[] = ['Q01', 'Q02', 'Q03', 'Q04', 'Q05', 'Q06', 'Q07', 'Q08', 'Q09', 'Q10'];
const VISIT_CHANCE: Record<string, number> = { monitored: 0.9, escaped: 0.45, general: 0.15 };
const PROBLEM_COUNTS: [number, number][] = [
  [0, 45],
  [1, 30],
  [2, 15],
  [3, 7],
  [4, 3],
];

/** `n` distinct indices of 0 … length - 1, in increasing order. */
const sample = (rng: Rng, length: number, n: number): number[] => {
  const all = Array.from({ length }, (_, i) => i);
  for (let i = 0; i < n; i++) {
    const j = rng.int(i, length - 1);
    [all[i], all[j]] = [all[j], all[i]];
  }
  return all.slice(0, n).sort((a, b) => a - b);
};

/** Moves single problems between visits until they add up to `total` (at most ten per visit). */
const fitTotal = (rng: Rng, counts: number[], total: number) => {
  let sum = counts.reduce((s, c) => s + c, 0);
  while (sum !== total) {
    const i = rng.int(0, counts.length - 1);
    if (sum < total && counts[i] < QUESTIONS.length) {
      counts[i]++;
      sum++;
    } else if (sum > total && counts[i] > 0) {
      counts[i]--;
      sum--;
    }
  }
};

/** A visit day in the year before `today` (China dates), and the moment it was written. */
const visitDay = (rng: Rng, today: number): { day: string; at: Date } => {
  const at = today - rng.int(1, 365) * DAY + rng.int(-6, 4) * 3_600_000;
  const day = new Date(at + 8 * 3_600_000).toISOString().slice(0, 10);
  return { day, at: new Date(Date.parse(`${day}T${String(rng.int(8, 17)).padStart(2, '0')}:30:00+08:00`)) };
};

export const planVisits = (
  rng: Rng,
  uuid: () => string,
  homes: Home[],
  o: { today: number; shape?: VisitShape },
): VisitPlan => {
  let chosen: { home: Home; visits: number }[];
  if (o.shape) {
    if (homes.length < o.shape.households)
      throw new Error(
        `所选的县只有 ${homes.length} 户，不足 ${o.shape.households} 户，无法按种子数据生成走访`,
      );
    chosen = sample(rng, homes.length, o.shape.households).map((i) => ({ home: homes[i], visits: 1 }));
  } else {
    chosen = homes
      .filter((h) => rng.chance(VISIT_CHANCE[h.povertyStatus] ?? 0.15))
      .map((home) => ({ home, visits: rng.chance(0.2) ? 2 : 1 }));
  }
  const slots = chosen.flatMap((c) => Array.from({ length: c.visits }, () => c.home));
  const counts = slots.map(() => rng.weighted(PROBLEM_COUNTS));
  if (o.shape) fitTotal(rng, counts, o.shape.problems);
  const total = counts.reduce((s, c) => s + c, 0);
  const passedOn = new Set(
    o.shape
      ? sample(rng, total, o.shape.passedOn)
      : Array.from({ length: total }, (_, i) => i).filter(() => rng.chance(0.2)),
  );
  const fallback = new Map<string, { id: string; name: string }>();
  const plan: VisitPlan = { visits: [], problems: [] };
  let k = 0;
  slots.forEach((home, s) => {
    const { day, at } = visitDay(rng, o.today);
    const visitId = uuid();
    if (!home.workerId && !fallback.has(home.regionCode))
      fallback.set(home.regionCode, { id: uuid(), name: `${home.regionCode.slice(-3)}号驻村工作队员` });
    const visitor = home.workerId
      ? { id: home.workerId, name: home.workerName ?? '网格员' }
      : fallback.get(home.regionCode)!;
    const found = new Set<QuestionCode>();
    while (found.size < counts[s]) found.add(rng.weighted(QUESTION_WEIGHTS));
    const answers: VisitAnswers = {};
    const changes: VisitChange[] = [];
    let solved = 0;
    for (const q of QUESTIONS) {
      if (found.has(q)) {
        const text = rng.pick(PROBLEMS[q]);
        const event = passedOn.has(k++);
        if (!event) solved++;
        answers[q] = { status: 'problem', note: text.description };
        if (q === 'Q03')
          answers[q]!.checks = {
            food: true,
            clothes: true,
            housing: true,
            water: true,
            [text.check ?? 'housing']: false,
          };
        plan.problems.push({
          id: uuid(),
          regionCode: home.regionCode,
          visitId,
          householdId: home.id,
          question: q,
          description: text.description,
          riskType: text.riskType,
          outcome: event ? 'event' : 'solved',
          solution: event ? null : text.solution,
          eventId: null,
          createdAt: at,
          updatedAt: at,
          text,
          home,
        });
      } else if (q === 'Q04' && home.incomePerCapita != null && rng.chance(0.04)) {
        const before = home.incomePerCapita + rng.pick([-1, 1]) * rng.int(3, 20) * 100;
        answers[q] = { status: 'corrected', note: '人均纯收入按核实结果更正' };
        changes.push({
          entity: 'household',
          id: home.id,
          name: home.householdNo,
          field: 'incomePerCapita',
          before,
          after: home.incomePerCapita,
        });
      } else {
        answers[q] = {
          status: 'clear',
          ...(q === 'Q03' ? { checks: { food: true, clothes: true, housing: true, water: true } } : {}),
        };
      }
    }
    plan.visits.push({
      id: visitId,
      regionCode: home.regionCode,
      householdId: home.id,
      visitorId: visitor.id,
      visitorName: visitor.name,
      visitedOn: day,
      answers,
      changes,
      problemCount: counts[s],
      solvedCount: solved,
      passedOnCount: counts[s] - solved,
      createdAt: at,
      updatedAt: at,
    });
  });
  return plan;
};
