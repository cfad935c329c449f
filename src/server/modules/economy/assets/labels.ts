import type { AssetStateName } from '../../../../contracts/api/economy-assets';
import type { BenefitKind } from '../tables';

// Chinese names of the assets part's codes, for exports and 一户一档.

export const ASSET_STATE_NAMES: Record<AssetStateName, string> = {
  in_use: '在用',
  idle: '闲置',
  reviving: '盘活中',
  revived: '已盘活',
};

export const BENEFIT_KIND_NAMES: Record<BenefitKind, string> = {
  dividend: '分红',
  job: '就业',
  other: '其他',
};

/** Fen as 元 for a sheet cell (a number, two decimals); empty when unknown. */
export const yuan = (fen: number | null): number | string => (fen == null ? '' : fen / 100);
