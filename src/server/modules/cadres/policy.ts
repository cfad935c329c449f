import type { CadrePost } from '../../../contracts/api/cadres';
import type { FieldError } from '../../platform/errors';

// Rules of the two-committee records (村两委), as pure functions.

/** 一肩挑: the same person is the village party secretary and the villagers' committee director. */
export const isOneShoulder = (posts: readonly CadrePost[]): boolean =>
  posts.some((p) => p.body === 'party' && p.post === 'secretary') &&
  posts.some((p) => p.body === 'committee' && p.post === 'director');

export const isPartySecretary = (posts: readonly CadrePost[]): boolean =>
  posts.some((p) => p.body === 'party' && p.post === 'secretary');

const PARTY_POSTS = new Set(['secretary', 'deputy_secretary', 'member']);
const COMMITTEE_POSTS = new Set(['director', 'deputy_director', 'member']);

/** What is wrong with a list of posts: a post that does not exist in its body, two posts in one body. */
export const postProblems = (posts: readonly CadrePost[]): FieldError[] => {
  const problems: FieldError[] = [];
  const bodies = new Set<string>();
  posts.forEach((p, i) => {
    const allowed = p.body === 'party' ? PARTY_POSTS : COMMITTEE_POSTS;
    if (!allowed.has(p.post)) {
      problems.push({
        path: `posts.${i}.post`,
        message:
          p.body === 'party' ? '村党组织的职务应为书记、副书记或委员' : '该组织的职务应为主任、副主任或委员',
      });
    }
    if (bodies.has(p.body)) problems.push({ path: `posts.${i}.body`, message: '同一组织只能担任一个职务' });
    bodies.add(p.body);
  });
  return problems;
};

/** A cadre record needs a post, unless it records a reserve cadre (后备干部). */
export const cadreRecordProblems = (posts: readonly CadrePost[], isReserve: boolean): FieldError[] => {
  if (posts.length === 0 && !isReserve)
    return [{ path: 'posts', message: '请至少填写一个职务，或标记为后备干部' }];
  return postProblems(posts);
};

export const datesProblems = (startedOn?: string | null, endedOn?: string | null): FieldError[] =>
  startedOn && endedOn && endedOn < startedOn
    ? [{ path: 'endedOn', message: '任期结束日期不能早于开始日期' }]
    : [];

/** Everything a cadre record breaks, for the form, the edit and each imported row alike. */
export const cadreProblems = (r: {
  posts: readonly CadrePost[];
  isReserve: boolean;
  startedOn?: string | null;
  endedOn?: string | null;
}): FieldError[] => [...cadreRecordProblems(r.posts, r.isReserve), ...datesProblems(r.startedOn, r.endedOn)];

export { assertMayExportInFull } from '../households/id-numbers-export';
