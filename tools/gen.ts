import type { GenerateResult } from '../src/generator/county';
import { generateEventsForCounties } from '../src/generator/events';
import { countiesOf } from '../src/generator/prefecture';
import { generateCountiesInThreads } from '../src/generator/threads';
import { loadConfig } from '../src/server/platform/config';
import { migrate } from '../src/server/platform/db/migrate';
import { openDatabase } from '../src/server/platform/db/open';
import { startServices } from '../src/server/platform/services';

// npm run gen -- --county 451022 [--villages N] [--households N] [--seed S] [--profile tiandong-2020]
// npm run gen -- --prefecture 5226 [--seed S] [--threads N]
// [--events N]: grid events over the last two years, shared among the counties by households
// (default 1,000,000 for a prefecture, one per household for a county; 0 for none).
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
