import { and, desc, eq, isNull } from 'drizzle-orm';
import type { MonitoringRequestBody, MyRequestsView } from '../../../../contracts/api/visits-clues';
import { users } from '../../../platform/auth/tables';
import { type Ctx, inTransaction } from '../../../platform/context';
import { Conflict, Forbidden } from '../../../platform/errors';
import { inScope, scopeOf } from '../../../platform/scope';
import { getPersonInScope, type HouseholdSummary, householdSummaries } from '../../households/lookups';
import { monitoringSignals as s } from '../tables';
import { mayRequest, riskName } from './policy';
import { CLUE_ACTIONS, insertClue, toClueView } from './signals';

// 农户自主申报 (docs/visits.md §3): a villager or party member tells the village of a risk to their
// own household (the household of their person record); it opens a 'self' signal the village
// checks on a home visit. 我的申报 lists the household's requests, from this page and from the
// service list, and where each stands.

/** The household of the caller's own person record, if the account has one. */
export const ownHousehold = async (ctx: Ctx): Promise<HouseholdSummary | null> => {
  const [row] = await ctx.db
    .select({ personId: users.personId })
    .from(users)
    .where(eq(users.id, ctx.actor.userId));
  if (!row?.personId) return null;
  const person = await getPersonInScope(ctx, row.personId).catch(() => null);
  if (!person?.householdId) return null;
  return (await householdSummaries(ctx, [person.householdId])).get(person.householdId) ?? null;
};

const NO_HOUSEHOLD = '您的账号还没有关联到户籍信息，请联系村委会或网格员登记后再申报';

export const createOwnRequest = async (ctx: Ctx, body: MonitoringRequestBody) => {
  if (!mayRequest(ctx.actor)) throw new Forbidden('只有村民和党员可以为自己家申报');
  const home = await ownHousehold(ctx);
  if (!home) throw new Conflict(NO_HOUSEHOLD);
  return inTransaction(ctx, async (tx) => {
    const [open] = await tx.db
      .select({ id: s.id })
      .from(s)
      .where(
        and(
          eq(s.householdId, home.id),
          eq(s.channel, 'self'),
          eq(s.riskType, body.riskType),
          eq(s.status, 'open'),
          isNull(s.deletedAt),
        ),
      )
      .limit(1);
    if (open)
      throw new Conflict(`您家已申报过「${riskName(body.riskType)}」方面的困难，村里正在核实，无需重复申报`, [
        { path: 'riskType', message: '已申报，正在核实' },
      ]);
    const row = await insertClue(
      tx.db,
      tx,
      {
        householdId: home.id,
        regionCode: home.regionCode,
        channel: 'self',
        riskType: body.riskType,
        reason: `农户自主申报（${riskName(body.riskType)}）：${body.description}`,
        facts: { via: 'page', description: body.description },
        reportedBy: ctx.actor.userId,
      },
      CLUE_ACTIONS.request,
    );
    return toClueView(row);
  });
};

const STATUS_LABELS: Record<string, string> = {
  open: '已受理，村里将上门核实',
  case: '已进入监测对象识别程序',
  cleared: '风险已消除',
  dismissed: '经核实暂不纳入监测',
};

export const myRequests = async (ctx: Ctx): Promise<MyRequestsView> => {
  if (!mayRequest(ctx.actor)) throw new Forbidden('只有村民和党员可以查看自己家的申报');
  const home = await ownHousehold(ctx);
  if (!home) return { hasHousehold: false, householdNo: null, items: [] };
  const rows = await ctx.db
    .select()
    .from(s)
    .where(
      and(
        eq(s.householdId, home.id),
        eq(s.channel, 'self'),
        inScope(s.regionCode, scopeOf(ctx.actor)),
        isNull(s.deletedAt),
      ),
    )
    .orderBy(desc(s.createdAt))
    .limit(50);
  return {
    hasHousehold: true,
    householdNo: home.householdNo,
    items: rows.map((r) => {
      const facts = r.facts as { via?: string; description?: string };
      return {
        id: r.id,
        riskType: r.riskType,
        riskName: riskName(r.riskType),
        description: facts.description ?? r.reason,
        viaServiceList: facts.via === 'service',
        status: r.status,
        statusLabel: STATUS_LABELS[r.status] ?? r.status,
        closeReason: r.closeReason,
        createdAt: r.createdAt.toISOString(),
      };
    }),
  };
};
