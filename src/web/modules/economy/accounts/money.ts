// Money is fen on the wire; people read and type 元 with two decimals.

const YUAN = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** 123456 fen → "1,234.56". */
export const formatYuan = (fen: number): string => YUAN.format(fen / 100);

/** 元 typed in a number field (two decimals at most) → fen, without floating-point drift. */
export const yuanToFen = (yuan: number): number => Math.round(yuan * 100);

/** fen → 元 for a number field. */
export const fenToYuan = (fen: number): number => fen / 100;
