import type { Config } from './config';
import { migrate } from './db/migrate';
import { openDatabase } from './db/open';
import type { Database } from './db/types';
import { openFileStore } from './files/open';
import type { Services } from './http/types';
import { PiiCipher } from './pii/crypto';
import { loadPiiKeys } from './pii/keys';

/** Opens the database, applies migrations and loads the keys: everything the app runs on. */
export const startServices = async (config: Config, database?: Database): Promise<Services> => {
  const db = database ?? (await openDatabase(config));
  await migrate(db);
  return {
    config,
    database: db,
    pii: new PiiCipher(loadPiiKeys(config.ZHENXING_SECRET_KEY, config.dataDir)),
    files: openFileStore(config),
  };
};
