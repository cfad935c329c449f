import { and, asc, eq } from 'drizzle-orm';
import { DEPARTMENT_LABELS } from '../../../../contracts/roles';
import type { Db } from '../../../platform/db/types';
import { NotFound } from '../../../platform/errors';
import { descendantsOf } from '../../regions/list-descendants';
import { regionNames } from '../../regions/region-view';
import { eventCategories } from '../tables';
import type { Item } from './format';

// GET services and services/{service_code}: the county's active event categories. A category
// that needs a household (困难救助) concerns one family's circumstances: an outside client can
// neither choose the household nor should it see those reports, so it is not offered here.

type CategoryRow = typeof eventCategories.$inferSelect;

const GROUP: Record<CategoryRow['handlingLevel'], string> = {
  village: '村级办理',
  township: '乡镇办理',
  department: '部门办理',
};

export const offered = (c: Pick<CategoryRow, 'active' | 'requiredFields'>): boolean =>
  c.active && !c.requiredFields.includes('household');

const categoriesOf = async (db: Db, county: string) =>
  (
    await db
      .select()
      .from(eventCategories)
      .where(eq(eventCategories.regionCode, county))
      .orderBy(asc(eventCategories.sort), asc(eventCategories.code))
  ).filter(offered);

/** The category behind a service_code, if the county offers it through Open311. */
export const offeredCategory = async (db: Db, county: string, code: string): Promise<CategoryRow> => {
  const [row] = await db
    .select()
    .from(eventCategories)
    .where(and(eq(eventCategories.regionCode, county), eq(eventCategories.code, code)));
  if (!row || !offered(row)) throw new NotFound(`service_code not found: 没有类别 ${code}`);
  return row;
};

export const listServices = async (db: Db, county: string): Promise<Item[]> =>
  (await categoriesOf(db, county)).map((c) => ({
    service_code: c.code,
    service_name: c.name,
    description: c.description ?? c.name,
    // Every service has attributes: at least the village the event is in.
    metadata: true,
    type: 'realtime',
    keywords: [...c.departments.map((d) => DEPARTMENT_LABELS[d].zh), ...(c.urgent ? ['紧急'] : [])].join(','),
    group: GROUP[c.handlingLevel],
  }));

/** The county's villages as `{key, name}` (code, township and village name). */
export const villageValues = async (db: Db, county: string) => {
  const villages = await descendantsOf(db, county, 'village');
  const townships = await regionNames(
    db,
    villages.map((v) => v.parentCode ?? ''),
  );
  return villages.map((v) => ({ key: v.code, name: `${townships.get(v.parentCode ?? '') ?? ''}${v.name}` }));
};

const info = (code: string, order: number, description: string, datatypeDescription: string) => ({
  variable: false,
  code,
  datatype: 'string',
  required: false,
  datatype_description: datatypeDescription,
  order,
  description,
});

/** The service definition: the village to choose, then what the category asks for. */
export const serviceDefinition = async (db: Db, county: string, code: string): Promise<Item> => {
  const c = await offeredCategory(db, county, code);
  const attributes: Item[] = [
    {
      variable: true,
      code: 'village',
      datatype: 'singlevaluelist',
      required: true,
      datatype_description:
        '事件所在村（社区）的区划代码；也可在 address_id 中给出，或在 address_string 中写明村名',
      order: 1,
      description: '所在村（社区）',
      values: await villageValues(db, county),
    },
  ];
  if (c.requiredFields.includes('photo'))
    attributes.push(info('photo', 2, '须附现场照片', '在 media_url 中给出现场照片的公开网址'));
  if (c.requiredFields.includes('location'))
    attributes.push(info('location', 3, '须给出位置', '给出 lat/long（WGS84）或 address_string'));
  if (c.urgent)
    attributes.push(
      info('urgent', 4, '人身财产安全受到威胁时请先拨打 110 / 119 / 120', '紧急类别，时限按小时计'),
    );
  return { service_code: c.code, attributes };
};
