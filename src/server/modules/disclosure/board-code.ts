import encodeQR from 'qr';
import type { BoardCode } from '../../../contracts/api/disclosure';
import type { Ctx } from '../../platform/context';
import { NotFound } from '../../platform/errors';
import { ancestorAt, assertInScope, scopeOf } from '../../platform/scope';
import { regionNames } from '../regions/region-view';
import { isVillage } from './policy';

// 公开栏二维码: the address of the village's public page and its QR code (SVG) for the print page
// the village posts on its notice board. The address starts with PUBLIC_BASE_URL when set, else
// with the address the caller reached the server at.

export const publicPagePath = (villageCode: string) => `/gk/${villageCode}`;

export const boardCode = async (ctx: Ctx, villageCode: string, baseUrl: string): Promise<BoardCode> => {
  assertInScope(villageCode, scopeOf(ctx.actor));
  if (!isVillage(villageCode)) throw new NotFound('没有这个村');
  const township = ancestorAt(villageCode, 'township');
  const names = await regionNames(ctx.db, [villageCode, township]);
  const villageName = names.get(villageCode);
  if (!villageName) throw new NotFound('没有这个村');
  const url = `${baseUrl.replace(/\/+$/, '')}${publicPagePath(villageCode)}`;
  return {
    villageCode,
    villageName,
    townshipName: names.get(township) ?? null,
    url,
    svg: encodeQR(url, 'svg', { ecc: 'medium', border: 2 }),
  };
};
