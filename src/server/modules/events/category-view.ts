import type { CategoryView } from '../../../contracts/api/events-catalogue';
import type { eventCategories } from './tables';

export const categoryView = (row: typeof eventCategories.$inferSelect): CategoryView => ({
  id: row.id,
  regionCode: row.regionCode,
  code: row.code,
  name: row.name,
  description: row.description,
  handlingLevel: row.handlingLevel,
  departments: row.departments,
  limits: row.limits,
  requiredFields: row.requiredFields,
  urgent: row.urgent,
  active: row.active,
  sort: row.sort,
  updatedAt: row.updatedAt.toISOString(),
});
