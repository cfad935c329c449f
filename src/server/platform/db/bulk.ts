import type { Database, Db } from './types';

// The COPY path of a database, found from its Drizzle handle: code that holds only `ctx.db` (the
// Excel stager) can bulk-load when it runs outside a transaction. A transaction handle is a
// different object and has no entry, so work inside a transaction keeps to ordinary INSERTs.
const copiers = new WeakMap<Db, Database['copyCsv']>();

export const registerBulkCopy = (database: Database): Database => {
  copiers.set(database.db, database.copyCsv);
  return database;
};

export const bulkCopyOf = (db: Db): Database['copyCsv'] | undefined => copiers.get(db);
