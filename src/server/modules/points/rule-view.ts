import type { RuleView } from '../../../contracts/api/points';
import { levelOfCode } from '../../../contracts/region-code';
import type { pointsRules } from './tables';

export type RuleRow = typeof pointsRules.$inferSelect;

const levelOf = (regionCode: string): RuleView['level'] => {
  const level = levelOfCode(regionCode);
  return level === 'township' ? 'township' : level === 'village' ? 'village' : 'county';
};

export const ruleView = (r: RuleRow): RuleView => ({
  id: r.id,
  ruleKey: r.ruleKey,
  version: r.version,
  regionCode: r.regionCode,
  level: levelOf(r.regionCode),
  system: r.system,
  code: r.code,
  name: r.name,
  points: r.points,
  maxPoints: r.maxPoints,
  evidenceRequired: r.evidenceRequired,
  proposerRoles: r.proposerRoles,
  approverRoles: r.approverRoles,
  cap: r.cap,
  capPeriod: r.capPeriod,
  freezeMonths: r.freezeMonths,
  note: r.note,
  active: r.active,
  createdAt: r.createdAt.toISOString(),
  supersededAt: r.supersededAt?.toISOString() ?? null,
});
