import { eq } from 'drizzle-orm';
import type { BenefitView } from '../../../../contracts/api/economy-assets';
import type { Ctx } from '../../../platform/context';
import { villageColumn } from '../../../platform/scope';
import { householdSummaries } from '../../households/lookups';
import { regionNameOf } from '../../regions/region-view';
import { economyBenefits, economyEntities } from '../tables';
import type { BenefitRow } from './load';

// A benefit as pages show it: the household by number and head (through the households module),
// its village, the entity that paid it.

export const selectBenefits = (ctx: Ctx) =>
  ctx.db
    .select({
      benefit: economyBenefits,
      entityName: economyEntities.name,
      villageName: regionNameOf(villageColumn(economyBenefits.regionCode)),
    })
    .from(economyBenefits)
    .leftJoin(economyEntities, eq(economyEntities.id, economyBenefits.entityId));

type Joined = { benefit: BenefitRow; entityName: string | null; villageName: string | null };

export const benefitViews = async (ctx: Ctx, rows: Joined[]): Promise<BenefitView[]> => {
  const homes = await householdSummaries(
    ctx,
    rows.map((r) => r.benefit.householdId),
  );
  return rows.map(({ benefit: b, entityName, villageName }) => {
    const home = homes.get(b.householdId);
    return {
      id: b.id,
      regionCode: b.regionCode,
      villageName,
      householdId: b.householdId,
      householdNo: home?.householdNo ?? null,
      headName: home?.headName ?? null,
      entityId: b.entityId,
      entityName,
      year: b.year,
      kind: b.kind,
      amountFen: b.amountFen,
      jobs: b.jobs,
      note: b.note,
    };
  });
};

export const benefitView = async (ctx: Ctx, id: string): Promise<BenefitView> => {
  const rows = await selectBenefits(ctx).where(eq(economyBenefits.id, id));
  const [view] = await benefitViews(ctx, rows);
  return view;
};

export const auditableBenefit = (b: BenefitRow) => ({
  householdId: b.householdId,
  entityId: b.entityId,
  year: b.year,
  kind: b.kind,
  amountFen: b.amountFen,
  jobs: b.jobs,
  note: b.note,
});
