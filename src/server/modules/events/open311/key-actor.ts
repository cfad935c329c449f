import { eq } from 'drizzle-orm';
import { tokenId } from '../../../platform/auth/tokens';
import type { Actor } from '../../../platform/context';
import type { Db } from '../../../platform/db/types';
import { AppError } from '../../../platform/errors';
import { countyScope } from '../../../platform/scope';
import { open311Keys } from '../tables';

// Who posts with an API key: a system actor of the key's county. Its user id is the key's id (so
// the event's reporter_id and the audit rows name the key), its name is "Open311·<key name>" and
// its scope is the key's county; the role (county_admin) only gives it that scope — the key can
// do nothing but file requests, because /open311/v2 has no other writing route.

export type KeyRow = typeof open311Keys.$inferSelect;

const refused = () => new AppError(403, 'FORBIDDEN', 'api_key is invalid or revoked: 接口密钥无效或已停用');

/** The key behind `api_key`, or 403 (missing, unknown or revoked). */
export const keyOf = async (db: Db, apiKey: string | undefined): Promise<KeyRow> => {
  if (!apiKey) throw refused();
  const [row] = await db
    .select()
    .from(open311Keys)
    .where(eq(open311Keys.keyHash, tokenId(apiKey)));
  if (!row || row.revokedAt) throw refused();
  return row;
};

export const keyActor = (key: KeyRow, reporterName: string | null): Actor => ({
  userId: key.id,
  username: `Open311·${key.name}`,
  displayName: reporterName ? `${reporterName}（${key.name}）` : key.name,
  role: 'county_admin',
  department: null,
  scopeCode: key.regionCode,
  scopePrefix: countyScope(key.regionCode).prefix,
});
