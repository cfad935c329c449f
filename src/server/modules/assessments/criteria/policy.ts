import type { Actor } from '../../../platform/context';
import { Conflict, type FieldError, Invalid } from '../../../platform/errors';
import { countyCodeOf } from '../../../platform/scope';
import { maxTotal } from '../score';
import type {
  CriteriaRules,
  CriteriaStatus,
  IndicatorSource,
  ScoringMethod,
  StarThresholds,
  Tier,
} from '../tables';

// Who may change a criteria set and what a set must be to be written or published: pure checks,
// each failure a field with a Chinese message. A published set never changes (docs/assessments.md §1).

export const PUBLISHED_IS_FINAL = '已发布的评定标准不能修改，请复制为新版本';

/** The county admin of the set's county edits it; nobody else (townships and villages only read). */
export const mayEditCriteria = (actor: Pick<Actor, 'role' | 'scopeCode'>, setRegion: string): boolean =>
  actor.role === 'county_admin' && countyCodeOf(actor.scopeCode) === setRegion;

/** Refuses any change to a published set (409). */
export const assertDraft = (set: { status: CriteriaStatus }): void => {
  if (set.status !== 'draft') throw new Conflict(PUBLISHED_IS_FINAL);
};

/** Throws one 422 with every field that failed, if any did. */
export const throwIfAny = (errors: FieldError[]): void => {
  if (errors.length) throw new Invalid(errors.map((f) => f.message).join('；'), errors);
};

export const METHOD_LABELS: Record<ScoringMethod, string> = {
  points: '分值',
  yesno: '是否',
  tiers: '档次',
  percent: '百分比',
  veto: '否决',
};

/** Which source maps suit which method (a figure mapped to tiers needs a `tiers` indicator …). */
const MAP_METHODS: Record<IndicatorSource['map'], ScoringMethod[]> = {
  tiers: ['tiers'],
  atLeast: ['yesno', 'veto'],
  atMost: ['yesno', 'veto'],
  percent: ['percent'],
};

export const normalIndicatorCode = (code: string) => code.trim().toUpperCase();

interface IndicatorShape {
  code: string;
  area: string;
  areaName?: string | null;
  method: ScoringMethod;
  maxPoints: number;
  tiers?: Tier[] | null;
  source?: IndicatorSource | null;
}

/** An indicator as the county writes it; `at` prefixes the paths (publish names the indicator). */
export const indicatorErrors = (
  i: IndicatorShape,
  figureKeys: ReadonlySet<string>,
  at = '',
  knownArea = true,
): FieldError[] => {
  const errors: FieldError[] = [];
  const err = (path: string, message: string) => errors.push({ path: `${at}${path}`, message });
  const name = at ? `指标 ${i.code} ` : '';
  if (!/^[A-Z][A-Z0-9]{0,15}$/.test(i.code))
    err('code', `${name}编码应以字母开头，由字母和数字组成（如 A1）`);
  if (!/^[A-Z]$/.test(i.area)) err('area', `${name}领域应为一个大写字母（A–G，否决事项为 V）`);
  else if (!knownArea && !i.areaName?.trim()) err('areaName', `${name}请填写领域名称`);
  if (i.method === 'veto' && i.maxPoints !== 0) err('maxPoints', `${name}否决项不计分，满分应为 0`);
  if (i.method !== 'veto' && i.maxPoints < 1) err('maxPoints', `${name}满分应至少为 1 分`);
  if (i.method === 'tiers') {
    if (!i.tiers?.length) err('tiers', `${name}按档次计分，请至少填写一个档次`);
    i.tiers?.forEach((t, k) => {
      if (t.points > i.maxPoints)
        err(`tiers.${k}.points`, `${name}档次「${t.label}」的分值超过满分 ${i.maxPoints}`);
    });
  }
  const s = i.source;
  if (s) {
    if (!figureKeys.has(s.figure)) err('source.figure', `${name}读取的数据「${s.figure}」不存在或未安装`);
    if (!MAP_METHODS[s.map].includes(i.method))
      err('source.map', `${name}计分方式为「${METHOD_LABELS[i.method]}」时不能用这种换算方式`);
    if (s.map === 'tiers' && i.tiers?.some((t) => t.min == null))
      err('tiers', `${name}自动读取的档次，每一档都要填写下限`);
  }
  return errors;
};

export const thresholdsErrors = (t: StarThresholds, at = 'thresholds'): FieldError[] => {
  const order: [keyof StarThresholds, string][] = [
    ['five', '五星'],
    ['four', '四星'],
    ['three', '三星'],
    ['two', '二星'],
  ];
  const errors: FieldError[] = [];
  for (let k = 1; k < order.length; k++) {
    const [hi, hiName] = order[k - 1];
    const [lo, loName] = order[k];
    if (t[lo] >= t[hi]) errors.push({ path: `${at}.${lo}`, message: `${loName}分数线应低于${hiName}分数线` });
  }
  if (t.two < 1) errors.push({ path: `${at}.two`, message: '二星分数线应至少为 1 分' });
  return errors;
};

type PublishIndicator = IndicatorShape & { method: ScoringMethod };

/** What publishing checks (docs/assessments.md §1); paths name the indicator by its code. */
export const publishErrors = (
  set: { thresholds: StarThresholds; rules: CriteriaRules },
  indicators: readonly PublishIndicator[],
  figureKeys: ReadonlySet<string>,
): FieldError[] => {
  const errors: FieldError[] = [];
  if (indicators.length === 0) errors.push({ path: 'indicators', message: '评定标准至少要有一个指标' });
  const seen = new Set<string>();
  for (const i of indicators) {
    if (seen.has(i.code))
      errors.push({ path: `indicators.${i.code}.code`, message: `指标编码 ${i.code} 重复` });
    seen.add(i.code);
    errors.push(...indicatorErrors(i, figureKeys, `indicators.${i.code}.`));
  }
  errors.push(...thresholdsErrors(set.thresholds));
  const most = maxTotal({ indicators });
  if (indicators.length && set.thresholds.five > most)
    errors.push({ path: 'thresholds.five', message: `五星分数线高于满分 ${most} 分` });
  const sat = set.rules.satisfaction;
  if (sat) {
    const target = indicators.find((i) => i.code === sat.indicator);
    if (!target)
      errors.push({
        path: 'rules.satisfaction.indicator',
        message: `满意度指标 ${sat.indicator} 不在本标准中`,
      });
    else if (target.method !== 'percent')
      errors.push({
        path: 'rules.satisfaction.indicator',
        message: `满意度指标 ${sat.indicator} 的计分方式应为百分比`,
      });
  }
  return errors;
};
