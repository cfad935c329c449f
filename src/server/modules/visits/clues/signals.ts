import { type AuditWho, writeAudit } from '../../../platform/audit/write';
import { newId } from '../../../platform/auth/session';
import type { Db } from '../../../platform/db/types';
import { monitoringSignals } from '../tables';
import { riskName } from './policy';

// A clue of the request and screening channels: one row of monitoring_signals (status open, the
// at-risk list's work queue) and its audit row, written together in the caller's transaction.

export type MonitoringSignalRow = typeof monitoringSignals.$inferSelect;

export interface NewClue {
  householdId: string;
  regionCode: string;
  channel: 'self' | 'screening';
  riskType: string;
  reason: string;
  facts: Record<string, unknown>;
  sourceId?: string | null;
  reportedBy?: string | null;
  firstSeenAt?: Date;
  now?: Date;
}

export const CLUE_ACTIONS = {
  request: 'monitoring.request.create',
  service: 'monitoring.request.service',
  screening: 'monitoring.screening.create',
} as const;

export const insertClue = async (
  tx: Db,
  who: AuditWho,
  clue: NewClue,
  action: (typeof CLUE_ACTIONS)[keyof typeof CLUE_ACTIONS],
): Promise<MonitoringSignalRow> => {
  const now = clue.now ?? new Date();
  const [row] = await tx
    .insert(monitoringSignals)
    .values({
      id: newId(),
      regionCode: clue.regionCode,
      householdId: clue.householdId,
      channel: clue.channel,
      riskType: clue.riskType,
      reason: clue.reason,
      facts: clue.facts,
      status: 'open',
      sourceId: clue.sourceId ?? null,
      reportedBy: clue.reportedBy ?? null,
      firstSeenAt: clue.firstSeenAt ?? now,
      lastSeenAt: now,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  await writeAudit(tx, who, {
    action,
    entity: 'monitoring_signal',
    entityId: row.id,
    regionCode: row.regionCode,
    diff: {
      householdId: row.householdId,
      channel: row.channel,
      riskType: row.riskType,
      reason: row.reason,
      sourceId: row.sourceId,
    },
  });
  return row;
};

/** The signal as its reporter sees it. */
export const toClueView = (r: MonitoringSignalRow) => ({
  id: r.id,
  householdId: r.householdId,
  channel: r.channel as 'self' | 'screening',
  riskType: r.riskType,
  riskName: riskName(r.riskType),
  reason: r.reason,
  status: r.status,
  createdAt: r.createdAt.toISOString(),
});
