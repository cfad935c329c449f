import type { FastifyInstance } from 'fastify';
import { buildSheet, uploadTo } from '../../../testing/excel';
import type { Session } from '../../../testing/factories';

export { readWorkbook, waitForJob } from '../../../testing/excel';

// The households workbook's columns, for tests that build files by hand.
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

export const buildWorkbook = (rows: (string | number | null)[][], sheetName = '农户人员') =>
  buildSheet(sheetName, HEADERS, rows);

export const upload = (app: FastifyInstance, session: Session, file: Buffer, fileName = '农户.xlsx') =>
  uploadTo(app, session, '/api/households/import', file, fileName);
