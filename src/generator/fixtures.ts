import { normalizeIdNumber } from '../contracts/id-number';
import type { persons } from '../server/modules/households/tables';
import { pinyinInitials } from '../server/modules/regions/names';
import type { PiiCipher } from '../server/platform/pii/crypto';
import { type GeneratedPerson, generateHousehold } from './households';
import { IdNumberBook } from './id-numbers';
import { givenName, surnameOf } from './people';
import { profileFor } from './profiles';
import { Rng } from './random';

// People and households for tests, one at a time, as the county generator makes them: names by
// surname frequency, the county's ethnic mix, GB 11643 numbers with plausible birth dates, phones,
// labour capacity and poverty status. The same seed gives the same people, run after run.

export interface FixturePerson extends GeneratedPerson {
  idNumber: string;
}

export interface FixtureHousehold {
  povertyStatus: 'escaped' | 'monitored' | 'general';
  relocated: boolean;
  incomePerCapita: number;
  members: FixturePerson[];
}

const TODAY = new Date(Date.UTC(2026, 0, 1));

const ageOn = (birthDate: string, today: Date) => {
  const [y, m, d] = birthDate.split('-').map(Number);
  const before = today.getUTCMonth() + 1 < m || (today.getUTCMonth() + 1 === m && today.getUTCDate() < d);
  return today.getUTCFullYear() - y - (before ? 1 : 0);
};

export class GeneratedPeople {
  private readonly rng: Rng;
  private readonly ids = new IdNumberBook();

  constructor(
    seed = 2026,
    private readonly today = TODAY,
  ) {
    this.rng = new Rng(seed);
  }

  /** The next household of `countyCode`, every member with an ID number unique in this source. */
  household(countyCode: string): FixtureHousehold {
    const home = generateHousehold(this.rng, profileFor(countyCode), this.today);
    return {
      ...home,
      members: home.members.map((p) => {
        const { idNumber, birthDate } = this.ids.next(countyCode, p.birthDate, p.sex);
        return { ...p, idNumber, birthDate };
      }),
    };
  }

  /** An adult villager of `countyCode` (18 to 69 years old), or one born on `birthDate`. */
  person(countyCode: string, o: { birthDate?: string } = {}): FixturePerson {
    if (o.birthDate) {
      const profile = profileFor(countyCode);
      const ethnic = this.rng.weighted(profile.ethnicities.map((e) => [e, e.share] as const));
      const sex = this.rng.chance(0.5) ? 'male' : 'female';
      const { idNumber, birthDate } = this.ids.next(countyCode, o.birthDate, sex);
      const age = ageOn(birthDate, this.today);
      return {
        relation: 'head',
        name: `${surnameOf(this.rng, ethnic.surnames)}${givenName(this.rng, sex)}`,
        sex,
        birthDate,
        age,
        ethnicity: ethnic.code,
        labour: age >= 16 ? 'ordinary' : 'none',
        leftBehind: null,
        workingAway: false,
        phone: null,
        idNumber,
      };
    }
    for (;;) {
      const adult = this.household(countyCode).members.find((p) => p.age >= 18 && p.age < 70);
      if (adult) return adult;
    }
  }
}

/** The persons row of a generated person: name initials, ID number and phone encrypted and indexed. */
export const personRow = (
  pii: PiiCipher,
  p: Omit<FixturePerson, 'age' | 'workingAway'>,
  o: { id: string; regionCode: string; householdId: string | null },
): typeof persons.$inferInsert => ({
  id: o.id,
  regionCode: o.regionCode,
  householdId: o.householdId,
  relation: p.relation,
  name: p.name,
  initials: pinyinInitials(p.name),
  sex: p.sex,
  birthDate: p.birthDate,
  ethnicity: p.ethnicity,
  idNumberEnc: pii.encrypt(p.idNumber),
  idNumberIdx: pii.blindIndex('id_number', normalizeIdNumber(p.idNumber)),
  idLast4: p.idNumber.slice(-4),
  phoneEnc: p.phone ? pii.encrypt(p.phone) : null,
  phoneIdx: p.phone ? pii.blindIndex('phone', p.phone) : null,
  labour: p.labour,
  leftBehind: p.leftBehind,
});
