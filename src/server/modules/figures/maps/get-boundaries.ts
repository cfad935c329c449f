import type { Ctx } from '../../../platform/context';
import { loadBoundaries } from './load';

/** The stored boundaries of a region's children (NotFound when none, or outside the caller's scope). */
export const getBoundaries = async (ctx: Ctx, regionCode: string) =>
  (await loadBoundaries(ctx, regionCode)).features;
