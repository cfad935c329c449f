import { and, eq, isNull, or } from 'drizzle-orm';
import type { Ctx } from '../../../platform/context';
import { NotFound } from '../../../platform/errors';
import { eitherInScope, inScope, scopeOf } from '../../../platform/scope';
import { leaderContactLogs, leaderContacts, secretaryTours, tenStepProgress } from '../tables';

// Loading one record of the contacts part. A leader's contact is seen from the county (its
// region) and from the township or village contacted (its target); everything else is 404.
// Deleted rows load only for restoring.

export type ContactRow = typeof leaderContacts.$inferSelect;
export type LogRow = typeof leaderContactLogs.$inferSelect;
export type StepRow = typeof tenStepProgress.$inferSelect;
export type TourRow = typeof secretaryTours.$inferSelect;

interface Options {
  forUpdate?: boolean;
  deleted?: boolean;
}

/** Contacts the caller sees: the county's, those whose target lies in its scope, and a leader's own. */
export const contactVisible = (ctx: Ctx) =>
  or(
    eitherInScope(leaderContacts.regionCode, leaderContacts.targetRegionCode, scopeOf(ctx.actor)),
    eq(leaderContacts.leaderUserId, ctx.actor.userId),
  );

export const loadContact = async (ctx: Ctx, contactId: string, o: Options = {}): Promise<ContactRow> => {
  const query = ctx.db
    .select()
    .from(leaderContacts)
    .where(
      and(
        eq(leaderContacts.id, contactId),
        contactVisible(ctx),
        o.deleted ? undefined : isNull(leaderContacts.deletedAt),
      ),
    )
    .limit(1);
  const [row] = o.forUpdate ? await query.for('update') : await query;
  if (!row) throw new NotFound();
  return row;
};

/** A log of a contact the caller sees (and that still exists). */
export const loadLog = async (ctx: Ctx, logId: string) => {
  const [log] = await ctx.db
    .select()
    .from(leaderContactLogs)
    .where(and(eq(leaderContactLogs.id, logId), isNull(leaderContactLogs.deletedAt)))
    .limit(1);
  if (!log) throw new NotFound();
  return { log, contact: await loadContact(ctx, log.contactId) };
};

const loadScoped = async <T extends typeof tenStepProgress | typeof secretaryTours>(
  ctx: Ctx,
  table: T,
  id: string,
  o: Options,
): Promise<T['$inferSelect']> => {
  const query = ctx.db
    .select()
    .from(table as typeof tenStepProgress)
    .where(
      and(
        eq(table.id, id),
        inScope(table.regionCode, scopeOf(ctx.actor)),
        o.deleted ? undefined : isNull(table.deletedAt),
      ),
    )
    .limit(1);
  const [row] = o.forUpdate ? await query.for('update') : await query;
  if (!row) throw new NotFound();
  return row as T['$inferSelect'];
};

export const loadStep = (ctx: Ctx, stepId: string, o: Options = {}): Promise<StepRow> =>
  loadScoped(ctx, tenStepProgress, stepId, o);

export const loadTour = (ctx: Ctx, tourId: string, o: Options = {}): Promise<TourRow> =>
  loadScoped(ctx, secretaryTours, tourId, o);
