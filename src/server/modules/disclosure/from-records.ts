import type { DisclosureTable, GenerateBody } from '../../../contracts/api/disclosure';
import { SOURCE_LABELS } from '../../../contracts/api/disclosure';
import { INCOME_CODE_LABELS, type IncomeCodeValue } from '../../../contracts/api/economy-accounts';
import { maskName } from '../../../contracts/pii';
import { type Ctx, inTransaction } from '../../platform/context';
import { Conflict, Forbidden, invalidField } from '../../platform/errors';
import { villageStarsOf } from '../assessments/campaign/stars';
import { publicProjects } from '../economy/projects/public-projects';
import { economyVillage } from '../economy/views/village';
import { ranking } from '../points/ranking';
import { assertVillageInScope } from '../regions/assert-village';
import { insertItem } from './create-item';
import { kindsOfCounty } from './load';
import { mayDraft } from './policy';

// 从记录生成 (为基层减负: enter once, use everywhere): a draft whose table is filled from what the
// system already holds, through the other modules' exported use cases — the households' civilization
// points ranking (names masked), the village's published star ratings, its secretary-led project
// commitments and its collective income by source. The draft then goes through the same approval.

interface Drafted {
  title: string;
  body: string;
  table: DisclosureTable;
}

const yuan = (fen: number) => (fen / 100).toFixed(2);
const day = (iso: string | null) => (iso ? iso.slice(0, 10) : '');

const fromPoints = async (ctx: Ctx, village: string, year: number): Promise<Drafted> => {
  const { items } = await ranking(ctx, {
    system: 'civil',
    regionCode: village,
    period: String(year),
    limit: 100,
  });
  if (items.length === 0) throw new Conflict(`本村 ${year} 年还没有文明积分记录，无法生成`);
  return {
    title: `${year}年度文明积分排名`,
    body: `根据文明积分台账生成，共 ${items.length} 户（户主姓名已打码）。`,
    table: {
      columns: ['名次', '户主', '积分'],
      rows: items.map((r) => [String(r.rank), maskName(r.holderName), String(r.total)]),
    },
  };
};

const fromStars = async (ctx: Ctx, village: string, year: number): Promise<Drafted> => {
  const stars = await villageStarsOf(ctx, village);
  const rows = stars.history.filter((h) => h.year <= year);
  if (rows.length === 0) throw new Conflict('本村还没有发布的星级评定结果，无法生成');
  return {
    title: `${rows[0].year}年度星级评定结果`,
    body: `本村现为 ${rows[0].stars} 星级村党组织。下表为历次评定和调整（根据星级评定记录生成）。`,
    table: {
      columns: ['年度', '星级', '来源', '说明', '生效日期'],
      rows: rows.map((h) => [
        String(h.year),
        `${h.stars} 星`,
        h.source === 'campaign' ? '年度评定' : '动态调整',
        h.reason ?? '',
        day(h.effectiveAt),
      ]),
    },
  };
};

const fromProjects = async (ctx: Ctx, village: string, year: number): Promise<Drafted> => {
  const { items } = await publicProjects(ctx.db, village, year);
  if (items.length === 0) throw new Conflict(`本村 ${year} 年还没有公开承诺的领办项目，无法生成`);
  return {
    title: `${year}年书记领办项目及公开承诺`,
    body: `根据领办项目台账生成，共 ${items.length} 个项目。`,
    table: {
      columns: ['项目', '领办人', '职务', '承诺内容', '完成时限', '状态', '进度'],
      rows: items.map((p) => [
        p.title,
        p.leaderName,
        p.leaderPost ?? '',
        p.commitment,
        p.dueOn ?? '',
        p.statusLabel.zh,
        `${p.milestonesDone}/${p.milestonesTotal}`,
      ]),
    },
  };
};

const fromIncome = async (ctx: Ctx, village: string, year: number): Promise<Drafted> => {
  const v = await economyVillage(ctx, village);
  const account = v.accounts.find((a) => a.year === year);
  if (!account) throw new Conflict(`本村 ${year} 年还没有集体经济收支台账，无法生成`);
  return {
    title: `${year}年村集体经济收入`,
    body: `根据村集体经济收支台账生成（单位：元）。经营性收入 ${yuan(account.operatingFen)} 元。`,
    table: {
      columns: ['科目', '金额（元）'],
      rows: [
        ...account.bySource.map((s) => [
          INCOME_CODE_LABELS[s.code as IncomeCodeValue] ?? s.code,
          yuan(s.amountFen),
        ]),
        ['合计', yuan(account.totalFen)],
      ],
    },
  };
};

const DRAFTERS = { points: fromPoints, stars: fromStars, projects: fromProjects, income: fromIncome };

export const generateItem = async (ctx: Ctx, b: GenerateBody) => {
  if (!mayDraft(ctx.actor)) throw new Forbidden('只有村党组织书记和村干部可以起草公开事项');
  await assertVillageInScope(ctx, b.regionCode);
  const kind = (await kindsOfCounty(ctx, b.regionCode)).find((k) => k.source === b.source && k.active);
  if (!kind) throw invalidField('source', `本县公开目录中没有对应「${SOURCE_LABELS[b.source].zh}」的类别`);
  const drafted = await DRAFTERS[b.source](ctx, b.regionCode, b.year);
  return inTransaction(ctx, (tx) =>
    insertItem(
      tx,
      {
        regionCode: b.regionCode,
        kindId: kind.id,
        period: `${b.year}年度`,
        year: b.year,
        source: b.source,
        ...drafted,
      },
      'generate',
    ),
  );
};
