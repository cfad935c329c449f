import type { CoveredUnit } from '../../../contracts/api/org';
import type { Ctx } from '../../platform/context';
import { regionNames } from '../regions/region-view';
import { orgNames } from './org-names';
import type { coveredUnits } from './tables';

export type UnitRow = typeof coveredUnits.$inferSelect;

export const toUnitViews = async (ctx: Ctx, rows: UnitRow[]): Promise<CoveredUnit[]> => {
  const regions = await regionNames(
    ctx.db,
    rows.map((r) => r.regionCode),
  );
  const orgs = await orgNames(
    ctx,
    ctx.db,
    rows.flatMap((r) => (r.partyOrgId ? [r.partyOrgId] : [])),
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    unitType: r.unitType as CoveredUnit['unitType'],
    regionCode: r.regionCode,
    regionName: regions.get(r.regionCode) ?? r.regionCode,
    employees: r.employees,
    partyOrgId: r.partyOrgId,
    partyOrgName: r.partyOrgId ? (orgs.get(r.partyOrgId) ?? null) : null,
    instructorName: r.instructorName,
  }));
};

export const auditableUnit = (r: UnitRow) => ({
  name: r.name,
  unitType: r.unitType,
  regionCode: r.regionCode,
  employees: r.employees,
  partyOrgId: r.partyOrgId,
  instructorName: r.instructorName,
  deletedAt: r.deletedAt,
});
