import type { GridTier } from './grid-code';

// Rules of the grid tree, as pure functions.

/** The tier a child of `parent` must have: big → middle → small; a small grid has no children. */
export const childTierOf = (parent: GridTier): GridTier | null =>
  parent === 'big' ? 'middle' : parent === 'middle' ? 'small' : null;

/** 一个网格+一个党支部(党小组): a grid binds a branch or a party group; a village big grid may bind a general branch. */
export const mayBindOrg = (tier: GridTier, orgLevel: string): boolean =>
  orgLevel === 'branch' || orgLevel === 'group' || (tier === 'big' && orgLevel === 'general_branch');

/** Why a grid may not be deleted, or null. */
export const deleteRefusal = (children: number, households: number): string | null => {
  if (children > 0) return '该网格下还有下级网格，请先删除下级网格';
  if (households > 0) return '该网格内还有农户，请先将农户调整到其他网格';
  return null;
};
