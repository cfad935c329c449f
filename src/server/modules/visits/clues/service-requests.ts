import { and, eq, inArray, sql } from 'drizzle-orm';
import type { AuditWho } from '../../../platform/audit/write';
import type { Db } from '../../../platform/db/types';
import { countyOf } from '../../../platform/scope';
import { serviceRequestsForItem } from '../../events/service-request-lookups';
import { monitoringSignals as s } from '../tables';
import { CLUE_ACTIONS, insertClue } from './signals';

// 防返贫申报 through the service list (便民服务清单, docs/visits.md §3): a household's service request
// for that item is a grid event; each one not yet seen becomes a 'self' signal of its household
// (source_id = the event), so running this again adds nothing. The monitoring sweep calls it
// first. Each county is handled under its own transaction-scoped advisory lock: two sweeps at
// once do not both open a signal for one event.

export const SERVICE_ITEM_NAME = '防返贫申报';

const WHO: AuditWho = { actor: null, meta: { requestId: 'monitoring-service-requests', ip: null } };

export const collectServiceRequests = async (
  db: Db,
  options: { countyCode?: string; now?: Date } = {},
): Promise<number> => {
  const now = options.now ?? new Date();
  const requests = await serviceRequestsForItem(db, {
    itemName: SERVICE_ITEM_NAME,
    countyCode: options.countyCode,
  });
  if (requests.length === 0) return 0;
  const byCounty = new Map<string, typeof requests>();
  for (const r of requests)
    byCounty.set(countyOf(r.regionCode), [...(byCounty.get(countyOf(r.regionCode)) ?? []), r]);
  let opened = 0;
  for (const [county, list] of byCounty) {
    opened += await db.transaction(async (tx) => {
      const t = tx as unknown as Db;
      await t.execute(sql`select pg_advisory_xact_lock(hashtext(${`zhenxing.clues.service.${county}`}))`);
      const seen = new Set<string>();
      for (let i = 0; i < list.length; i += 500) {
        const ids = list.slice(i, i + 500).map((r) => r.id);
        const rows = await t
          .select({ sourceId: s.sourceId })
          .from(s)
          .where(and(eq(s.channel, 'self'), inArray(s.sourceId, ids)));
        for (const r of rows) if (r.sourceId) seen.add(r.sourceId);
      }
      let n = 0;
      for (const r of list) {
        if (seen.has(r.id)) continue;
        await insertClue(
          t,
          WHO,
          {
            householdId: r.householdId,
            regionCode: r.regionCode,
            channel: 'self',
            riskType: 'other',
            reason: `通过便民服务清单申报防返贫（事件 ${r.number}）：${r.description}`,
            facts: { via: 'service', description: r.description, eventNumber: r.number },
            sourceId: r.id,
            reportedBy: r.reporterId,
            firstSeenAt: r.reportedAt,
            now,
          },
          CLUE_ACTIONS.service,
        );
        n++;
      }
      return n;
    });
  }
  return opened;
};
