import type { Permission } from '../../../contracts/roles';
import type { LoadedSession } from '../auth/session';
import type { Config } from '../config';
import type { Actor } from '../context';
import type { Database } from '../db/types';
import type { FileStore } from '../files/store';
import type { PiiCipher } from '../pii/crypto';

export interface Services {
  config: Config;
  database: Database;
  pii: PiiCipher;
  /** Uploaded files (evidence photos): DATA_DIR/files or an S3-compatible bucket. */
  files: FileStore;
}

/**
 * Who may call a route: 'public' needs no login; 'password-change' is open to a logged-in user
 * who still has to change the first password; everything else needs a full session.
 */
export type Access = 'public' | 'authenticated' | 'password-change';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
    /** One permission, or several of which any one suffices. */
    permission?: Permission | readonly Permission[];
  }
  interface FastifyRequest {
    actor: Actor | null;
    session: LoadedSession | null;
  }
  interface FastifyInstance {
    services: Services;
  }
}
