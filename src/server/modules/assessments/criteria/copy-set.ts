import { newId } from '../../../platform/auth/session';
import { type Ctx, inTransaction } from '../../../platform/context';
import { setIndicators } from '../set-rule';
import { criteriaIndicators, criteriaSets } from '../tables';
import { auditSet } from './audit-set';
import { defaultSetName, nextVersion } from './create-set';
import { getSetForEdit, lockCountySets } from './set-access';
import { setDetail } from './set-view';

// 复制为新版本: a draft of the same county for the year asked (its next version), with the same
// thresholds, rules and indicators (new ids, the same codes, so what-if matches scores by code).

export const copySet = (ctx: Ctx, setId: string, body: { year: number; name?: string }) =>
  inTransaction(ctx, async (tx) => {
    const source = await getSetForEdit(tx, setId);
    await lockCountySets(tx, source.regionCode);
    const version = await nextVersion(tx, source.regionCode, body.year);
    const [copy] = await tx.db
      .insert(criteriaSets)
      .values({
        id: newId(),
        regionCode: source.regionCode,
        year: body.year,
        version,
        name: body.name ?? (body.year === source.year ? source.name : defaultSetName(body.year)),
        status: 'draft',
        thresholds: source.thresholds,
        rules: source.rules,
        basedOnId: source.id,
      })
      .returning();
    const indicators = await setIndicators(tx.db, source.id);
    if (indicators.length)
      await tx.db
        .insert(criteriaIndicators)
        .values(indicators.map((i) => ({ ...i, id: newId(), setId: copy.id })));
    await auditSet(tx, 'copy', copy, {
      from: { id: source.id, year: source.year, version: source.version },
      after: { year: copy.year, version: copy.version, name: copy.name, indicators: indicators.length },
    });
    return setDetail(tx.db, copy);
  });
