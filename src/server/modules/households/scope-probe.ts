import type { Session } from '../../../testing/factories';
import type { ScopeProbe, ScopeWorld } from '../../../testing/scope-probe';
import { buildWorkbook, upload, waitForJob } from './excel-test-helpers';
import { makeHousehold, nextIdNumber } from './test-factories';

// Households and persons on the other side: another township of 田东 and a village of 凌云.
const made = new Map<ScopeWorld, Promise<{ households: string[]; persons: string[]; markers: string[] }>>();

const makeOne = async (admin: Session, village: string, name: string) => {
  const household = await makeHousehold(admin, village, { name, phone: '13977776666' });
  const member = await admin.post('/api/persons', {
    householdId: household.id,
    relation: 'spouse',
    name: `${name}妻`,
    idNumber: nextIdNumber(village.slice(0, 6)),
  });
  if (member.statusCode !== 201) throw new Error(`probe person: ${member.body}`);
  return { household, memberId: member.json().id as string };
};

const foreignRecords = (world: ScopeWorld) => {
  if (!made.has(world)) {
    made.set(
      world,
      (async () => {
        const a = await makeOne(world.foreignAdmins.tiandong, world.regions.otherVillage.code, '外乡探针户');
        const b = await makeOne(
          world.foreignAdmins.lingyun,
          world.regions.otherCountyVillage.code,
          '外县探针户',
        );
        return {
          households: [a.household.id, b.household.id],
          persons: [a.household.headPersonId, a.memberId, b.household.headPersonId, b.memberId],
          markers: [
            a.household.id,
            b.household.id,
            a.memberId,
            b.memberId,
            a.household.householdNo,
            b.household.householdNo,
            '外乡探针户',
            '外县探针户',
          ],
        };
      })(),
    );
  }
  return made.get(world)!;
};

/** An import job on the other side that was rejected, so it also has an error file. */
const foreignJob = async (world: ScopeWorld, admin: Session, village: string) => {
  const file = await buildWorkbook([
    ['P1', village, null, null, null, null, null, null, '外探', '户主', '123', null, null, null, null],
  ]);
  const res = await upload(world.app, admin, file, '外区导入.xlsx');
  if (res.statusCode !== 202) throw new Error(`probe job: ${res.body}`);
  const job = await waitForJob(admin, res.json().id);
  return job.id as string;
};

export const scopeProbes: ScopeProbe[] = [
  {
    param: 'jobId',
    foreignValues: async (world) => {
      const values = [
        await foreignJob(world, world.foreignAdmins.tiandong, world.regions.otherVillage.code),
        await foreignJob(world, world.foreignAdmins.lingyun, world.regions.otherCountyVillage.code),
      ];
      return { values, markers: [...values, '外区导入'] };
    },
  },
  {
    param: 'householdId',
    foreignValues: async (world) => {
      const r = await foreignRecords(world);
      return { values: r.households, markers: r.markers };
    },
  },
  {
    param: 'personId',
    foreignValues: async (world) => {
      const r = await foreignRecords(world);
      return { values: r.persons, markers: [] };
    },
  },
];
