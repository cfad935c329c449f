import type { Rng } from './random';

// How often the default rules (CATALOGUES.md §3, §4) are applied to one account in a year, and the
// goods of a village shop (§4, 1 point = 1 yuan). The figures are assumptions in the spirit of the
// sources: a yard rating most months, a meeting every quarter, voluntary labour twice a year, a
// fine now and then; members visit households and volunteer up to their yearly caps.

/** Claims per account and year by rule code, before scaling. */
export const CIVIL_RATES: Record<string, number> = {
  C02: 1.5, // 屋内外整洁
  C03: 4, // 按时参会
  C04: 2, // 义务劳动
  C05: 0.5,
  C06: 0.3,
  C07: 0.05,
  C08: 0.3,
  C09: 0.05,
  D01: 0.4,
  D02: 0.5,
  D04: 0.03,
  D05: 0.03,
  D06: 0.03,
  D07: 0.1,
};
/** C01 庭院卫生月评: one rating in a month for this share of households, 5 / 3 / 1 points. */
export const YARD_RATING = { code: 'C01', share: 0.6, points: [5, 3, 1], weights: [2, 5, 3] } as const;

export const MEMBER_RATES: Record<string, number> = {
  P10: 10, // 走访联系农户 (cap 12 a year)
  P08: 6, // 志愿服务 (cap 12 a year)
  P09: 2,
  P11: 1,
  P12: 1,
  P13: 0.2,
  P14: 0.1,
  P15: 0.1,
  P01: 0.3,
  P02: 0.3,
  P03: 0.5,
  P04: 0.3,
  P05: 0.05,
  P06: 0.02,
};

/** A household with enough points goes to the shop on the village's redemption day this often. */
export const REDEEM_SHARE = 0.3;
export const REDEEM_MIN_BALANCE = 10;

export const DEFAULT_GOODS: readonly (readonly [string, string, number])[] = [
  ['食盐', '袋', 3],
  ['香皂', '块', 4],
  ['牙刷', '支', 5],
  ['牙膏', '支', 8],
  ['酱油', '瓶', 8],
  ['毛巾', '条', 10],
  ['洗洁精', '瓶', 10],
  ['洗手液', '瓶', 15],
  ['脸盆', '个', 15],
  ['文具套装', '套', 15],
  ['洗衣粉 2 千克', '袋', 20],
  ['卫生纸 10 卷', '提', 20],
  ['面粉 5 千克', '袋', 25],
  ['大米 5 千克', '袋', 30],
  ['垃圾桶', '个', 30],
  ['暖水瓶', '个', 35],
  ['暖手宝', '个', 50],
  ['食用油 5 升', '桶', 70],
];

export const DONORS = ['县供电公司', '县农商银行', '县人民医院', '县烟草专卖局', '广西某帮扶企业'];

/** Events in a year at rate λ: Knuth's method for small λ, a rounded normal above 30. */
export const poisson = (rng: Rng, lambda: number): number => {
  if (lambda <= 0) return 0;
  if (lambda > 30) return Math.max(0, Math.round(rng.normal(lambda, Math.sqrt(lambda))));
  const limit = Math.exp(-lambda);
  let k = 0;
  let p = rng.float();
  while (p > limit) {
    k++;
    p *= rng.float();
  }
  return k;
};

interface CapOf {
  points: number;
  cap: number | null;
  capPeriod: 'month' | 'quarter' | 'year' | null;
}

/** The most claims a cap lets through in 12 months (two calendar years may each give a cap). */
const capCount = (r: CapOf | undefined) => {
  if (!r?.cap || r.points <= 0) return Number.POSITIVE_INFINITY;
  const periods = { month: 12, quarter: 4, year: 1 }[r.capPeriod ?? 'year'];
  return Math.floor(r.cap / r.points) * periods;
};

/** Expected ledger entries of one household and one member account at scale `f`. */
export const expectedEntries = (f: number, rules: Map<string, CapOf>) => {
  const sum = (rates: Record<string, number>) =>
    Object.entries(rates).reduce((s, [code, rate]) => s + Math.min(rate * f, capCount(rules.get(code))), 0);
  const yard = 12 * Math.min(0.95, YARD_RATING.share * f);
  // About a quarter of the redemption days find a household with enough points and the wish to spend.
  const redemptions = 12 * Math.min(0.9, REDEEM_SHARE * f) * 0.25;
  return { civil: sum(CIVIL_RATES) + yard + redemptions, member: sum(MEMBER_RATES) };
};

/** The scale at which `households` and `members` accounts make about `target` entries. */
export const scaleFor = (target: number, households: number, members: number, rules: Map<string, CapOf>) => {
  const total = (f: number) => {
    const e = expectedEntries(f, rules);
    return households * e.civil + members * e.member;
  };
  let [lo, hi] = [0.001, 1000];
  for (let i = 0; i < 60; i++) {
    const mid = Math.sqrt(lo * hi);
    if (total(mid) < target) lo = mid;
    else hi = mid;
  }
  return lo;
};
