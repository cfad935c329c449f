import type { z } from 'zod';
import type { AttachmentList } from '../../../contracts/api/attachments';
import type {
  boardSchema,
  CreateClaimBody,
  CreateRuleBody,
  goodsBodySchema,
  goodsSchema,
  listAccountsQuerySchema,
  listClaimsQuerySchema,
  myPointsSchema,
  PointsSystem,
  RedeemBody,
  rankingSchema,
  shopBodySchema,
  shopSchema,
  stockInBodySchema,
  UpdateRuleBody,
} from '../../../contracts/api/points';
import { type ApiBody, call, client, upload } from '../../app/api';

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
export type ClaimAction = 'submit' | 'approve' | 'return' | 'resubmit' | 'withdraw';

/** The same key for a retried POST makes the server post it once. */
const once = (key: string) => ({ header: { 'idempotency-key': key } });
const path = <P extends Record<string, string>>(p: P) => ({ path: p });

export const pointsApi = {
  rules: (query: { system?: PointsSystem; regionCode?: string; includeInactive?: boolean }) =>
    call(client.GET('/api/points/rules', { params: { query } })),
  createRule: (body: CreateRuleBody) =>
    call(client.POST('/api/points/rules', { body: body as ApiBody<'/api/points/rules', 'post'> })),
  updateRule: (ruleId: string, body: UpdateRuleBody) =>
    call(
      client.PATCH('/api/points/rules/{ruleId}', {
        params: path({ ruleId }),
        body: body as ApiBody<'/api/points/rules/{ruleId}', 'patch'>,
      }),
    ),
  ruleVersions: (ruleId: string) =>
    call(client.GET('/api/points/rules/{ruleId}/versions', { params: path({ ruleId }) })),

  accounts: (query: AccountQuery) => call(client.GET('/api/points/accounts', { params: { query } })),
  holderAccount: (system: PointsSystem, holderId: string) =>
    call(client.GET('/api/points/holder-account', { params: { query: { system, holderId } } })),
  ledger: (accountId: string, query: { page: number; pageSize: number }) =>
    call(
      client.GET('/api/points/accounts/{accountId}/ledger', { params: { ...path({ accountId }), query } }),
    ),
  me: () => call(client.GET('/api/points/me')),
  myShop: () => call(client.GET('/api/points/me/shop')),
  reverse: (entryId: string, reason: string) =>
    call(
      client.POST('/api/points/ledger/{entryId}/reverse', { params: path({ entryId }), body: { reason } }),
    ),

  claims: ({ mine, ...query }: ClaimQuery) =>
    call(
      client.GET('/api/points/claims', { params: { query: { ...query, mine: mine ? 'true' : undefined } } }),
    ),
  claim: (claimId: string) => call(client.GET('/api/points/claims/{claimId}', { params: path({ claimId }) })),
  propose: (body: CreateClaimBody, key: string) =>
    call(client.POST('/api/points/claims', { params: once(key), body })),
  /** Photos go to the platform's attachments of the claim (multipart: not described by JSON types). */
  addEvidence: (claimId: string, files: File[]) => {
    const form = new FormData();
    for (const file of files) form.append('photo', file);
    return upload<AttachmentList>(`/attachments/points_claim/${encodeURIComponent(claimId)}`, form);
  },
  evidenceUrl: (attachmentId: string, size: 'thumb' | 'full') =>
    `/api/attachment-files/${encodeURIComponent(attachmentId)}?size=${size}`,
  approve: (claimId: string) =>
    call(client.POST('/api/points/claims/{claimId}/approve', { params: path({ claimId }) })),
  returnClaim: (claimId: string, reason: string) =>
    call(client.POST('/api/points/claims/{claimId}/return', { params: path({ claimId }), body: { reason } })),
  /** A proposer's step the server offered (claim.actions): submit, resubmit, withdraw. */
  act: (
    claimId: string,
    action: Exclude<ClaimAction, 'approve' | 'return'>,
    body: { reason?: string } = {},
  ) => call(client.POST(`/api/points/claims/{claimId}/${action}`, { params: path({ claimId }), body })),

  ranking: (query: RankingQuery) => call(client.GET('/api/points/rankings', { params: { query } })),
  vanguard: (villageCode: string, period: string) =>
    call(
      client.GET('/api/points/walls/vanguard/{villageCode}', {
        params: { ...path({ villageCode }), query: { period } },
      }),
    ),
  smile: (villageCode: string, period: string) =>
    call(
      client.GET('/api/points/walls/smile/{villageCode}', {
        params: { ...path({ villageCode }), query: { period } },
      }),
    ),

  shops: () => call(client.GET('/api/points/shops')),
  createShop: (body: ShopBody) => call(client.POST('/api/points/shops', { body })),
  updateShop: (shopId: string, body: Partial<Omit<ShopBody, 'regionCode'>>) =>
    call(client.PATCH('/api/points/shops/{shopId}', { params: path({ shopId }), body })),
  goods: (shopId: string, includeInactive = false) =>
    call(
      client.GET('/api/points/shops/{shopId}/goods', {
        params: { ...path({ shopId }), query: { includeInactive } },
      }),
    ),
  createGoods: (shopId: string, body: GoodsBody) =>
    call(client.POST('/api/points/shops/{shopId}/goods', { params: path({ shopId }), body })),
  updateGoods: (goodsId: string, body: Partial<GoodsBody>) =>
    call(client.PATCH('/api/points/goods/{goodsId}', { params: path({ goodsId }), body })),
  stockIn: (goodsId: string, body: StockInBody, key: string) =>
    call(
      client.POST('/api/points/goods/{goodsId}/stock-in', {
        params: { ...path({ goodsId }), ...once(key) },
        body,
      }),
    ),
  redeem: (shopId: string, body: RedeemBody, key: string) =>
    call(
      client.POST('/api/points/shops/{shopId}/redemptions', {
        params: { ...path({ shopId }), ...once(key) },
        body,
      }),
    ),
  redemptions: (shopId: string, query: { code?: string; page: number; pageSize: number }) =>
    call(client.GET('/api/points/shops/{shopId}/redemptions', { params: { ...path({ shopId }), query } })),
  handOver: (redemptionId: string) =>
    call(client.POST('/api/points/redemptions/{redemptionId}/hand-over', { params: path({ redemptionId }) })),
  cancel: (redemptionId: string, reason: string) =>
    call(
      client.POST('/api/points/redemptions/{redemptionId}/cancel', {
        params: path({ redemptionId }),
        body: { reason },
      }),
    ),
  statement: (shopId: string, month: string) =>
    call(
      client.GET('/api/points/shops/{shopId}/statement', {
        params: { ...path({ shopId }), query: { month } },
      }),
    ),

  /** Lookups of other modules the points screens search in. */
  households: (q: string) => call(client.GET('/api/households', { params: { query: { q, pageSize: 20 } } })),
  members: (q: string) => call(client.GET('/api/members', { params: { query: { q, pageSize: 20 } } })),
};
