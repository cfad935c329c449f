import { insertHousehold, insertPerson } from '../../../testing/people';
import type { ScopeProbe, ScopeWorld } from '../../../testing/scope-probe';
import { foreignBranch } from '../org/scope-probe';

let n = 0;

interface ForeignSide {
  memberIds: string[];
  contactIds: string[];
  recordIds: string[];
  markers: string[];
}

const check = (res: { statusCode: number; body: string }, what: string, status = 201) => {
  if (res.statusCode !== status) throw new Error(`probe ${what}: ${res.body}`);
  return JSON.parse(res.body);
};

// One member (with a contacted household) and one development record on each foreign side.
const build = async (w: ScopeWorld): Promise<ForeignSide> => {
  const out: ForeignSide = { memberIds: [], contactIds: [], recordIds: [], markers: [] };
  const sides = [
    [w.foreignAdmins.tiandong, w.regions.otherVillage.code] as const,
    [w.foreignAdmins.lingyun, w.regions.otherCountyVillage.code] as const,
  ];
  for (const [admin, regionCode] of sides) {
    n++;
    const org = await foreignBranch(admin, regionCode);
    const household = await insertHousehold(w.services, { regionCode });
    const person = await insertPerson(w.services, {
      regionCode,
      name: `外区党员${n}`,
      householdId: household.id,
    });
    const applicant = await insertPerson(w.services, { regionCode, name: `外区申请人${n}` });
    const member = check(
      await admin.post('/api/members', {
        personId: person.id,
        orgId: org.id,
        status: 'full',
        joinedOn: '2010-07-01',
        fullOn: '2011-07-01',
      }),
      'member',
    );
    const detail = check(
      await admin.post(`/api/members/${member.id}/contacts`, { householdId: household.id }),
      'contact',
      200,
    );
    const record = check(
      await admin.post('/api/development/records', {
        personId: applicant.id,
        orgId: org.id,
        reachedOn: '2025-03-01',
        responsible: '外区负责人',
        items: { 递交入党申请书: true, 党组织派人谈话: true },
      }),
      'record',
    );
    out.memberIds.push(member.id);
    out.contactIds.push(detail.contacts[0].id);
    out.recordIds.push(record.id);
    out.markers.push(member.id, record.id, person.name, applicant.name, household.householdNo);
  }
  return out;
};

let side: Promise<ForeignSide> | null = null;
const foreignSide = (w: ScopeWorld) => {
  side ??= build(w);
  return side;
};

export const scopeProbes: ScopeProbe[] = [
  {
    param: 'memberId',
    foreignValues: async (w) => {
      const s = await foreignSide(w);
      return { values: s.memberIds, markers: s.markers };
    },
  },
  {
    param: 'contactId',
    foreignValues: async (w) => ({ values: (await foreignSide(w)).contactIds, markers: [] }),
  },
  {
    param: 'recordId',
    foreignValues: async (w) => ({ values: (await foreignSide(w)).recordIds, markers: [] }),
  },
];
