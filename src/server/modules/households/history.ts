import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context';
import { selectRows } from '../../platform/db/select-rows';
import { isInScope, scopeOf } from '../../platform/scope';
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

interface HistoryRow extends Record<string, unknown> {
  subject: string;
  subject_id: string;
  kind: string;
  from_value: string | null;
  to_value: string | null;
  from_label: string | null;
  from_region: string | null;
  to_label: string | null;
  to_region: string | null;
  reason: string | null;
  at: string | Date;
}

// The value of a move as a name: household → its number, village → the village name, grid → its
// name. The CASE keeps the uuid cast away from values of the other kinds.
const label = (column: 'from_value' | 'to_value') =>
  sql.raw(`
  case rh.kind
    when 'household' then (select h.household_no from households h where h.id = case when rh.kind = 'household' then rh.${column}::uuid end)
    when 'village' then (select r.name from regions r where r.code = rh.${column})
    when 'grid' then (select g.name from grids g where g.id = case when rh.kind = 'grid' then rh.${column}::uuid end)
  end`);
const regionOf = (column: 'from_value' | 'to_value') =>
  sql.raw(`
  case rh.kind
    when 'household' then (select h.region_code from households h where h.id = case when rh.kind = 'household' then rh.${column}::uuid end)
    when 'village' then rh.${column}
    when 'grid' then (select g.region_code from grids g where g.id = case when rh.kind = 'grid' then rh.${column}::uuid end)
  end`);

/**
 * The moves of a household and of the people in it (living members, or all when the household
 * itself is deleted), newest first, each value with a name: household numbers and grid names only
 * where the viewer's scope covers them (village names are public).
 */
export const historyOf = async (ctx: Ctx, householdId: string, withDeletedMembers: boolean) => {
  const rows = await selectRows<HistoryRow>(
    ctx.db,
    sql`select rh.subject, rh.subject_id, rh.kind, rh.from_value, rh.to_value, rh.reason, rh.at,
          ${label('from_value')} as from_label, ${regionOf('from_value')} as from_region,
          ${label('to_value')} as to_label, ${regionOf('to_value')} as to_region
        from residence_history rh
        where rh.subject_id = ${householdId}
           or rh.subject_id in (select p.id from persons p where p.household_id = ${householdId}
                                ${withDeletedMembers ? sql`` : sql`and p.deleted_at is null`})
        order by rh.at desc`,
  );
  const scope = scopeOf(ctx.actor);
  const named = (kind: string, labelText: string | null, region: string | null) =>
    labelText && (kind === 'village' || (region && isInScope(region, scope))) ? labelText : null;
  return rows.map((r) => ({
    subject: r.subject,
    subjectId: r.subject_id,
    kind: r.kind,
    fromValue: r.from_value,
    toValue: r.to_value,
    fromLabel: named(r.kind, r.from_label, r.from_region),
    toLabel: named(r.kind, r.to_label, r.to_region),
    reason: r.reason,
    at: new Date(r.at).toISOString(),
  }));
};
