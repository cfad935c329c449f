import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Department, Role } from '../contracts/roles';
import { generateAssessments } from '../generator/assessments';
import { generateCounty } from '../generator/county';
import { generateEconomy } from '../generator/economy';
import { generateEvents } from '../generator/events';
import { generateVisits } from '../generator/visits';
import { importCounty } from '../server/modules/regions/import-county';
import { regions } from '../server/modules/regions/tables';
import { runMonitoringSweep } from '../server/modules/visits/monitoring/sweep';
import { auditDiff } from '../server/platform/audit/diff';
import { writeAudit } from '../server/platform/audit/write';
import { hashPassword } from '../server/platform/auth/password';
import { newId } from '../server/platform/auth/session';
import { users } from '../server/platform/auth/tables';
import type { Services } from '../server/platform/http/types';
import { linkDemoGridWorker } from './grid-worker';
import { seedDemoPoints } from './points';

export const DEMO_COUNTY = '451022'; // 田东县
export const DEMO_PASSWORD = 'Zhenxing-demo-2026';
const DEMO_TOWNSHIP_NAME = '平马镇';

interface DemoAccount {
  username: string;
  displayName: string;
  role: Role;
  regionCode: string;
  department?: Department;
}

const SYSTEM = { actor: null, meta: { requestId: 'demo-seed', ip: null } };

/** Picks the demo scopes from the imported data (nothing typed by hand but the township's name). */
const demoAccounts = async (services: Services): Promise<DemoAccount[]> => {
  const { db } = services.database;
  const county = `${DEMO_COUNTY}000000`;
  const townships = await db
    .select()
    .from(regions)
    .where(eq(regions.parentCode, county))
    .orderBy(asc(regions.code));
  const pingma = townships.find((t) => t.name === DEMO_TOWNSHIP_NAME) ?? townships[0];
  const other = townships.find((t) => t.code !== pingma.code)!;
  const [village] = await db
    .select()
    .from(regions)
    .where(and(eq(regions.parentCode, pingma.code), eq(regions.level, 'village')))
    .orderBy(asc(regions.code))
    .limit(1);
  return [
    { username: 'xian', displayName: '县委组织部管理员', role: 'county_admin', regionCode: county },
    { username: 'zhen', displayName: `${pingma.name}党委`, role: 'township', regionCode: pingma.code },
    { username: 'zhen2', displayName: `${other.name}党委`, role: 'township', regionCode: other.code },
    { username: 'cun', displayName: `${village.name}书记`, role: 'village', regionCode: village.code },
    {
      username: 'wangge',
      displayName: `${village.name}网格员`,
      role: 'grid_worker',
      regionCode: village.code,
    },
    {
      username: 'bumen',
      displayName: '县民政局经办人',
      role: 'department',
      regionCode: county,
      department: 'civil_affairs',
    },
    {
      username: 'dangyuan',
      displayName: `${village.name}党员`,
      role: 'party_member',
      regionCode: village.code,
    },
    { username: 'cunmin', displayName: `${village.name}村民`, role: 'villager', regionCode: village.code },
  ];
};

/** Villages of the demo township filled with synthetic households, people, members, cadres and grids. */
const DEMO_VILLAGES = 4;
const DEMO_EVENTS = 1_500;

const seedDemoVillages = async (services: Services, villageCode: string, print: (line: string) => void) => {
  try {
    const result = await generateCounty(services.database, services.pii, {
      countyCode: DEMO_COUNTY,
      seed: 2026,
      villages: DEMO_VILLAGES,
      householdsPerVillage: 300,
      profile: 'tiandong-2020',
    });
    print(
      `演示数据：${result.villages} 个村、${result.households} 户、${result.persons} 人（合成数据，非真实个人信息），用时 ${(result.ms / 1000).toFixed(1)} 秒`,
    );
    await seedDemoPoints(services, { countyCode: DEMO_COUNTY, villageCode, seed: 2026 }, print);
    // Two years of grid events over the demo villages: closed and rated ones for the boards, open,
    // overdue and dispatched ones for the queues (民政 included, so bumen has its duty list).
    const events = await generateEvents(services.database, {
      countyCode: DEMO_COUNTY,
      seed: 2026,
      count: DEMO_EVENTS,
    });
    print(
      `演示网格事件：${events.events} 件（办理中 ${events.open} 件）、${events.dispatches} 次派单，用时 ${(events.ms / 1000).toFixed(1)} 秒`,
    );
    // Star ratings of every village of 田东 (last year published, this year open), flags and weak
    // organizations, for the assessment pages and reports.
    const assess = await generateAssessments(services.database, { countyCode: DEMO_COUNTY, seed: 2026 });
    print(
      `演示考核评价：${assess.villages} 个村两年星级评定、${assess.flags} 面红旗、${assess.weak.lastYear + assess.weak.thisYear} 个软弱涣散村党组织，用时 ${(assess.ms / 1000).toFixed(1)} 秒`,
    );
    // Five years of collective economy accounts of every village of 田东 (2020 shaped as seed T),
    // with assets, cooperatives, plans, pairings and led projects, for the economy pages.
    const economy = await generateEconomy(services.database, {
      countyCode: DEMO_COUNTY,
      seed: 2026,
      seedShape: 'tiandong',
    });
    print(
      `演示集体经济：${economy.villages} 个村 ${economy.years.length} 个年度 ${economy.accounts} 本账、${economy.projects} 个领办项目，用时 ${(economy.ms / 1000).toFixed(1)} 秒`,
    );
    await seedDemoVisits(services, print);
    await linkDemoGridWorker(services, villageCode);
  } catch (error) {
    // Villages that already hold data are left alone.
    print(`演示数据未生成：${(error as Error).message}`);
  }
};

/**
 * A year of 十问十清 visits over the demo villages (田东's totals when they hold enough households),
 * problems passed on as events, monitoring cases in every state, contacts and tours; then one
 * monitoring sweep, so the at-risk lists are filled at first start.
 */
const seedDemoVisits = async (services: Services, print: (line: string) => void) => {
  try {
    const [{ n }] = await services.database.rawQuery<{ n: number }>(
      `select count(*)::int as n from households where region_code like '${DEMO_COUNTY}%'`,
    );
    const visits = await generateVisits(services.database, {
      countyCode: DEMO_COUNTY,
      seed: 2026,
      seedShape: n >= 1_122 ? 'tiandong' : undefined,
    });
    const sweep = await runMonitoringSweep(services.database.db, { countyCode: DEMO_COUNTY });
    print(
      `演示走访与防返贫监测：走访 ${visits.visited} 户、问题 ${visits.problems} 个（当场解决 ${visits.solved}、转办 ${visits.passedOn}），监测对象识别 ${visits.cases} 件，扫描新增线索 ${sweep.opened} 条，用时 ${(visits.ms / 1000).toFixed(1)} 秒`,
    );
  } catch (error) {
    print(`演示走访数据未生成：${(error as Error).message}`);
  }
};

/**
 * On a database without the demo accounts: imports 田东县 and creates one account per role.
 * Safe to run at every start: what exists is left alone.
 */
export const seedDemo = async (services: Services, print: (line: string) => void): Promise<void> => {
  const { db } = services.database;
  const [countyRow] = await db
    .select()
    .from(regions)
    .where(eq(regions.code, `${DEMO_COUNTY}000000`))
    .limit(1);
  if (!countyRow) await importCounty(db, SYSTEM, DEMO_COUNTY);
  const accounts = await demoAccounts(services);
  const existing = await db
    .select({ username: users.username })
    .from(users)
    .where(
      inArray(
        users.username,
        accounts.map((a) => a.username),
      ),
    );
  const missing = accounts.filter((a) => !existing.some((e) => e.username === a.username));
  const village = accounts.find((a) => a.username === 'dangyuan')!.regionCode;
  if (missing.length === 0) {
    await linkDemoGridWorker(services, village);
    return;
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    for (const account of missing) {
      const row = { id: newId(), ...account, department: account.department ?? null, passwordHash };
      await tx.insert(users).values(row);
      await writeAudit(tx, SYSTEM, {
        action: 'user.create',
        entity: 'user',
        entityId: row.id,
        regionCode: row.regionCode,
        diff: auditDiff(null, { ...account, source: 'demo' }),
      });
    }
  });
  await seedDemoVillages(services, village, print);
  print('演示账号（密码均为 Zhenxing-demo-2026，正式使用前请修改）：');
  for (const a of accounts) print(`  ${a.username.padEnd(9)} ${a.displayName}`);
};
