import { sql } from 'drizzle-orm';
import { generatePoints } from '../generator/points';
import { selectRows } from '../server/platform/db/select-rows';
import type { Services } from '../server/platform/http/types';

// The demo villages' points: a shop with goods, a year of approved claims and redemptions, and
// the demo party member and villager linked to a generated person of their village, so that
// 我的积分 shows a ledger at once.

const DEMO_ENTRIES = 10_000;

/** Links `username` to `personId` unless the account is linked already. */
const link = (services: Services, username: string, personId: string | undefined) =>
  personId
    ? services.database.db.execute(
        sql`update users set person_id = ${personId} where username = ${username} and person_id is null`,
      )
    : Promise.resolve();

export const seedDemoPoints = async (
  services: Services,
  o: { countyCode: string; villageCode: string; seed: number },
  print: (line: string) => void,
) => {
  // About 10,000 entries (a third of the default rates) keep the first start within a few seconds.
  const result = await generatePoints(services.database, {
    countyCode: o.countyCode,
    seed: o.seed,
    targetEntries: DEMO_ENTRIES,
  });
  print(
    `演示积分：${result.villages} 个积分超市、${result.accounts} 个账户、${result.entries} 笔流水、${result.redemptions} 笔兑换，用时 ${(result.ms / 1000).toFixed(1)} 秒`,
  );
  const db = services.database.db;
  // The member with the most entries and the household with the highest balance whose
  // redemptions are not suspended, of the demo village.
  const [member] = await selectRows<{ personId: string }>(
    db,
    sql`select m.person_id as "personId" from party_members m join points_accounts a on a.holder_id = m.id and a.system = 'member'
        where m.region_code like ${`${o.villageCode}%`} and m.deleted_at is null
          and not exists (select 1 from users u where u.person_id = m.person_id)
        order by a.entries desc, m.id limit 1`,
  );
  const [head] = await selectRows<{ personId: string }>(
    db,
    sql`select h.head_person_id as "personId" from households h join points_accounts a on a.holder_id = h.id and a.system = 'civil'
        where h.region_code like ${`${o.villageCode}%`} and h.deleted_at is null and h.head_person_id is not null
          and not exists (select 1 from users u where u.person_id = h.head_person_id)
          and not exists (select 1 from party_members m where m.person_id = h.head_person_id)
          and (a.frozen_until is null or a.frozen_until < current_date)
        order by a.balance desc, h.id limit 1`,
  );
  await link(services, 'dangyuan', member?.personId);
  await link(services, 'cunmin', head?.personId);
};
