import { eq } from 'drizzle-orm';
import type { AssetView } from '../../../../contracts/api/economy-assets';
import type { Ctx } from '../../../platform/context';
import { regionAtLevel, villageColumn } from '../../../platform/scope';
import { regionNameOf } from '../../regions/region-view';
import { economyAssets } from '../tables';
import type { AssetRow } from './load';

// An asset as pages show it: its village and township by name.

export const selectAssets = (ctx: Ctx) =>
  ctx.db
    .select({
      asset: economyAssets,
      villageName: regionNameOf(villageColumn(economyAssets.regionCode)),
      townshipName: regionNameOf(regionAtLevel(economyAssets.regionCode, 'township')),
    })
    .from(economyAssets);

export const toAssetView = (r: {
  asset: AssetRow;
  villageName: string | null;
  townshipName: string | null;
}): AssetView => {
  const a = r.asset;
  return {
    id: a.id,
    regionCode: a.regionCode,
    villageName: r.villageName,
    townshipName: r.townshipName,
    name: a.name,
    kind: a.kind,
    valueFen: a.valueFen,
    size: a.size,
    state: a.state,
    idleSince: a.idleSince,
    revivalPlan: a.revivalPlan,
    revivedOn: a.revivedOn,
    revivedIncomeFen: a.revivedIncomeFen,
    note: a.note,
    deleted: a.deletedAt !== null,
    updatedAt: a.updatedAt.toISOString(),
  };
};

export const assetView = async (ctx: Ctx, id: string): Promise<AssetView> => {
  const [row] = await selectAssets(ctx).where(eq(economyAssets.id, id));
  return toAssetView(row);
};

/** The fields the audit log keeps of an asset. */
export const auditableAsset = (a: AssetRow) => ({
  name: a.name,
  kind: a.kind,
  valueFen: a.valueFen,
  size: a.size,
  state: a.state,
  idleSince: a.idleSince,
  revivalPlan: a.revivalPlan,
  revivedOn: a.revivedOn,
  revivedIncomeFen: a.revivedIncomeFen,
  note: a.note,
});
