import fs from 'node:fs';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { describe, expect, inject, it } from 'vitest';
import { openBlankPglite } from '../../../testing/test-db';
import { MIGRATIONS_DIR, migrationsUpTo } from './migrate';

// Migration 0007 moves points evidence photos onto platform attachments and gives every existing
// claim its steps: a database at 0006 with claims and photos keeps them all after the upgrade,
// the photos' file keys unchanged (the files stay where they are in the store).

const UPTO = '0006_workflow_attachments';

describe('migration 0007 (points evidence → attachments)', () => {
  it('keeps every photo as an attachment of its claim and writes the claims’ steps', async () => {
    const client = await openBlankPglite(inject('dbTemplate'));
    const db = drizzle({ client });
    const older = migrationsUpTo(UPTO);
    try {
      await migrate(db, { migrationsFolder: older });
      const claim = '11111111-1111-4111-8111-111111111111';
      const returned = '22222222-2222-4222-8222-222222222222';
      const user = '33333333-3333-4333-8333-333333333333';
      await client.exec(`
        insert into users (id, username, display_name, role, region_code, password_hash)
          values ('${user}', 'wg', '韦网格', 'grid_worker', '451022100001', 'x');
        insert into points_claims (id, region_code, system, account_id, rule_id, points, occurred_on, status, proposed_by, proposed_by_name, decided_by_name, decided_at)
          values ('${claim}', '451022100001', 'civil', gen_random_uuid(), gen_random_uuid(), 5, '2026-03-01', 'approved', '${user}', '韦网格', '黄书记', now()),
                 ('${returned}', '451022100001', 'civil', gen_random_uuid(), gen_random_uuid(), 5, '2026-03-02', 'returned', '${user}', '韦网格', '黄书记', now());
        update points_claims set reason = '照片不清' where id = '${returned}';
        insert into points_evidence (id, region_code, claim_id, storage_key, thumb_key, mime, bytes, width, height, created_by)
          values (gen_random_uuid(), '451022100001', '${claim}', 'points-evidence/451022/${claim}/a.jpg', 'points-evidence/451022/${claim}/a-thumb.jpg', 'image/jpeg', 1234, 800, 600, '${user}');
      `);
      await migrate(db, { migrationsFolder: MIGRATIONS_DIR });
      const photos = await client.query<Record<string, unknown>>('select * from attachments');
      expect(photos.rows).toEqual([
        expect.objectContaining({
          record_kind: 'points_claim',
          record_id: claim,
          region_code: '451022100001',
          category: 'image',
          storage_key: `points-evidence/451022/${claim}/a.jpg`,
          thumb_key: `points-evidence/451022/${claim}/a-thumb.jpg`,
          bytes: 1234,
          created_by_name: '韦网格',
        }),
      ]);
      const steps = await client.query<{
        record_id: string;
        action: string;
        to_state: string;
        reason: string | null;
      }>(
        'select record_id, action, to_state, reason from workflow_history order by record_id, created_at, action desc',
      );
      expect(steps.rows).toEqual([
        { record_id: claim, action: 'submit', to_state: 'pending', reason: null },
        { record_id: claim, action: 'approve', to_state: 'approved', reason: null },
        { record_id: returned, action: 'submit', to_state: 'pending', reason: null },
        { record_id: returned, action: 'return', to_state: 'returned', reason: '照片不清' },
      ]);
      const gone = await client.query(`select to_regclass('points_evidence') as t`);
      expect(gone.rows).toEqual([{ t: null }]);
    } finally {
      await client.close();
      fs.rmSync(older, { recursive: true, force: true });
    }
  });
});
