import { birthDateForAge, givenName, isoDate, mobileNumber, type Sex, surnameOf } from './people';
import type { CountyProfile } from './profiles';
import type { Rng } from './random';

// One synthetic household in the shape DOMAIN.md §2 describes: a head, a spouse, children,
// sometimes grandparents or grandchildren; labour capacity from age and health; members working
// away leave children, elders or wives behind; poverty status and income per person.

export interface GeneratedPerson {
  relation: 'head' | 'spouse' | 'son' | 'daughter' | 'parent' | 'grandchild' | 'daughter_in_law';
  name: string;
  sex: Sex;
  birthDate: string;
  age: number;
  ethnicity: string;
  labour: 'skilled' | 'ordinary' | 'weak' | 'lost' | 'none';
  leftBehind: 'child' | 'elderly' | 'woman' | null;
  workingAway: boolean;
  phone: string | null;
}

export interface GeneratedHousehold {
  povertyStatus: 'escaped' | 'monitored' | 'general';
  relocated: boolean;
  incomePerCapita: number;
  members: GeneratedPerson[];
}

const labourFor = (rng: Rng, age: number): GeneratedPerson['labour'] => {
  if (age < 16) return 'none';
  if (age >= 70)
    return rng.weighted([
      ['lost', 3],
      ['none', 5],
      ['weak', 2],
    ] as const);
  if (age >= 60)
    return rng.weighted([
      ['weak', 6],
      ['ordinary', 3],
      ['lost', 1],
    ] as const);
  return rng.weighted([
    ['ordinary', 70],
    ['skilled', 22],
    ['weak', 6],
    ['lost', 2],
  ] as const);
};

export const generateHousehold = (rng: Rng, profile: CountyProfile, today: Date): GeneratedHousehold => {
  const ethnic = rng.weighted(profile.ethnicities.map((e) => [e, e.share] as const));
  const surname = surnameOf(rng, ethnic.surnames);
  const size = rng.weighted(profile.householdSizes.map((w, i) => [i + 1, w] as const));
  const headAge = Math.round(rng.normal(size <= 2 ? 60 : 47, 11, 22, 88));
  const headSex: Sex = rng.chance(0.88) ? 'male' : 'female';
  const migrant = rng.chance(profile.migrantShare);
  const people: Omit<GeneratedPerson, 'leftBehind' | 'workingAway' | 'labour' | 'birthDate'>[] = [];
  const add = (relation: GeneratedPerson['relation'], sex: Sex, age: number, ownSurname = true) =>
    people.push({
      relation,
      sex,
      age,
      ethnicity: ethnic.code,
      name: `${ownSurname ? surname : surnameOf(rng, ethnic.surnames)}${givenName(rng, sex)}`,
      phone: null,
    });
  add('head', headSex, headAge);
  if (size >= 2)
    add('spouse', headSex === 'male' ? 'female' : 'male', Math.max(20, headAge + rng.int(-5, 3)), false);
  const elders = size >= 5 && headAge < 55 && rng.chance(0.5) ? 1 : 0;
  for (let i = 0; i < elders; i++)
    add('parent', rng.chance(0.6) ? 'female' : 'male', Math.min(95, headAge + rng.int(22, 32)), true);
  while (people.length < size) {
    const sex: Sex = rng.chance(0.52) ? 'male' : 'female';
    const childAge = headAge - rng.int(20, 34);
    if (childAge >= 0) add(sex === 'male' ? 'son' : 'daughter', sex, childAge);
    else add('grandchild', sex, rng.int(0, Math.max(0, headAge - 40)));
  }
  const members = people.map((p): GeneratedPerson => {
    const labour = labourFor(rng, p.age);
    const workingAway = migrant && p.age >= 18 && p.age < 55 && labour !== 'lost' && rng.chance(0.7);
    return {
      ...p,
      labour,
      workingAway,
      birthDate: isoDate(birthDateForAge(rng, p.age, today)),
      phone: p.age >= 16 && rng.chance(0.85) ? mobileNumber(rng) : null,
      leftBehind: null,
    };
  });
  const adultsAway = members.filter((m) => m.workingAway);
  for (const m of members) {
    if (m.workingAway) continue;
    if (
      m.age < 16 &&
      adultsAway.length >= 1 &&
      members.filter((x) => x.age >= 18 && !x.workingAway && x.age < 60).length === 0
    )
      m.leftBehind = 'child';
    else if (
      m.age >= 60 &&
      members.every((x) => x.age >= 60 || x.age < 16 || x.workingAway) &&
      adultsAway.length > 0
    )
      m.leftBehind = 'elderly';
    else if (m.sex === 'female' && m.relation === 'spouse' && adultsAway.some((x) => x.relation === 'head'))
      m.leftBehind = 'woman';
  }
  const povertyStatus = rng.weighted([
    ['escaped', profile.escapedShare],
    ['monitored', profile.monitoredShare],
    ['general', 1 - profile.escapedShare - profile.monitoredShare],
  ] as const);
  const [mean, sd] = profile.income[povertyStatus];
  return {
    povertyStatus,
    relocated: povertyStatus !== 'general' && rng.chance(profile.relocatedShare * 3),
    incomePerCapita: Math.round(rng.normal(mean, sd, 3_000, 80_000) / 10) * 10,
    members,
  };
};
