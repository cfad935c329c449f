import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/types';

/** Each organization's id with the ids of every living organization below it, in one recursive query. */
export const subtreesOf = async (db: Db, orgIds: string[]): Promise<Map<string, string[]>> => {
  const subtrees = new Map(orgIds.map((id) => [id, [] as string[]]));
  if (orgIds.length === 0) return subtrees;
  const result = await db.execute(sql`
    with recursive sub(root, id) as (
      select id, id from party_orgs where id in (${sql.join(
        orgIds.map((id) => sql`${id}`),
        sql`, `,
      )})
      union all
      select sub.root, o.id from party_orgs o join sub on o.parent_id = sub.id where o.deleted_at is null
    )
    select root, id from sub`);
  for (const r of (result as unknown as { rows: { root: string; id: string }[] }).rows)
    subtrees.get(r.root)?.push(r.id);
  return subtrees;
};
