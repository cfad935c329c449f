import { buildSheet, uploadTo } from '../../../../testing/excel';
import type { ScopeProbe, ScopeWorld } from '../../../../testing/scope-probe';
import { householdBody } from '../../households/test-factories';

// Records of the clues part on the other side, for the generic scope test
// (testing/scope.int.test.ts): a household of the other township (田东) with a screening signal and
// a department record, written by that county's admin; their texts must never reach a prober.

let made: Promise<{ signalIds: string[]; markers: string[] }> | undefined;

const foreignClues = (w: ScopeWorld) => {
  made ??= (async () => {
    const admin = w.foreignAdmins.tiandong;
    const body = householdBody(w.regions.otherVillage.code);
    const home = await admin.post('/api/households', body);
    if (home.statusCode !== 201) throw new Error(`probe clues household: ${home.body}`);
    const householdId = (home.json() as { id: string }).id;
    const signal = await admin.post('/api/monitoring/signals', {
      householdId,
      riskType: 'disaster',
      description: '外区线索甲',
    });
    if (signal.statusCode !== 201) throw new Error(`probe clues signal: ${signal.body}`);
    const file = await buildSheet(
      '部门筛查数据',
      ['身份证号', '姓名', '部门', '类别', '金额（元）', '发生日期', '说明'],
      [[body.head.idNumber, body.head.name, '应急', '受灾', 5000, '2026-01-02', '外区部门数据乙']],
    );
    const upload = await uploadTo(w.app, admin, '/api/monitoring/department-import', file);
    if (upload.statusCode !== 202) throw new Error(`probe clues import: ${upload.body}`);
    const jobId = (upload.json() as { id: string }).id;
    for (;;) {
      const job = (await admin.get(`/api/monitoring/department-import/${jobId}`)).json() as {
        status: string;
      };
      if (job.status === 'done') break;
      if (job.status !== 'validating' && job.status !== 'importing')
        throw new Error(`probe clues import: ${JSON.stringify(job)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    const signalId = (signal.json() as { id: string }).id;
    return { signalIds: [signalId], markers: [signalId, '外区线索甲', '外区部门数据乙'] };
  })();
  return made;
};

export const cluesScopeProbes: ScopeProbe[] = [
  {
    param: 'signalId',
    foreignValues: async (w) => {
      const r = await foreignClues(w);
      return { values: r.signalIds, markers: r.markers };
    },
  },
];
