import { and, eq } from 'drizzle-orm';
import type { Role } from '../../../contracts/roles';
import type { AuditWho } from '../../platform/audit/write';
import { writeAudit } from '../../platform/audit/write';
import { newId } from '../../platform/auth/session';
import type { Db } from '../../platform/db/types';
import { countyCodeOf, underRegion } from '../../platform/scope';
import { importedCounties } from '../regions/region-view';
import { type PointsSystem, pointsRules } from './tables';

// The default county catalogue (CATALOGUES.md §3 and §4), written once per county when its
// regions are imported. Every rule is an editable default: a county, township or village changes
// it through the rules page, and a change makes a new version.

interface DefaultRule {
  code: string;
  name: string;
  points: number;
  maxPoints?: number;
  evidence?: boolean;
  cap?: [number, 'month' | 'quarter' | 'year'];
  freeze?: number;
  note?: string;
}

const SELF_OR_SECRETARY: Role[] = ['party_member', 'village'];
const SECRETARY: Role[] = ['village'];
const VILLAGE_STAFF: Role[] = ['grid_worker', 'village', 'stationed_cadre'];

const MEMBER_RULES: DefaultRule[] = [
  { code: 'P01', name: '无故缺席三会一课', points: -5 },
  { code: 'P02', name: '缺席主题党日', points: -3 },
  { code: 'P03', name: '迟到早退', points: -1, note: '原文 −0.5 分，取整为 −1' },
  { code: 'P04', name: '党费未按时足额缴纳（每月）', points: -1 },
  { code: 'P05', name: '不服从组织安排', points: -2 },
  { code: 'P06', name: '违反村规民约、参与赌博迷信或滥办酒席', points: -5, evidence: true },
  { code: 'P07', name: '违法违纪受处分', points: -100, note: '当年积分清零' },
  { code: 'P08', name: '参加志愿服务', points: 1, evidence: true, cap: [12, 'year'] },
  { code: 'P09', name: '爱心捐助', points: 1, evidence: true, cap: [6, 'year'] },
  { code: 'P10', name: '走访联系农户', points: 1, cap: [12, 'year'] },
  { code: 'P11', name: '承诺践诺', points: 5, cap: [5, 'year'] },
  { code: 'P12', name: '设岗定责履职', points: 5, cap: [5, 'year'] },
  { code: 'P13', name: '好人好事、获评道德模范', points: 5, evidence: true },
  { code: 'P14', name: '完成急难险重任务', points: 5, maxPoints: 10, evidence: true },
  { code: 'P15', name: '受乡镇及以上表彰', points: 5, evidence: true },
];

const CIVIL_RULES: DefaultRule[] = [
  { code: 'C01', name: '庭院卫生月评（优 5、良 3、合格 1）', points: 1, maxPoints: 5, cap: [5, 'month'] },
  { code: 'C02', name: '屋内外整洁（每项）', points: 2, evidence: true },
  { code: 'C03', name: '按时参加村民会议或学习', points: 1 },
  { code: 'C04', name: '义务劳动（每半天）', points: 2 },
  { code: 'C05', name: '调解纠纷、邻里互助', points: 2 },
  { code: 'C06', name: '建言献策被采纳', points: 2 },
  { code: 'C07', name: '红白喜事简办', points: 10, evidence: true },
  { code: 'C08', name: '孝老爱亲、好人好事', points: 5, evidence: true },
  { code: 'C09', name: '获评文明户等荣誉', points: 10, evidence: true },
  { code: 'D01', name: '乱倒乱堆乱搭（每类）', points: -1, evidence: true },
  { code: 'D02', name: '开会迟到早退', points: -1 },
  { code: 'D03', name: '违规滥办酒席', points: -20, evidence: true, freeze: 3, note: '并暂停兑换 3 个月' },
  { code: 'D04', name: '赌博、封建迷信', points: -10 },
  { code: 'D05', name: '打架斗殴、家庭暴力', points: -10 },
  { code: 'D06', name: '违章建房、露天焚烧', points: -10, evidence: true },
  { code: 'D07', name: '拒交卫生费、拒不出义务工', points: -5 },
  { code: 'D08', name: '违法犯罪', points: -50, freeze: 12, note: '暂停兑换 12 个月' },
];

const rowsOf = (system: PointsSystem, countyRegion: string, rules: DefaultRule[]) =>
  rules.map((r) => ({
    id: newId(),
    regionCode: countyRegion,
    ruleKey: newId(),
    version: 1,
    system,
    code: r.code,
    name: r.name,
    points: r.points,
    maxPoints: r.maxPoints ?? null,
    evidenceRequired: r.evidence ?? false,
    proposerRoles: system === 'member' ? (r.points > 0 ? SELF_OR_SECRETARY : SECRETARY) : VILLAGE_STAFF,
    approverRoles: SECRETARY,
    cap: r.cap?.[0] ?? null,
    capPeriod: r.cap?.[1] ?? null,
    freezeMonths: r.freeze ?? null,
    note: r.note ?? null,
  }));

/** Writes the default catalogue for a county that has no rules yet; returns how many were written. */
export const seedPointsCatalogue = async (tx: Db, who: AuditWho, countyCode: string): Promise<number> => {
  const countyRegion = countyCodeOf(countyCode);
  const [any] = await tx
    .select({ id: pointsRules.id })
    .from(pointsRules)
    .where(and(underRegion(pointsRules.regionCode, countyRegion), eq(pointsRules.version, 1)))
    .limit(1);
  if (any) return 0;
  const rows = [
    ...rowsOf('member', countyRegion, MEMBER_RULES),
    ...rowsOf('civil', countyRegion, CIVIL_RULES),
  ];
  await tx.insert(pointsRules).values(rows);
  await writeAudit(tx, who, {
    action: 'points.catalogue.seed',
    entity: 'points_rule',
    regionCode: countyRegion,
    diff: { rules: rows.map((r) => `${r.code} ${r.name} ${r.points > 0 ? '+' : ''}${r.points}`) },
  });
  return rows.length;
};

/** At start-up: the default catalogue for every imported county that has none (databases from before points). */
export const seedMissingCatalogues = async (db: Db): Promise<number> => {
  let written = 0;
  for (const code of await importedCounties(db))
    written += await db.transaction((tx) =>
      seedPointsCatalogue(
        tx as unknown as Db,
        { actor: null, meta: { requestId: 'startup', ip: null } },
        code,
      ),
    );
  return written;
};
