import { randomUUID } from 'node:crypto';
import { desc, inArray } from 'drizzle-orm';
import type { Ctx } from '../../platform/context';
import type { Db } from '../../platform/db/types';
import { residenceHistory } from './tables';

export interface Move {
  subject: 'person' | 'household';
  subjectId: string;
  kind: 'household' | 'village' | 'grid';
  fromValue: string | null;
  toValue: string | null;
  reason?: string | null;
  /** The region the subject belongs to after the move. */
  regionCode: string;
}

/** Keeps the old value of a move (户迁移 / 人员迁移); `ctx` is bound to the write's transaction. */
export const recordMoves = async (ctx: Ctx, moves: Move[]) => {
  if (moves.length === 0) return;
  await ctx.db.insert(residenceHistory).values(
    moves.map((m) => ({
      id: randomUUID(),
      regionCode: m.regionCode,
      subject: m.subject,
      subjectId: m.subjectId,
      kind: m.kind,
      fromValue: m.fromValue,
      toValue: m.toValue,
      reason: m.reason ?? null,
      byUserId: ctx.actor.userId,
    })),
  );
};

export const historyOf = async (db: Db, subjectIds: string[]) => {
  if (subjectIds.length === 0) return [];
  const rows = await db
    .select()
    .from(residenceHistory)
    .where(inArray(residenceHistory.subjectId, subjectIds))
    .orderBy(desc(residenceHistory.at));
  return rows.map((r) => ({
    subject: r.subject,
    subjectId: r.subjectId,
    kind: r.kind,
    fromValue: r.fromValue,
    toValue: r.toValue,
    reason: r.reason,
    at: r.at.toISOString(),
  }));
};
