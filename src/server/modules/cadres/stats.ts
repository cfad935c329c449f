import type { CadrePost, CadreStats, Ratio } from '../../../contracts/api/cadres';
import { cadreBackground } from '../../../contracts/registry/enums';
import { villageOf } from '../../platform/scope';
import { isOneShoulder, isPartySecretary } from './policy';

// The figures the seeds quote (J: 一肩挑 95 villages = 70.3 %; T: 93 of 172 secretaries are
// wealth-creation experts = 54.06 %; L: 2 reserve cadres per village), computed from records.

export interface CadreFact {
  regionCode: string;
  posts: CadrePost[];
  backgrounds: string[];
  isReserve: boolean;
}

export const ratio = (numerator: number, denominator: number, digits = 4): Ratio => ({
  numerator,
  denominator,
  value: denominator === 0 ? null : Math.round((numerator / denominator) * 10 ** digits) / 10 ** digits,
});

/** Stats over current cadre records; villages = villages with at least one record. */
export const computeCadreStats = (facts: readonly CadreFact[]): CadreStats => {
  const villages = new Set(facts.map((f) => villageOf(f.regionCode)));
  const oneShoulderVillages = new Set(
    facts.filter((f) => isOneShoulder(f.posts)).map((f) => villageOf(f.regionCode)),
  );
  const serving = facts.filter((f) => f.posts.length > 0);
  const secretaries = serving.filter((f) => isPartySecretary(f.posts));
  return {
    villages: villages.size,
    cadres: serving.length,
    oneShoulder: ratio(oneShoulderVillages.size, villages.size),
    byBackground: cadreBackground.values.map((background) => ({
      background,
      count: serving.filter((f) => f.backgrounds.includes(background)).length,
    })),
    secretariesWealthExpert: ratio(
      secretaries.filter((f) => f.backgrounds.includes('wealth_expert')).length,
      secretaries.length,
    ),
    reservePerVillage: ratio(facts.filter((f) => f.isReserve).length, villages.size, 2),
  };
};
