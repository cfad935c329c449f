import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import type { Session } from './factories';

// Excel test helpers for every registry: build .xlsx files, upload them, wait for the job, read
// what came back.

/** A workbook with one sheet: the header row, then `rows`. */
export const buildSheet = async (
  sheetName: string,
  headers: string[],
  rows: (string | number | null)[][],
) => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
};

export const multipart = (file: Buffer, fileName = 'import.xlsx') => {
  const boundary = `----zx${Date.now()}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, file, tail]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
};

/** POSTs the file to a registry's import route, e.g. '/api/members/import'. */
export const uploadTo = (
  app: FastifyInstance,
  session: Session,
  url: string,
  file: Buffer,
  fileName?: string,
) => {
  const body = multipart(file, fileName);
  return app.inject({
    method: 'POST',
    url,
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, 'content-type': body.contentType },
    payload: body.payload,
  });
};

/** Polls the job until it has finished (no time limit of its own: the test runner's applies). */
export const waitForJob = async (session: Session, jobId: string) => {
  for (;;) {
    const job = (await session.get(`/api/import-jobs/${jobId}`)).json();
    if (job.status !== 'validating' && job.status !== 'importing') return job;
    await new Promise((r) => setTimeout(r, 50));
  }
};

/** Uploads and waits: the finished job's view. */
export const importFile = async (
  app: FastifyInstance,
  session: Session,
  url: string,
  file: Buffer,
  fileName?: string,
) => {
  const res = await uploadTo(app, session, url, file, fileName);
  if (res.statusCode !== 202) throw new Error(`upload answered ${res.statusCode}: ${res.body}`);
  return waitForJob(session, res.json().id);
};

export const readWorkbook = async (body: Buffer) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  return workbook;
};

/** A sheet's rows as arrays of cell text (row 1 = headers), for assertions on exports. */
export const sheetRows = (workbook: ExcelJS.Workbook, sheetName: string): string[][] => {
  const sheet = workbook.getWorksheet(sheetName);
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  const out: string[][] = [];
  sheet.eachRow((row) => {
    const values = (row.values as ExcelJS.CellValue[]).slice(1);
    out.push(values.map((v) => (v === null || v === undefined ? '' : String(v))));
  });
  return out;
};
