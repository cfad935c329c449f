import { and, asc, ilike, isNull, or, type SQL } from 'drizzle-orm';
import type {
  ContactKind,
  LeaderContactView,
  LeadersQuery,
  LeadersView,
} from '../../../../contracts/api/visits-contacts';
import { levelOfCode } from '../../../../contracts/region-code';
import type { Ctx } from '../../../platform/context';
import { underRegion } from '../../../platform/scope';
import { CONTACT_KINDS } from '../defaults';
import { leaderContacts } from '../tables';
import { emptyCounts, toContactViews } from './contact-view';
import { contactVisible } from './load';
import { beijingToday } from './policy';

// 十联六常 per leader: the eleven kinds in order, each with the contact kept or missing, and the
// six kinds of contact logged in the year. A township or village user sees only the contacts of
// its own places, so missing kinds are judged only for a caller who sees the whole county.

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export const leaderContactRows = (ctx: Ctx, q: Pick<LeadersQuery, 'regionCode' | 'q'>) => {
  const conditions: (SQL | undefined)[] = [contactVisible(ctx), isNull(leaderContacts.deletedAt)];
  if (q.regionCode)
    conditions.push(
      or(
        underRegion(leaderContacts.regionCode, q.regionCode),
        underRegion(leaderContacts.targetRegionCode, q.regionCode),
      ),
    );
  if (q.q) {
    const like = `%${escapeLike(q.q)}%`;
    conditions.push(or(ilike(leaderContacts.leaderName, like), ilike(leaderContacts.targetName, like)));
  }
  return ctx.db
    .select()
    .from(leaderContacts)
    .where(and(...conditions))
    .orderBy(asc(leaderContacts.regionCode), asc(leaderContacts.leaderName), asc(leaderContacts.kind));
};

const wholeCounty = (ctx: Ctx, regionCode: string | undefined) => {
  const level = levelOfCode(ctx.actor.scopeCode);
  const seesCounty = level === 'county' || level === 'city' || level === 'province';
  if (!seesCounty) return false;
  return !regionCode || ['county', 'city', 'province'].includes(levelOfCode(regionCode));
};

const groupByLeader = (contacts: LeaderContactView[], whole: boolean) => {
  const leaders = new Map<string, LeaderContactView[]>();
  for (const c of contacts) {
    const key = `${c.regionCode}|${c.leaderName}`;
    leaders.set(key, [...(leaders.get(key) ?? []), c]);
  }
  return [...leaders.values()].map((own) => {
    const byKind = new Map(own.map((c) => [c.kind, c]));
    const kinds = CONTACT_KINDS.map((k) => ({
      kind: k.code as ContactKind,
      contact: byKind.get(k.code as ContactKind) ?? null,
    }));
    const counts = emptyCounts();
    for (const c of own) for (const [action, n] of Object.entries(c.counts)) counts[action] += n;
    return {
      regionCode: own[0].regionCode,
      leaderName: own[0].leaderName,
      leaderTitle: own.find((c) => c.leaderTitle)?.leaderTitle ?? null,
      kinds,
      missing: whole ? kinds.filter((k) => !k.contact).map((k) => k.kind) : [],
      counts,
      total: Object.values(counts).reduce((a, b) => a + b, 0),
    };
  });
};

export const listLeaders = async (ctx: Ctx, q: LeadersQuery): Promise<LeadersView> => {
  const year = q.year ?? Number(beijingToday().slice(0, 4));
  const rows = await leaderContactRows(ctx, q);
  const whole = wholeCounty(ctx, q.regionCode);
  return { year, whole, leaders: groupByLeader(await toContactViews(ctx, rows, year), whole) };
};
