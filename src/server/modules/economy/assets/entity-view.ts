import { eq } from 'drizzle-orm';
import type { EntityView } from '../../../../contracts/api/economy-assets';
import type { Ctx } from '../../../platform/context';
import { regionAtLevel, villageColumn } from '../../../platform/scope';
import { regionNameOf } from '../../regions/region-view';
import { economyEntities } from '../tables';
import type { EntityRow } from './load';
import { modelLabel, orderedModel } from './model';

// An enterprise or cooperative as pages show it: its village and township by name, its model in words.

export const selectEntities = (ctx: Ctx) =>
  ctx.db
    .select({
      entity: economyEntities,
      villageName: regionNameOf(villageColumn(economyEntities.regionCode)),
      townshipName: regionNameOf(regionAtLevel(economyEntities.regionCode, 'township')),
    })
    .from(economyEntities);

export const toEntityView = (r: {
  entity: EntityRow;
  villageName: string | null;
  townshipName: string | null;
}): EntityView => {
  const e = r.entity;
  return {
    id: e.id,
    regionCode: e.regionCode,
    villageName: r.villageName,
    townshipName: r.townshipName,
    name: e.name,
    kind: e.kind,
    industry: e.industry,
    model: orderedModel(e.model),
    modelLabel: modelLabel(e.model),
    partners: e.partners,
    establishedOn: e.establishedOn,
    memberHouseholds: e.memberHouseholds,
    note: e.note,
    deleted: e.deletedAt !== null,
    updatedAt: e.updatedAt.toISOString(),
  };
};

export const entityView = async (ctx: Ctx, id: string): Promise<EntityView> => {
  const [row] = await selectEntities(ctx).where(eq(economyEntities.id, id));
  return toEntityView(row);
};

export const auditableEntity = (e: EntityRow) => ({
  name: e.name,
  kind: e.kind,
  industry: e.industry,
  model: e.model,
  partners: e.partners,
  establishedOn: e.establishedOn,
  memberHouseholds: e.memberHouseholds,
  note: e.note,
});
