import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/types';
import { invalidField } from '../../platform/errors';
import { regions } from './tables';

export const assertRegionExists = async (db: Db, code: string): Promise<void> => {
  const [row] = await db.select({ code: regions.code }).from(regions).where(eq(regions.code, code)).limit(1);
  if (!row) throw invalidField('scopeCode', '区划不存在，请先导入该区县');
};
