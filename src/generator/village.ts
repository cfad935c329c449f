import { personFieldsSchema } from '../contracts/api/households';
import { normalizeIdNumber } from '../contracts/id-number';
import type { cadres, workTeamMembers, workTeams } from '../server/modules/cadres/tables';
import { bigGridCode, childGridCode } from '../server/modules/grids/grid-code';
import type { grids, gridWorkers } from '../server/modules/grids/tables';
import type { households, persons } from '../server/modules/households/tables';
import type { memberContacts, partyMembers } from '../server/modules/members/tables';
import type { partyOrgs } from '../server/modules/org/tables';
import { pinyinInitials } from '../server/modules/regions/names';
import type { talents } from '../server/modules/talents/tables';
import type { PiiCipher } from '../server/platform/pii/crypto';
import { generateHousehold } from './households';
import type { IdNumberBook } from './id-numbers';
import { givenName, isoDate, mobileNumber, surnameOf } from './people';
import type { CountyProfile } from './profiles';
import type { Rng } from './random';

// Everything the registries hold about one village, generated in the shape the source documents
// describe: households and people; the village branch under the township's party committee, with
// a party group per hamlet; members (~6 % of adults); the two committees, reserve cadres; a
// stationed team in poorer villages; big → middle → small grids with ~10 households per small
// grid, a worker per middle grid; a few talents. Rows are in the tables' insert shapes.

export interface VillageRows {
  households: (typeof households.$inferInsert)[];
  persons: (typeof persons.$inferInsert)[];
  orgs: (typeof partyOrgs.$inferInsert)[];
  members: (typeof partyMembers.$inferInsert)[];
  /** 党员联系农户: each member contacts a few other households of the village. */
  contacts: (typeof memberContacts.$inferInsert)[];
  cadres: (typeof cadres.$inferInsert)[];
  workTeams: (typeof workTeams.$inferInsert)[];
  teamMembers: (typeof workTeamMembers.$inferInsert)[];
  grids: (typeof grids.$inferInsert)[];
  gridWorkers: (typeof gridWorkers.$inferInsert)[];
  talents: (typeof talents.$inferInsert)[];
}

export interface VillageInput {
  code: string;
  name: string;
  townshipOrgId: string;
  households: number;
  /** Shares the county's seed figures ask for (tiandong-2020): see profiles.ts. */
  secretaryWealthExpert: number;
  oneShoulder: number;
  teamMembers: number;
  /** Chance per other cadre of each background. */
  backgrounds: { wealthExpert: number; returnedMigrant: number; returnedGraduate: number; veteran: number };
}

const TALENT_CATEGORIES = ['planting', 'breeding', 'processing', 'heritage', 'ecommerce', 'craft'] as const;
const POSTS = ['政策宣传岗', '环境卫生监督岗', '矛盾纠纷调解岗', '产业发展带富岗', '关爱帮扶岗'];
const COMMITMENTS = [
  '带头发展芒果产业',
  '每月走访联系户',
  '义务清理村道垃圾',
  '帮助留守老人代购',
  '调解邻里纠纷',
];

/** Names repeat (surnames × a few hundred given names): each one's pinyin is worked out once. */
const initials = new Map<string, string>();
const initialsOf = (name: string): string => {
  let found = initials.get(name);
  if (found === undefined) {
    found = pinyinInitials(name);
    initials.set(name, found);
  }
  return found;
};

const SMALL_GRID = 10;
const MIDDLE_GRID = 60;

export const generateVillage = (
  rng: Rng,
  profile: CountyProfile,
  v: VillageInput,
  pii: PiiCipher,
  ids: IdNumberBook,
  today: Date,
): VillageRows => {
  const rows: VillageRows = {
    households: [],
    persons: [],
    orgs: [],
    members: [],
    contacts: [],
    cadres: [],
    workTeams: [],
    teamMembers: [],
    grids: [],
    gridWorkers: [],
    talents: [],
  };
  const year = today.getUTCFullYear();
  const dateIn = (from: number, to: number) =>
    isoDate(new Date(Date.UTC(rng.int(Math.min(from, to), to), rng.int(0, 11), rng.int(1, 28))));

  // 党组织: the village branch, one party group per hamlet (middle grid).
  const branchId = rng.uuid();
  rows.orgs.push({
    id: branchId,
    regionCode: v.code,
    parentId: v.townshipOrgId,
    name: `中共${v.name}支部委员会`,
    level: 'branch',
    kind: 'village',
    establishedOn: dateIn(1950, 2000),
    sortOrder: 0,
  });

  // 网格: the big grid, hamlets of ~60 households, 十联户 of ~10.
  const bigId = rng.uuid();
  rows.grids.push({
    id: bigId,
    regionCode: v.code,
    tier: 'big',
    code: bigGridCode(v.code),
    name: `${v.name}网格`,
    partyOrgId: branchId,
  });
  const hamlets = Math.max(1, Math.min(99, Math.round(v.households / MIDDLE_GRID)));
  const smallOf: string[] = [];
  let h = 0;
  for (let m = 1; m <= hamlets; m++) {
    const middleId = rng.uuid();
    const middleCode = childGridCode(bigGridCode(v.code), 'middle', m);
    const groupId = rng.uuid();
    rows.orgs.push({
      id: groupId,
      regionCode: v.code,
      parentId: branchId,
      name: `第${m}党小组`,
      level: 'group',
      kind: 'village',
      sortOrder: m,
    });
    rows.grids.push({
      id: middleId,
      regionCode: v.code,
      parentId: bigId,
      tier: 'middle',
      code: middleCode,
      name: `第${m}寨管委`,
      partyOrgId: groupId,
    });
    const phone = mobileNumber(rng);
    rows.gridWorkers.push({
      id: rng.uuid(),
      regionCode: v.code,
      gridId: middleId,
      name: `${surnameOf(rng, profile.ethnicities[0].surnames)}${givenName(rng, 'male')}`,
      phoneEnc: pii.encrypt(phone),
      phoneIdx: pii.blindIndex('phone', phone),
    });
    const inHamlet = m === hamlets ? v.households - h : Math.round(v.households / hamlets);
    const smalls = Math.min(99, Math.max(1, Math.round(inHamlet / SMALL_GRID)));
    for (let s = 1; s <= smalls; s++) {
      const smallId = rng.uuid();
      rows.grids.push({
        id: smallId,
        regionCode: v.code,
        parentId: middleId,
        tier: 'small',
        code: childGridCode(middleCode, 'small', s),
        name: `第${m}寨${s}组十联户`,
      });
      const take =
        s === smalls
          ? inHamlet - (smalls - 1) * Math.round(inHamlet / smalls)
          : Math.round(inHamlet / smalls);
      for (let k = 0; k < take; k++) smallOf.push(smallId);
    }
    h += inHamlet;
  }

  // 农户 and 人员, each person checked against the contract's rules before it is written.
  const adults: { id: string; name: string; age: number }[] = [];
  for (let n = 0; n < v.households; n++) {
    const home = generateHousehold(rng, profile, today);
    const householdId = rng.uuid();
    let headId = '';
    for (const p of home.members) {
      const id = rng.uuid();
      if (p.relation === 'head') headId = id;
      const { idNumber, birthDate } = ids.next(profile.countyCode, p.birthDate, p.sex);
      personFieldsSchema.parse({
        relation: p.relation,
        name: p.name,
        idNumber,
        ethnicity: p.ethnicity,
        phone: p.phone,
        labour: p.labour,
        leftBehind: p.leftBehind,
      });
      rows.persons.push({
        id,
        regionCode: v.code,
        householdId,
        relation: p.relation,
        name: p.name,
        initials: initialsOf(p.name),
        sex: p.sex,
        birthDate,
        ethnicity: p.ethnicity,
        idNumberEnc: pii.encrypt(idNumber),
        idNumberIdx: pii.blindIndex('id_number', normalizeIdNumber(idNumber)),
        idLast4: idNumber.slice(-4),
        phoneEnc: p.phone ? pii.encrypt(p.phone) : null,
        phoneIdx: p.phone ? pii.blindIndex('phone', p.phone) : null,
        labour: p.labour,
        leftBehind: p.leftBehind,
      });
      if (p.age >= 18 && p.age < 80) adults.push({ id, name: p.name, age: p.age });
    }
    rows.households.push({
      id: householdId,
      regionCode: v.code,
      householdNo: `${v.code.slice(6)}${String(n + 1).padStart(4, '0')}`,
      headPersonId: headId,
      address: `${v.name}${rng.int(1, 12)}组${rng.int(1, 99)}号`,
      gridId: smallOf[n] ?? null,
      povertyStatus: home.povertyStatus,
      relocated: home.relocated,
      relocationSite: home.relocated ? '县城易地扶贫搬迁安置点' : null,
      incomePerCapita: home.incomePerCapita,
    });
  }

  // 党员: ~6 % of adults, most of them full members.
  const taken = new Set<string>();
  const pick = () => {
    for (let tries = 0; tries < 50; tries++) {
      const a = rng.pick(adults);
      if (a && !taken.has(a.id)) {
        taken.add(a.id);
        return a;
      }
    }
    return undefined;
  };
  const memberCount = Math.round(adults.length * rng.normal(0.06, 0.01, 0.04, 0.08));
  for (let i = 0; i < memberCount; i++) {
    const a = pick();
    if (!a) break;
    const probationary = rng.chance(0.04);
    const joined = probationary
      ? dateIn(year - 1, year - 1)
      : dateIn(Math.max(1960, year - a.age + 22), year - 2);
    const post = rng.chance(0.6);
    rows.members.push({
      id: rng.uuid(),
      regionCode: v.code,
      personId: a.id,
      orgId: branchId,
      status: probationary ? 'probationary' : 'full',
      joinedOn: joined,
      fullOn: probationary ? null : `${Number(joined.slice(0, 4)) + 1}${joined.slice(4)}`,
      post: post ? rng.pick(POSTS) : null,
      commitment: post ? rng.pick(COMMITMENTS) : null,
      commitmentStatus: post ? rng.pick(['made', 'in_progress', 'kept'] as const) : null,
      plaque: rng.chance(0.7),
    });
  }

  // 村两委: secretary, director (the same person where one-shoulder), deputies and members; 2 reserves.
  const backgroundsFor = (secretary: boolean) => {
    const out: string[] = [];
    const b = v.backgrounds;
    if (rng.chance(secretary ? v.secretaryWealthExpert : b.wealthExpert)) out.push('wealth_expert');
    if (rng.chance(b.returnedMigrant)) out.push('returned_migrant');
    if (rng.chance(b.returnedGraduate)) out.push('returned_graduate');
    if (rng.chance(b.veteran)) out.push('veteran');
    return out;
  };
  const cadre = (posts: { body: string; post: string }[], secretary = false, reserve = false) => {
    const a = pick();
    if (!a) return;
    rows.cadres.push({
      id: rng.uuid(),
      regionCode: v.code,
      personId: a.id,
      posts,
      backgrounds: backgroundsFor(secretary),
      isReserve: reserve,
      startedOn: reserve ? null : dateIn(year - 5, year - 1),
    });
  };
  const oneShoulder = rng.chance(v.oneShoulder);
  cadre(
    oneShoulder
      ? [
          { body: 'party', post: 'secretary' },
          { body: 'committee', post: 'director' },
        ]
      : [{ body: 'party', post: 'secretary' }],
    true,
  );
  if (!oneShoulder) cadre([{ body: 'committee', post: 'director' }]);
  cadre([{ body: 'party', post: 'deputy_secretary' }]);
  for (let i = 0; i < rng.int(2, 4); i++)
    cadre([{ body: rng.pick(['party', 'committee'] as const), post: 'member' }]);
  cadre([{ body: 'supervision', post: 'director' }]);
  for (let i = 0; i < 2; i++) cadre([], false, true);

  // 驻村工作队.
  if (v.teamMembers > 0) {
    const level = rng.weighted([
      ['province', 1],
      ['city', 2],
      ['county', 5],
      ['township', 2],
    ] as const);
    const unit = {
      province: '自治区直属单位',
      city: '百色市直属单位',
      county: '县直单位',
      township: '乡镇机关',
    }[level];
    const teamId = rng.uuid();
    const started = dateIn(year - 2, year - 1);
    rows.workTeams.push({
      id: teamId,
      regionCode: v.code,
      name: `${unit}驻${v.name}工作队`,
      sendingUnit: unit,
      sendingLevel: level,
      startedOn: started,
    });
    for (let i = 0; i < v.teamMembers; i++) {
      const phone = mobileNumber(rng);
      rows.teamMembers.push({
        id: rng.uuid(),
        regionCode: v.code,
        teamId,
        name: `${surnameOf(rng, 'han')}${givenName(rng, rng.chance(0.7) ? 'male' : 'female')}`,
        phoneEnc: pii.encrypt(phone),
        phoneIdx: pii.blindIndex('phone', phone),
        role: i === 0 ? 'first_secretary' : i === 1 ? 'leader' : 'member',
        sendingUnit: unit,
        sendingLevel: level,
        startedOn: started,
      });
    }
  }

  // 人才: a few per village at different review steps.
  for (let i = 0; i < rng.int(2, 5); i++) {
    const a = pick();
    if (!a) break;
    rows.talents.push({
      id: rng.uuid(),
      regionCode: v.code,
      personId: a.id,
      name: a.name,
      category: rng.pick(TALENT_CATEGORIES),
      tags: rng.chance(0.5) ? [rng.pick(['土专家', '田秀才', '乡创客'] as const)] : [],
      skills: null,
      status: rng.pick(['draft', 'surveyed', 'township_reviewed', 'county_filed'] as const),
    });
  }
  // 党员联系农户: each member contacts 3–6 other households of the village (drawn last, so the
  // rows above stay as they were for a given seed).
  const homeOf = new Map(rows.persons.map((p) => [p.id, p.householdId]));
  for (const m of rows.members) {
    const own = homeOf.get(m.personId);
    const chosen = new Set<string>();
    const want = Math.min(rng.int(3, 6), rows.households.length - 1);
    for (let tries = 0; chosen.size < want && tries < want * 5; tries++) {
      const h = rng.pick(rows.households);
      if (h?.id && h.id !== own) chosen.add(h.id);
    }
    for (const householdId of chosen)
      rows.contacts.push({
        id: rng.uuid(),
        regionCode: v.code,
        memberId: m.id as string,
        householdId,
        since: m.fullOn ?? m.joinedOn,
      });
  }
  return rows;
};
