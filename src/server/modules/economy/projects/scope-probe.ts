import type { ScopeProbe } from '../../../../testing/scope-probe';

// Records of the projects part on the other side (凌云县), for the generic scope test
// (testing/scope.int.test.ts): a county-level project of 凌云 entered, committed and evaluated by
// its administrator through the API, one milestone and one evaluation of it. The public page's
// regionCode is probed with the other regions by the campaign part.

interface Made {
  projectId: string;
  milestoneId: string;
  evaluationId: string;
}

const TITLE = '探针项目凌云县';
let made: Promise<Made> | null = null;

const world = (w: Parameters<ScopeProbe['foreignValues']>[0]): Promise<Made> => {
  made ??= (async () => {
    const admin = w.foreignAdmins.lingyun;
    const created = await admin.post('/api/economy/projects', {
      regionCode: w.regions.otherCounty,
      year: 2031,
      kind: 'led',
      title: TITLE,
      leaderName: '探针县书记',
      leaderPost: '县委书记',
      commitment: '探针承诺',
    });
    if (created.statusCode !== 201) throw new Error(`probe projectId: ${created.statusCode} ${created.body}`);
    const projectId = created.json().id as string;
    const withMilestone = await admin.post(`/api/economy/projects/${projectId}/milestones`, {
      title: '探针节点',
    });
    if (withMilestone.statusCode !== 201) throw new Error(`probe milestoneId: ${withMilestone.body}`);
    await admin.post(`/api/economy/projects/${projectId}/actions/commit`, {});
    const evaluated = await admin.post(`/api/economy/projects/${projectId}/evaluations`, {
      evaluatorName: '探针考评人',
      score: 90,
      comment: '探针意见',
      evaluatedOn: '2031-06-01',
    });
    if (evaluated.statusCode !== 201) throw new Error(`probe evaluationId: ${evaluated.body}`);
    return {
      projectId,
      milestoneId: withMilestone.json().milestones[0].id,
      evaluationId: evaluated.json().evaluations[0].id,
    };
  })();
  return made;
};

export const projectsScopeProbes: ScopeProbe[] = [
  {
    param: 'projectId',
    foreignValues: async (w) => {
      const m = await world(w);
      return { values: [m.projectId], markers: [m.projectId, TITLE] };
    },
  },
  {
    param: 'milestoneId',
    foreignValues: async (w) => {
      const m = await world(w);
      return { values: [m.milestoneId], markers: [m.milestoneId] };
    },
  },
  {
    param: 'evaluationId',
    foreignValues: async (w) => {
      const m = await world(w);
      return { values: [m.evaluationId], markers: [m.evaluationId] };
    },
  },
];
