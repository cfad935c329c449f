import type { LoadedSession } from '../../platform/auth/session';
import type { Config } from '../../platform/config';
import type { Db } from '../../platform/db/types';
import { regionName } from '../regions/region-view';

/** The logged-in user as the web app needs it, including the CSRF token for writes. */
export const describeMe = async (
  db: Db,
  config: Config,
  session: Pick<LoadedSession, 'user' | 'csrfToken'>,
) => ({
  id: session.user.id,
  username: session.user.username,
  displayName: session.user.displayName,
  role: session.user.role,
  department: session.user.department ?? null,
  scopeCode: session.user.regionCode,
  scopeName: await regionName(db, session.user.regionCode),
  mustChangePassword: session.user.mustChangePassword,
  csrfToken: session.csrfToken,
  idleMinutes: config.SESSION_IDLE_MINUTES,
});
