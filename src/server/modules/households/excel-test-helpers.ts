import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import type { Session } from '../../testing/factories';

// Test helpers for the households workbook: build .xlsx files, upload them, wait for the job.

export const HEADERS = [
  '户编号',
  '所属村',
  '家庭住址',
  '户类型',
  '人均纯收入（元）',
  '易地扶贫搬迁',
  '安置点',
  '帮扶人',
  '姓名',
  '与户主关系',
  '身份证号',
  '民族',
  '联系电话',
  '劳动能力',
  '留守情况',
];

export const buildWorkbook = async (rows: (string | number | null)[][], sheetName = '农户人员') => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow(HEADERS);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
};

export const multipart = (file: Buffer, fileName = '农户.xlsx') => {
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

export const upload = (app: FastifyInstance, session: Session, file: Buffer, fileName?: string) => {
  const body = multipart(file, fileName);
  return app.inject({
    method: 'POST',
    url: '/api/households/import',
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

export const readWorkbook = async (body: Buffer) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  return workbook;
};
