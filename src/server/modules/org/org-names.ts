import { and, inArray } from 'drizzle-orm';
import type { Ctx } from '../../platform/context';
import type { Db } from '../../platform/db/types';
import { inScope, scopeOf } from '../../platform/scope';
import { partyOrgs } from './tables';

/** Names of organizations by id, limited to the caller's scope (deleted ones keep their name). */
export const orgNames = async (ctx: Ctx, db: Db, ids: string[]): Promise<Map<string, string>> => {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({ id: partyOrgs.id, name: partyOrgs.name })
    .from(partyOrgs)
    .where(and(inArray(partyOrgs.id, unique), inScope(partyOrgs.regionCode, scopeOf(ctx.actor))));
  return new Map(rows.map((r) => [r.id, r.name]));
};
