import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Notice } from '../../../../contracts/api/visits-cases';
import { levelOfCode } from '../../../../contracts/region-code';
import type { Ctx } from '../../../platform/context';
import { invalidField, NotFound } from '../../../platform/errors';
import { ancestorAt, underRegion } from '../../../platform/scope';
import { getHousehold } from '../../households/household-profile';
import { regionNames } from '../../regions/region-view';
import { OBJECT_TYPES } from '../defaults';
import { monitoringCases } from '../tables';
import { mayReadNotice } from './policy';

// 民主评议公示 (CATALOGUES.md §7 step 3): the village's cases under democratic appraisal, posted in
// the village only. It shows the head's name, the villager group, the number of members, the
// proposed object type and the notice's dates — never an ID number, phone, bank account, or the
// risk types (因病, 因残 … are health data). The response schema has no field that could carry them.

export const villageNotice = async (ctx: Ctx, villageCode: string): Promise<Notice> => {
  if (levelOfCode(villageCode) !== 'village') throw invalidField('villageCode', '请选择村（社区）');
  if (!mayReadNotice(ctx.actor, villageCode)) throw new NotFound('公示不存在或不在您的管辖范围内');
  // The notice is the whole village's: a villager of one group reads the other groups' entries too.
  const village: Ctx = { ...ctx, actor: { ...ctx.actor, scopeCode: villageCode, scopePrefix: villageCode } };
  const cases = await ctx.db
    .select()
    .from(monitoringCases)
    .where(
      and(
        underRegion(monitoringCases.regionCode, villageCode),
        eq(monitoringCases.state, 'appraisal'),
        isNull(monitoringCases.deletedAt),
      ),
    )
    .orderBy(asc(monitoringCases.noticeFrom), asc(monitoringCases.createdAt));
  const township = ancestorAt(villageCode, 'township');
  const names = await regionNames(ctx.db, [villageCode, township]);
  const entries = [];
  for (const c of cases) {
    const h = await getHousehold(village, c.householdId);
    const type = OBJECT_TYPES.find((o) => o.code === c.objectType);
    entries.push({
      headName: h.headName,
      groupName: levelOfCode(h.regionCode) === 'group' ? h.regionName : null,
      memberCount: h.memberCount,
      objectType: c.objectType,
      objectTypeLabel: type?.name.zh ?? null,
      noticeFrom: c.noticeFrom,
      noticeTo: c.noticeTo,
    });
  }
  return {
    villageCode,
    villageName: names.get(villageCode) ?? villageCode,
    townshipName: names.get(township) ?? null,
    entries,
  };
};
