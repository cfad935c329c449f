import type { z } from 'zod';
import type { AttachmentList } from '../../../contracts/api/attachments';
import type { Household } from '../../../contracts/api/households';
import type { Member } from '../../../contracts/api/members';
import type {
  AccountView,
  boardSchema,
  ClaimDetail,
  ClaimView,
  CreateClaimBody,
  CreateRuleBody,
  goodsBodySchema,
  goodsSchema,
  LedgerEntryView,
  listAccountsQuerySchema,
  listClaimsQuerySchema,
  MyShop,
  myPointsSchema,
  PointsSystem,
  RedeemBody,
  RedemptionView,
  RuleView,
  rankingSchema,
  StatementView,
  shopBodySchema,
  shopSchema,
  stockInBodySchema,
  UpdateRuleBody,
} from '../../../contracts/api/points';
import { IDEMPOTENCY_HEADER } from '../../../contracts/api/points';
import { type Page, apiRequest as request } from '../../app/api';

export type Shop = z.infer<typeof shopSchema>;
export type Goods = z.infer<typeof goodsSchema>;
export type GoodsBody = z.input<typeof goodsBodySchema>;
export type ShopBody = z.input<typeof shopBodySchema>;
export type StockInBody = z.input<typeof stockInBodySchema>;
export type Ranking = z.infer<typeof rankingSchema>;
export type Board = z.infer<typeof boardSchema>;
export type MyPoints = z.infer<typeof myPointsSchema>;
export type ClaimQuery = Partial<z.output<typeof listClaimsQuerySchema>>;
export type AccountQuery = Partial<z.output<typeof listAccountsQuerySchema>> & { system: PointsSystem };
export type RankingQuery = { system: PointsSystem; period: string; regionCode?: string; orgId?: string };

const enc = encodeURIComponent;
/** The same key for a retried POST makes the server post it once. */
const once = (key: string) => ({ [IDEMPOTENCY_HEADER]: key });

export const pointsApi = {
  rules: (query: { system?: PointsSystem; regionCode?: string; includeInactive?: boolean }) =>
    request<RuleView[]>('GET', '/points/rules', { query }),
  createRule: (body: CreateRuleBody) => request<RuleView>('POST', '/points/rules', { body }),
  updateRule: (id: string, body: UpdateRuleBody) =>
    request<RuleView>('PATCH', `/points/rules/${enc(id)}`, { body }),
  ruleVersions: (id: string) => request<RuleView[]>('GET', `/points/rules/${enc(id)}/versions`),

  accounts: (query: AccountQuery) => request<Page<AccountView>>('GET', '/points/accounts', { query }),
  holderAccount: (system: PointsSystem, holderId: string) =>
    request<AccountView>('GET', '/points/holder-account', { query: { system, holderId } }),
  ledger: (accountId: string, query: { page: number; pageSize: number }) =>
    request<Page<LedgerEntryView>>('GET', `/points/accounts/${enc(accountId)}/ledger`, { query }),
  me: () => request<MyPoints>('GET', '/points/me'),
  myShop: () => request<MyShop>('GET', '/points/me/shop'),
  reverse: (entryId: string, reason: string) =>
    request<LedgerEntryView>('POST', `/points/ledger/${enc(entryId)}/reverse`, { body: { reason } }),

  claims: (query: ClaimQuery) => request<Page<ClaimView>>('GET', '/points/claims', { query }),
  propose: (body: CreateClaimBody, key: string) =>
    request<ClaimView>('POST', '/points/claims', { body, headers: once(key) }),
  claim: (claimId: string) => request<ClaimDetail>('GET', `/points/claims/${enc(claimId)}`),
  /** Photos go to the platform's attachments of the claim. */
  addEvidence: (claimId: string, files: File[]) => {
    const form = new FormData();
    for (const file of files) form.append('photo', file);
    return request<AttachmentList>('POST', `/attachments/points_claim/${enc(claimId)}`, { body: form });
  },
  evidenceUrl: (attachmentId: string, size: 'thumb' | 'full') =>
    `/api/attachment-files/${enc(attachmentId)}?size=${size}`,
  /** A step of the claim's workflow the server offered (claim.actions). */
  act: (claimId: string, action: string, body: { reason?: string } = {}) =>
    request<ClaimView>('POST', `/points/claims/${enc(claimId)}/${enc(action)}`, { body }),
  approve: (claimId: string) => request<ClaimView>('POST', `/points/claims/${enc(claimId)}/approve`),
  returnClaim: (claimId: string, reason: string) =>
    request<ClaimView>('POST', `/points/claims/${enc(claimId)}/return`, { body: { reason } }),

  ranking: (query: RankingQuery) => request<Ranking>('GET', '/points/rankings', { query }),
  vanguard: (villageCode: string, period: string) =>
    request<Board>('GET', `/points/walls/vanguard/${enc(villageCode)}`, { query: { period } }),
  smile: (villageCode: string, period: string) =>
    request<Board>('GET', `/points/walls/smile/${enc(villageCode)}`, { query: { period } }),

  shops: () => request<Shop[]>('GET', '/points/shops'),
  createShop: (body: ShopBody) => request<Shop>('POST', '/points/shops', { body }),
  updateShop: (id: string, body: Partial<Omit<ShopBody, 'regionCode'>>) =>
    request<Shop>('PATCH', `/points/shops/${enc(id)}`, { body }),
  goods: (shopId: string, includeInactive = false) =>
    request<Goods[]>('GET', `/points/shops/${enc(shopId)}/goods`, { query: { includeInactive } }),
  createGoods: (shopId: string, body: GoodsBody) =>
    request<Goods>('POST', `/points/shops/${enc(shopId)}/goods`, { body }),
  updateGoods: (goodsId: string, body: Partial<GoodsBody>) =>
    request<Goods>('PATCH', `/points/goods/${enc(goodsId)}`, { body }),
  stockIn: (goodsId: string, body: StockInBody, key: string) =>
    request<Goods>('POST', `/points/goods/${enc(goodsId)}/stock-in`, { body, headers: once(key) }),
  redeem: (shopId: string, body: RedeemBody, key: string) =>
    request<RedemptionView>('POST', `/points/shops/${enc(shopId)}/redemptions`, { body, headers: once(key) }),
  redemptions: (shopId: string, query: { code?: string; page: number; pageSize: number }) =>
    request<Page<RedemptionView>>('GET', `/points/shops/${enc(shopId)}/redemptions`, { query }),
  handOver: (id: string) => request<RedemptionView>('POST', `/points/redemptions/${enc(id)}/hand-over`),
  cancel: (id: string, reason: string) =>
    request<RedemptionView>('POST', `/points/redemptions/${enc(id)}/cancel`, { body: { reason } }),
  statement: (shopId: string, month: string) =>
    request<StatementView>('GET', `/points/shops/${enc(shopId)}/statement`, { query: { month } }),

  /** Lookups of other modules the points screens search in. */
  households: (q: string) => request<Page<Household>>('GET', '/households', { query: { q, pageSize: 20 } }),
  members: (q: string) => request<Page<Member>>('GET', '/members', { query: { q, pageSize: 20 } }),
};
