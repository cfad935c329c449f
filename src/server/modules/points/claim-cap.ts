import { and, eq, gte, lt, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context';
import { pointsLedger, pointsRules } from './tables';

// Periods of a rule's cap (每月/季/年上限) and of a deduction's freeze on redemptions.

/** The day `months` months after `day` (YYYY-MM-DD; the 31st becomes the month's last day). */
export const addMonths = (day: string, months: number): string => {
  const [y, m, d] = day.split('-').map(Number);
  const last = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, last))).toISOString().slice(0, 10);
};

const periodBounds = (day: string, period: 'month' | 'quarter' | 'year'): [string, string] => {
  const [y, m] = day.split('-').map(Number);
  const startMonth = period === 'year' ? 1 : period === 'quarter' ? Math.floor((m - 1) / 3) * 3 + 1 : m;
  const months = period === 'year' ? 12 : period === 'quarter' ? 3 : 1;
  const start = new Date(Date.UTC(y, startMonth - 1, 1));
  const end = new Date(Date.UTC(y, startMonth - 1 + months, 1));
  return [start.toISOString().slice(0, 10), end.toISOString().slice(0, 10)];
};

/** Points already posted under the rule (any version) to the account in the period of `day`. */
export const postedUnderRule = async (
  tx: Ctx,
  accountId: string,
  ruleKey: string,
  day: string,
  period: 'month' | 'quarter' | 'year',
) => {
  const [from, to] = periodBounds(day, period);
  const [row] = await tx.db
    .select({ total: sql<number>`coalesce(sum(${pointsLedger.amount}), 0)::int` })
    .from(pointsLedger)
    .innerJoin(pointsRules, eq(pointsRules.id, pointsLedger.ruleId))
    .where(
      and(
        eq(pointsLedger.accountId, accountId),
        eq(pointsRules.ruleKey, ruleKey),
        gte(pointsLedger.occurredOn, from),
        lt(pointsLedger.occurredOn, to),
      ),
    );
  return Number(row?.total ?? 0);
};
