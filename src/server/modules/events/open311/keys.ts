import { randomBytes } from 'node:crypto';
import { desc, eq } from 'drizzle-orm';
import type { Open311KeyView } from '../../../../contracts/api/open311';
import { auditDiff } from '../../../platform/audit/diff';
import { writeAudit } from '../../../platform/audit/write';
import { newId } from '../../../platform/auth/session';
import { tokenId } from '../../../platform/auth/tokens';
import { type Ctx, inTransaction } from '../../../platform/context';
import { Conflict } from '../../../platform/errors';
import { countyCodeOf, getInScope, inScope, scopeOf } from '../../../platform/scope';
import { open311Keys } from '../tables';

// Open311 API keys, made and revoked by the county admin (permission events.open311). A key is
// shown once when made; only its SHA-256 and its first characters (to tell keys apart) are kept.

const PREFIX = 'zx311_';
export const KEY_PREFIX_LENGTH = 12;

type KeyRow = typeof open311Keys.$inferSelect;

const view = (k: KeyRow): Open311KeyView => ({
  id: k.id,
  name: k.name,
  keyPrefix: k.keyPrefix,
  regionCode: k.regionCode,
  createdAt: k.createdAt.toISOString(),
  lastUsedAt: k.lastUsedAt?.toISOString() ?? null,
  revokedAt: k.revokedAt?.toISOString() ?? null,
});

export const listOpen311Keys = async (ctx: Ctx) => ({
  items: (
    await ctx.db
      .select()
      .from(open311Keys)
      .where(inScope(open311Keys.regionCode, scopeOf(ctx.actor)))
      .orderBy(desc(open311Keys.createdAt))
  ).map(view),
});

export const createOpen311Key = (ctx: Ctx, body: { name: string }) =>
  inTransaction(ctx, async (tx) => {
    const key = `${PREFIX}${randomBytes(24).toString('base64url')}`;
    const [row] = await tx.db
      .insert(open311Keys)
      .values({
        id: newId(),
        regionCode: countyCodeOf(tx.actor.scopeCode),
        name: body.name.trim(),
        keyHash: tokenId(key),
        keyPrefix: key.slice(0, KEY_PREFIX_LENGTH),
        createdBy: tx.actor.userId,
      })
      .returning();
    await writeAudit(tx.db, tx, {
      action: 'events.open311.key_create',
      entity: 'open311_key',
      entityId: row.id,
      regionCode: row.regionCode,
      diff: auditDiff(null, { name: row.name, keyPrefix: row.keyPrefix }),
    });
    return { ...view(row), key };
  });

export const revokeOpen311Key = (ctx: Ctx, keyId: string) =>
  inTransaction(ctx, async (tx) => {
    const row = await getInScope(tx.db, open311Keys, keyId, scopeOf(tx.actor), { forUpdate: true });
    if (row.revokedAt) throw new Conflict('该密钥已停用');
    const [revoked] = await tx.db
      .update(open311Keys)
      .set({ revokedAt: new Date() })
      .where(eq(open311Keys.id, row.id))
      .returning();
    await writeAudit(tx.db, tx, {
      action: 'events.open311.key_revoke',
      entity: 'open311_key',
      entityId: row.id,
      regionCode: row.regionCode,
      diff: auditDiff({ name: row.name, revoked: false }, { name: row.name, revoked: true }),
    });
    return view(revoked);
  });
