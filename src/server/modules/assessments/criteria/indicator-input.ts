import { and, eq, ne } from 'drizzle-orm';
import type { IndicatorBody } from '../../../../contracts/api/assess-criteria';
import type { Ctx } from '../../../platform/context';
import { invalidField } from '../../../platform/errors';
import { AREA_NAMES } from '../defaults';
import { criteriaIndicators } from '../tables';
import { figureKeys } from './installed-figures';
import { indicatorErrors, normalIndicatorCode, throwIfAny } from './policy';

// An indicator as written by the county, checked and turned into row values (add and edit share it).

export const indicatorValues = (body: IndicatorBody) => {
  const code = normalIndicatorCode(body.code);
  const area = body.area.trim().toUpperCase();
  const values = {
    code,
    area,
    areaName: body.areaName?.trim() || AREA_NAMES[area] || '',
    name: body.name,
    description: body.description?.trim() || null,
    method: body.method,
    maxPoints: body.maxPoints,
    tiers: body.method === 'tiers' ? (body.tiers ?? []) : null,
    evidence: body.evidence?.trim() || null,
    evidenceRequired: body.evidenceRequired,
    source: body.source ?? null,
  };
  throwIfAny(indicatorErrors({ ...values, tiers: body.tiers }, figureKeys(), '', area in AREA_NAMES));
  return values;
};

/** Refuses a code another indicator of the set already has. */
export const assertIndicatorCodeFree = async (tx: Ctx, setId: string, code: string, exceptId?: string) => {
  const [taken] = await tx.db
    .select({ name: criteriaIndicators.name })
    .from(criteriaIndicators)
    .where(
      and(
        eq(criteriaIndicators.setId, setId),
        eq(criteriaIndicators.code, code),
        exceptId ? ne(criteriaIndicators.id, exceptId) : undefined,
      ),
    );
  if (taken) throw invalidField('code', `编码 ${code} 已被指标「${taken.name}」使用`);
};
