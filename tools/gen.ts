import { generateAssessments } from '../src/generator/assessments';
import type { GenerateResult } from '../src/generator/county';
import { generateEconomy } from '../src/generator/economy';
import { generateEventsForCounties } from '../src/generator/events';
import { countiesOf } from '../src/generator/prefecture';
import { generateCountiesInThreads } from '../src/generator/threads';
import { generateVisits } from '../src/generator/visits';
import { loadConfig } from '../src/server/platform/config';
import { migrate } from '../src/server/platform/db/migrate';
import { openDatabase } from '../src/server/platform/db/open';
import { startServices } from '../src/server/platform/services';

// npm run gen -- --county 451022 [--villages N] [--households N] [--seed S] [--profile tiandong-2020]
// npm run gen -- --prefecture 5226 [--seed S] [--threads N]
// [--events N]: grid events over the last two years, shared among the counties by households
// (default 1,000,000 for a prefecture, one per household for a county; 0 for none).
// [--assessments] [--indicators 40]: star-rating campaigns of last year (published) and this year
// (open, every village scored), red flags and weak organizations for each county (src/generator/assessments.ts).
// [--economy] [--years 5] [--seed-shape tiandong]: collective economy accounts, assets, plans, pairings
// and led projects for each county (src/generator/economy.ts); tiandong makes 2020 match seed T.
// [--visits] [--seed-shape tiandong]: 十问十清 visits with problems (solved, or passed on as events),
// rigid spending, monitoring cases, signals, measures and follow-ups, department records, leaders'
// contacts, ten steps and tours for each county (src/generator/visits.ts); tiandong gives 田东's totals.
// Fills the database the app uses (./data on PGlite, or DATABASE_URL) with synthetic data. Rows are
// generated in worker threads (src/generator/threads.ts): on PostgreSQL several counties at once.

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};

const main = async () => {
  const county = arg('county');
  const prefecture = arg('prefecture');
  if (!county === !prefecture) throw new Error('用法：npm run gen -- --county 451022 或 --prefecture 5226');
  const seed = Number(arg('seed') ?? 2026);
  const config = loadConfig(process.env);
  const database = await openDatabase(config);
  await migrate(database);
  // Creates the key file on first use, before the threads read it.
  await startServices(config, database);
  const started = performance.now();
  const counties = county ? [county] : await countiesOf(prefecture as string);
  const progress = new Map<string, string>();
  const describe = (code: string, r: GenerateResult) =>
    `${code}: ${r.villages} 村、${r.households} 户、${r.persons} 人、${r.members} 名党员、${r.cadres} 名干部、${r.grids} 个网格，${(r.ms / 1000).toFixed(1)} s（${Math.round(r.households / (r.ms / 1000))} 户/秒）`;
  try {
    const all = await generateCountiesInThreads(
      database,
      { secret: config.ZHENXING_SECRET_KEY, dataDir: config.dataDir },
      counties.map((code) => ({
        countyCode: code,
        seed: seed + Number(code),
        villages: arg('villages') ? Number(arg('villages')) : undefined,
        householdsPerVillage: arg('households') ? Number(arg('households')) : undefined,
        profile: arg('profile') === 'tiandong-2020' ? 'tiandong-2020' : undefined,
      })),
      {
        threads: arg('threads') ? Number(arg('threads')) : undefined,
        onProgress: (code, p) => {
          progress.set(code, `${code}: ${p.villages} 村 ${p.households} 户 ${p.persons} 人`);
          process.stdout.write(`\r${[...progress.values()].join('  ')}`);
        },
        onCounty: (code, result) => {
          progress.delete(code);
          process.stdout.write(`\r\x1b[K${describe(code, result)}\n`);
        },
      },
    );
    const households = all.reduce((s, r) => s + r.households, 0);
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `合计 ${households} 户，${seconds.toFixed(1)} s，${Math.round(households / seconds)} 户/秒（${database.kind}）`,
    );
    const wanted = arg('events') ? Number(arg('events')) : prefecture ? 1_000_000 : households;
    if (wanted > 0) {
      const r = await generateEventsForCounties(database, counties, wanted, {
        seed,
        onCounty: (code, c) =>
          console.log(
            `${code}: ${c.events} 件事件（${c.open} 件在办）、${c.stages} 个时限、${c.dispatches} 个派单，${(c.ms / 1000).toFixed(1)} s`,
          ),
      });
      console.log(
        `网格事件合计 ${r.events} 件，${(r.ms / 1000).toFixed(1)} s，${Math.round(r.events / (r.ms / 1000))} 件/秒`,
      );
    }
    if (process.argv.includes('--assessments'))
      for (const code of counties) {
        const r = await generateAssessments(database, {
          countyCode: code,
          seed: seed + Number(code),
          indicators: arg('indicators') ? Number(arg('indicators')) : undefined,
        });
        console.log(
          `${code}: 星级评定 ${r.villages} 村 × ${r.indicators} 项（上年 ${r.stars.map((n, i) => `${i + 1}★${n}`).join(' ')}），红旗 ${r.flags} 面（${r.flaggedVillages} 村），软弱涣散 ${r.weak.lastYear} + ${r.weak.thisYear}，${(r.ms / 1000).toFixed(1)} s`,
        );
      }
    if (process.argv.includes('--economy'))
      for (const code of counties) {
        const r = await generateEconomy(database, {
          countyCode: code,
          seed: seed + Number(code),
          years: arg('years') ? Number(arg('years')) : undefined,
          seedShape: arg('seed-shape') === 'tiandong' ? 'tiandong' : undefined,
        });
        console.log(
          `${code}: 集体经济 ${r.villages} 村 × ${r.years.length} 年（${r.years[0]}–${r.years.at(-1)}）${r.accounts} 本账、${r.lines} 笔收入，资产 ${r.assets}、经营主体 ${r.entities}、利益联结 ${r.benefits}、方案 ${r.plans}、结对 ${r.pairings}、领办项目 ${r.projects}${r.shaped ? `，${r.shaped} 村 2020 年按田东种子数据` : ''}，${(r.ms / 1000).toFixed(1)} s`,
        );
      }
    if (process.argv.includes('--visits'))
      for (const code of counties) {
        const r = await generateVisits(database, {
          countyCode: code,
          seed: seed + Number(code),
          seedShape: arg('seed-shape') === 'tiandong' ? 'tiandong' : undefined,
        });
        console.log(
          `${code}: 走访 ${r.visited} 户 ${r.visits} 次，问题 ${r.problems} 个（当场解决 ${r.solved}、转办 ${r.passedOn}，事件 ${r.events} 件），刚性支出 ${r.rigidSpending} 户，监测对象识别 ${r.cases} 件（超时 ${r.overdue}）、线索 ${r.signals}、措施 ${r.measures}、回访 ${r.followups}、部门数据 ${r.departmentRecords} 条，十联六常 ${r.contacts} 项 ${r.contactLogs} 次，十步法 ${r.tenSteps} 步，书记拉练 ${r.tours} 次，${(r.ms / 1000).toFixed(1)} s`,
        );
      }
  } finally {
    await database.close();
  }
};

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
