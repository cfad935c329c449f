import { and, eq, isNull } from 'drizzle-orm';
import type { ScreeningBody } from '../../../../contracts/api/visits-clues';
import { ROLE_LABELS } from '../../../../contracts/roles';
import { type Ctx, inTransaction } from '../../../platform/context';
import { Conflict, Forbidden, NotFound } from '../../../platform/errors';
import { householdSummaries } from '../../households/lookups';
import { monitoringSignals as s } from '../tables';
import { mayScreen, riskName } from './policy';
import { CLUE_ACTIONS, insertClue, toClueView } from './signals';

// 基层排查 (docs/visits.md §3): a grid worker, village or stationed cadre, township or county
// reports a risk to a household of their scope (上报返贫风险); it opens a 'screening' signal.

export const createScreening = async (ctx: Ctx, body: ScreeningBody) => {
  if (!mayScreen(ctx.actor)) throw new Forbidden('只有网格员、村、驻村干部、乡镇和县可以上报返贫风险');
  const home = (await householdSummaries(ctx, [body.householdId])).get(body.householdId);
  if (!home) throw new NotFound('户不存在或不在您的管辖范围内');
  return inTransaction(ctx, async (tx) => {
    const [same] = await tx.db
      .select({ id: s.id })
      .from(s)
      .where(
        and(
          eq(s.householdId, home.id),
          eq(s.channel, 'screening'),
          eq(s.riskType, body.riskType),
          eq(s.reportedBy, ctx.actor.userId),
          eq(s.status, 'open'),
          isNull(s.deletedAt),
        ),
      )
      .limit(1);
    if (same)
      throw new Conflict(`您已上报过该户「${riskName(body.riskType)}」方面的风险，正在处理中`, [
        { path: 'riskType', message: '已上报，正在处理' },
      ]);
    const who = `${ROLE_LABELS[ctx.actor.role].zh}${ctx.actor.displayName}`;
    const row = await insertClue(
      tx.db,
      tx,
      {
        householdId: home.id,
        regionCode: home.regionCode,
        channel: 'screening',
        riskType: body.riskType,
        reason: `${who}排查发现（${riskName(body.riskType)}）：${body.description}`,
        facts: { description: body.description, reporterRole: ctx.actor.role },
        reportedBy: ctx.actor.userId,
      },
      CLUE_ACTIONS.screening,
    );
    return toClueView(row);
  });
};
