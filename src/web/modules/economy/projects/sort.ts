import type { ProjectFilters } from './api';

// The list's column sorts as the server names them (contracts PROJECT_SORTS).

export type Sort = NonNullable<ProjectFilters['sort']>;
export type Order = 'ascend' | 'descend' | null | undefined;

/** A column's sort as the server names it: 区划, 时限 and 状态 one way, 得分 both ways. */
export const sortOf = (key: string, order: Order): Sort | undefined => {
  if (!order) return undefined;
  if (key === 'score') return order === 'descend' ? 'score-desc' : 'score-asc';
  return key === 'region' || key === 'due' || key === 'status' ? key : undefined;
};

export const sortOrderOf = (key: string, sort: Sort | undefined): Order => {
  if (key === 'score') return sort === 'score-desc' ? 'descend' : sort === 'score-asc' ? 'ascend' : null;
  return sort === key ? 'ascend' : null;
};
