import type { Ctx } from '../../platform/context';

// Steps the workflow takes by itself as the consequence of a person's step (every department has
// handled its part → 待审核; a review sends handled dispatches back): they go through
// transition() like any step, by the person whose step caused them, but nobody may choose them.

const automatic = new WeakSet<object>();

/** The same caller, marked so the automatic steps allow it (the actor object survives withDb). */
export const asWorkflow = (ctx: Ctx): Ctx => {
  const actor = { ...ctx.actor };
  automatic.add(actor);
  return { ...ctx, actor };
};

export const byWorkflow = (ctx: Ctx): boolean => automatic.has(ctx.actor);
