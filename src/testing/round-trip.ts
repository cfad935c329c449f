import type { FastifyInstance } from 'fastify';
import { importFile, readWorkbook, sheetRows } from './excel';
import type { Session } from './factories';

// Export → import → export: a registry's export, imported into another database, must export
// again exactly as it was, cell for cell (every import column is in the export, so every field
// the import reads is compared).

const PURPOSE = encodeURIComponent('核对导出导入');

/** A registry's export in full (personal numbers revealed where the registry offers it), with `query`. */
export const exportOf = async (session: Session, base: string, reveal = true, query = '') => {
  const params = [query, reveal ? `reveal=true&purpose=${PURPOSE}` : ''].filter(Boolean).join('&');
  const res = await session.get(`${base}/export${params ? `?${params}` : ''}`);
  if (res.statusCode !== 200) throw new Error(`export ${base}: ${res.statusCode} ${res.body}`);
  return res.rawPayload;
};

/** The data rows of a sheet, sorted, with its header row first. */
export const exportedRows = async (file: Buffer, sheet: string) => {
  const [header, ...rows] = sheetRows(await readWorkbook(file), sheet);
  return [header, ...rows.map((r) => JSON.stringify(r)).sort()];
};

/** Imports `file` at `${base}/import` and throws with the job's errors unless it is done. */
export const importBack = async (app: FastifyInstance, session: Session, base: string, file: Buffer) => {
  const job = await importFile(app, session, `${base}/import`, file, 'round-trip.xlsx');
  if (job.status !== 'done') throw new Error(`import ${base}: ${job.status} ${job.message} ${job.errors}`);
  return job;
};
