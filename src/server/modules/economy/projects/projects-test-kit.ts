import type { Session } from '../../../../testing/factories';
import { insertPerson } from '../../../../testing/people';
import { h } from '../economy-test-kit';

// What the projects medium tests share: cadres of a village (through the cadres API, as the
// county enters them) and a project body of each level.

export const YEAR = 2030;

export const cadreIn = async (county: Session, village: string, posts: { body: string; post: string }[]) => {
  const person = await insertPerson(h.services, { regionCode: village });
  const res = await county.post('/api/cadres', { personId: person.id, posts });
  if (res.statusCode !== 201) throw new Error(res.body);
  return { id: res.json().id as string, name: res.json().name as string, personId: person.id };
};

export const SECRETARY = [
  { body: 'party', post: 'secretary' },
  { body: 'committee', post: 'director' },
];
export const MEMBER = [{ body: 'committee', post: 'member' }];

export const villageProject = (
  regionCode: string,
  leaderCadreId: string,
  o: Record<string, unknown> = {},
) => ({
  regionCode,
  year: YEAR,
  kind: 'led',
  title: '百香果种植基地',
  leaderCadreId,
  commitment: '年内建成百香果基地 100 亩，村集体增收 5 万元',
  industry: '百香果',
  budgetFen: 30_000_000,
  dueOn: `${YEAR}-11-30`,
  ...o,
});

export const namedProject = (regionCode: string, o: Record<string, unknown> = {}) => ({
  regionCode,
  year: YEAR,
  kind: 'led',
  title: '乡镇电商服务中心',
  leaderName: '黄书记',
  leaderPost: '乡镇党委书记',
  commitment: '建成电商服务中心，带动各村农产品销售',
  ...o,
});

export const act = (s: Session, id: string, action: string, body: Record<string, unknown> = {}) =>
  s.post(`/api/economy/projects/${id}/actions/${action}`, body);

export const evaluation = (score: number, name = '考评人') => ({
  evaluatorName: name,
  evaluatorUnit: '县委组织部',
  score,
  comment: '基地已建成，群众满意',
  evaluatedOn: `${YEAR}-10-15`,
});
