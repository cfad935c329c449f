import { eq } from 'drizzle-orm';
import type { AssetBody, UpdateAssetBody } from '../../../../contracts/api/economy-assets';
import { auditDiff } from '../../../platform/audit/diff';
import { writeAudit } from '../../../platform/audit/write';
import { newId } from '../../../platform/auth/session';
import { type Ctx, inTransaction } from '../../../platform/context';
import { Invalid } from '../../../platform/errors';
import { economyAssets } from '../tables';
import { assetStateErrors } from './asset-rules';
import { assetView, auditableAsset } from './asset-view';
import { loadAsset } from './load';
import { assertMayEdit, villageOfNewRecord } from './place';

// 新增、修改集体资产: the state's fields are checked on the asset as it will be (asset-rules.ts).

const assertState = (a: Parameters<typeof assetStateErrors>[0]) => {
  const errors = assetStateErrors(a);
  if (errors.length) throw new Invalid(errors[0].message, errors);
};

const nulls = <T extends object>(o: T) =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v === undefined ? null : v])) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };

export const createAsset = (ctx: Ctx, body: AssetBody) =>
  inTransaction(ctx, async (tx) => {
    const regionCode = await villageOfNewRecord(tx, body.regionCode);
    const fields = nulls({
      name: body.name,
      kind: body.kind,
      valueFen: body.valueFen,
      size: body.size,
      state: body.state ?? 'in_use',
      idleSince: body.idleSince,
      revivalPlan: body.revivalPlan,
      revivedOn: body.revivedOn,
      revivedIncomeFen: body.revivedIncomeFen,
      note: body.note,
    });
    assertState(fields);
    const [row] = await tx.db
      .insert(economyAssets)
      .values({ id: newId(), regionCode, ...fields })
      .returning();
    await writeAudit(tx.db, tx, {
      action: 'economy.asset.create',
      entity: 'economy_asset',
      entityId: row.id,
      regionCode,
      diff: auditDiff(null, auditableAsset(row)),
    });
    return assetView(tx, row.id);
  });

export const updateAsset = (ctx: Ctx, assetId: string, body: UpdateAssetBody) =>
  inTransaction(ctx, async (tx) => {
    const before = await loadAsset(tx, assetId, { forUpdate: true });
    assertMayEdit(tx, before.regionCode);
    const patch = Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
    const next = { ...before, ...patch };
    assertState(next);
    const [after] = await tx.db
      .update(economyAssets)
      .set({ ...patch, updatedAt: new Date() })
      .where(eq(economyAssets.id, assetId))
      .returning();
    const diff = auditDiff(auditableAsset(before), auditableAsset(after));
    if (diff)
      await writeAudit(tx.db, tx, {
        action: 'economy.asset.update',
        entity: 'economy_asset',
        entityId: assetId,
        regionCode: after.regionCode,
        diff,
      });
    return assetView(tx, assetId);
  });
