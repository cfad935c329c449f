import type { Session } from '../../../testing/factories';
import { testPhoto, uploadEvidence } from '../../../testing/photos';
import type { ScopeProbe } from '../../../testing/scope-probe';
import { householdBody } from '../households/test-factories';

// Points on the other side: a village rule, a household's account with an approved claim (so a
// ledger entry) and its photo, a shop with goods in stock and a redemption.

interface PointsWorld {
  ruleId: string;
  accountId: string;
  claimId: string;
  attachmentId: string;
  entryId: string;
  shopId: string;
  goodsId: string;
  redemptionId: string;
  code: string;
  markers: string[];
}

const expectStatus = async (
  label: string,
  res: Promise<{ statusCode: number; body: string }>,
  status: number,
) => {
  const r = await res;
  if (r.statusCode !== status) throw new Error(`probe ${label}: ${r.statusCode} ${r.body}`);
  return JSON.parse(r.body);
};

const pointsIn = async (admin: Session, village: string, tag: string): Promise<PointsWorld> => {
  const home = await expectStatus('household', admin.post('/api/households', householdBody(village)), 201);
  const rule = await expectStatus(
    'rule',
    admin.post('/api/points/rules', {
      regionCode: village,
      system: 'civil',
      code: `探针${tag}`,
      name: `探针规则${tag}`,
      points: 10,
      proposerRoles: ['county_admin'],
      approverRoles: ['county_admin'],
    }),
    201,
  );
  const claim = await expectStatus(
    'claim',
    admin.post('/api/points/claims', {
      system: 'civil',
      holderId: home.id,
      ruleId: rule.id,
      occurredOn: new Date().toISOString().slice(0, 10),
      note: `探针申报${tag}`,
    }),
    201,
  );
  const withPhoto = await expectStatus(
    'evidence',
    uploadEvidence(admin, claim.id, [
      { name: 'probe.png', type: 'image/png', bytes: await testPhoto({ format: 'png' }) },
    ]),
    201,
  );
  await expectStatus('approve', admin.post(`/api/points/claims/${claim.id}/approve`), 200);
  const ledger = await expectStatus(
    'ledger',
    admin.get(`/api/points/accounts/${claim.accountId}/ledger`),
    200,
  );
  const shop = await expectStatus(
    'shop',
    admin.post('/api/points/shops', { regionCode: village, name: `探针超市${tag}` }),
    201,
  );
  const goods = await expectStatus(
    'goods',
    admin.post(`/api/points/shops/${shop.id}/goods`, { name: `探针商品${tag}`, price: 3 }),
    201,
  );
  await expectStatus(
    'stock-in',
    admin.post(`/api/points/goods/${goods.id}/stock-in`, { quantity: 5, source: '探针捐赠' }),
    200,
  );
  const redemption = await expectStatus(
    'redeem',
    admin.post(`/api/points/shops/${shop.id}/redemptions`, {
      householdId: home.id,
      lines: [{ goodsId: goods.id, quantity: 1 }],
      handOver: false,
    }),
    201,
  );
  return {
    ruleId: rule.id,
    accountId: claim.accountId,
    claimId: claim.id,
    attachmentId: withPhoto.items[0].id,
    entryId: ledger.items[0].id,
    shopId: shop.id,
    goodsId: goods.id,
    redemptionId: redemption.id,
    code: redemption.code,
    markers: [
      rule.id,
      claim.id,
      withPhoto.items[0].id,
      shop.id,
      goods.id,
      redemption.id,
      `探针规则${tag}`,
      `探针超市${tag}`,
      `探针商品${tag}`,
    ],
  };
};

let worlds: Promise<PointsWorld[]> | null = null;
const both = (w: Parameters<ScopeProbe['foreignValues']>[0]) => {
  worlds ??= Promise.all([
    pointsIn(w.foreignAdmins.tiandong, w.regions.otherVillage.code, 'A'),
    pointsIn(w.foreignAdmins.lingyun, w.regions.otherCountyVillage.code, 'B'),
  ]);
  return worlds;
};

const probe = (param: string, pick: (p: PointsWorld) => string, withMarkers = false): ScopeProbe => ({
  param,
  foreignValues: async (w) => {
    const all = await both(w);
    return { values: all.map(pick), markers: withMarkers ? all.flatMap((p) => p.markers) : [] };
  },
});

export const scopeProbes: ScopeProbe[] = [
  probe('ruleId', (p) => p.ruleId, true),
  probe('accountId', (p) => p.accountId),
  probe('claimId', (p) => p.claimId),
  probe('attachmentId', (p) => p.attachmentId),
  probe('recordId', (p) => p.claimId),
  { param: 'recordKind', foreignValues: async () => ({ values: ['points_claim'], markers: [] }) },
  probe('entryId', (p) => p.entryId),
  probe('shopId', (p) => p.shopId),
  probe('goodsId', (p) => p.goodsId),
  probe('redemptionId', (p) => p.redemptionId),
  {
    param: 'villageCode',
    foreignValues: async ({ regions }) => ({
      values: [regions.otherVillage.code, regions.otherCountyVillage.code],
      markers: [],
    }),
  },
];
