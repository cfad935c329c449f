import { villagesUnder } from '../../../../testing/factories';
import type { ScopeProbe, ScopeWorld } from '../../../../testing/scope-probe';

// Records of the contacts part on the other side (凌云县), for the generic scope test
// (testing/scope.int.test.ts): a county leader's contact with a logged contact, a stationed
// cadre's step and a secretaries' field tour, all made by 凌云's county admin.

const made = async (label: string, res: Promise<{ statusCode: number; body: string }>, status = 201) => {
  const r = await res;
  if (r.statusCode !== status) throw new Error(`probe ${label}: ${r.statusCode} ${r.body}`);
  return JSON.parse(r.body) as { id: string };
};

let world: Promise<{ contactId: string; logId: string; tenStepId: string; tourId: string }> | null = null;
const lingyunContacts = (w: ScopeWorld) => {
  world ??= (async () => {
    const admin = w.foreignAdmins.lingyun;
    const [village] = await villagesUnder(w.services.database.db, w.regions.otherCounty);
    const contact = await made(
      'contact',
      admin.post('/api/contacts/leader-contacts', {
        leaderName: '探针领导凌云',
        kind: 'village',
        targetName: '探针联系村凌云',
        targetRegionCode: village.code,
      }),
    );
    const log = await made(
      'log',
      admin.post(`/api/contacts/leader-contacts/${contact.id}/logs`, {
        action: 'visit',
        happenedOn: '2024-05-01',
        note: '探针联系记录凌云',
      }),
    );
    const step = await made(
      'ten step',
      admin.post('/api/contacts/ten-steps', {
        regionCode: village.code,
        cadreName: '探针驻村干部凌云',
        step: 'S01',
        doneOn: '2024-05-01',
      }),
      200,
    );
    const tour = await made(
      'tour',
      admin.post('/api/contacts/tours', {
        year: 2024,
        quarter: 2,
        theme: '探针拉练凌云',
        heldOn: '2024-05-01',
        places: [{ regionCode: village.code, name: '探针拉练地点凌云' }],
      }),
    );
    return { contactId: contact.id, logId: log.id, tenStepId: step.id, tourId: tour.id };
  })();
  return world;
};

const probe = (param: 'contactId' | 'logId' | 'tenStepId' | 'tourId', marker: string): ScopeProbe => ({
  param,
  foreignValues: async (w) => {
    const ids = await lingyunContacts(w);
    return { values: [ids[param]], markers: [ids[param], marker] };
  },
});

export const contactsScopeProbes: ScopeProbe[] = [
  probe('contactId', '探针领导凌云'),
  probe('logId', '探针联系记录凌云'),
  probe('tenStepId', '探针驻村干部凌云'),
  probe('tourId', '探针拉练凌云'),
];
