import pg from 'pg';

/** Runs one statement on its own connection: CREATE/DROP DATABASE cannot run inside a pool transaction. */
export const runAdminSql = async (url: string, text: string): Promise<void> => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
};

/** The same server URL pointing at another database. */
export const withDatabase = (url: string, database: string): string => {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
};
