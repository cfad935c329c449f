import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../contracts/roles';
import { makeUser, testRegions } from '../../testing/factories';
import { createHarness, type TestHarness } from '../../testing/harness';
import { insertHousehold } from '../../testing/people';
import { actorOf } from '../platform/auth/session';
import type { Ctx } from '../platform/context';
import { NotFound } from '../platform/errors';
import { MODULES } from '.';
import { households } from './households/tables';
import { partyMembers } from './members/tables';
import { coveredUnits, partyOrgs } from './org/tables';

// The manifests' figures, each checked against a count written independently in plain SQL
// (LIKE on the region code instead of the scope helpers' range).

let h: TestHarness;
let regions: Awaited<ReturnType<typeof testRegions>>;

const figure = (key: string) => {
  const found = MODULES.flatMap((m) => m.figures ?? []).find((f) => f.key === key);
  if (!found) throw new Error(`no figure ${key}`);
  return found;
};

const ctxAs = async (role: Role, regionCode: string): Promise<Ctx> => ({
  db: h.services.database.db,
  actor: actorOf(await makeUser(h.services, { role, regionCode })),
  meta: { requestId: 'figures-test', ip: null },
  pii: h.services.pii,
});

const plainCount = async (sql: string, prefix: string) => {
  const [row] = await h.services.database.rawQuery<{ n: number }>(sql, [`${prefix}%`]);
  return row.n;
};

beforeAll(async () => {
  h = await createHarness();
  regions = await testRegions(h.services.database.db);
  const db = h.services.database.db;
  const places = [regions.ownVillage.code, regions.ownVillage.code, regions.otherVillage.code];
  const homes = [];
  for (const regionCode of [...places, regions.otherCountyVillage.code])
    homes.push(await insertHousehold(h.services, { regionCode }));
  await db.update(households).set({ deletedAt: new Date() }).where(eq(households.id, homes[1].id));
  const orgId = randomUUID();
  await db.insert(partyOrgs).values({
    id: orgId,
    regionCode: regions.ownVillage.code,
    name: '测试村党支部',
    level: 'branch',
    kind: 'village',
  });
  const member = (regionCode: string, status: string, deletedAt: Date | null = null) => ({
    id: randomUUID(),
    regionCode,
    personId: randomUUID(),
    orgId,
    status,
    joinedOn: '2020-07-01',
    deletedAt,
  });
  await db
    .insert(partyMembers)
    .values([
      member(regions.ownVillage.code, 'full'),
      member(regions.ownVillage.code, 'probationary'),
      member(regions.ownVillage.code, 'full', new Date()),
      member(regions.otherVillage.code, 'full'),
    ]);
  const unit = (
    name: string,
    regionCode: string,
    extra: { partyOrgId?: string; instructorName?: string },
  ) => ({
    id: randomUUID(),
    regionCode,
    name,
    unitType: 'enterprise',
    ...extra,
  });
  await db
    .insert(coveredUnits)
    .values([
      unit('甲公司', regions.ownVillage.code, { partyOrgId: orgId }),
      unit('乙公司', regions.ownVillage.code, { instructorName: '李指导员' }),
      unit('丙公司', regions.ownVillage.code, {}),
      unit('外镇公司', regions.otherVillage.code, { partyOrgId: orgId }),
    ]);
});
afterAll(() => h.close());

describe('figures declared by the manifests', () => {
  it('count living households and party members under a region, as plain SQL does', async () => {
    const county = await ctxAs('county_admin', regions.county);
    const township = regions.ownTownship.code.slice(0, 9);
    for (const [regionCode, prefix] of [
      [regions.ownTownship.code, township],
      [regions.county, '451022'],
    ]) {
      expect(await figure('households.count').compute(county, { regionCode })).toBe(
        await plainCount(
          'select count(*)::int as n from households where region_code like $1 and deleted_at is null',
          prefix,
        ),
      );
      expect(await figure('members.count').compute(county, { regionCode })).toBe(
        await plainCount(
          'select count(*)::int as n from party_members where region_code like $1 and deleted_at is null',
          prefix,
        ),
      );
      expect(await figure('members.full').compute(county, { regionCode })).toBe(
        await plainCount(
          "select count(*)::int as n from party_members where region_code like $1 and deleted_at is null and status = 'full'",
          prefix,
        ),
      );
    }
    expect(
      await figure('members.probationary').compute(county, { regionCode: regions.ownVillage.code }),
    ).toBe(1);
  });

  it('give the numerator and denominator of the two coverages', async () => {
    const township = await ctxAs('township', regions.ownTownship.code);
    const query = { regionCode: regions.ownVillage.code };
    expect(await figure('coverage.units').compute(township, query)).toBe(3);
    expect(await figure('coverage.organizational').compute(township, query)).toBe(1);
    expect(await figure('coverage.work').compute(township, query)).toBe(2);
  });

  it('count only the caller’s scope and refuse a region outside it', async () => {
    const village = await ctxAs('village', regions.ownVillage.code);
    expect(await figure('households.count').compute(village, { regionCode: regions.ownVillage.code })).toBe(
      1,
    );
    await expect(
      figure('households.count').compute(village, { regionCode: regions.ownTownship.code }),
    ).rejects.toBeInstanceOf(NotFound);
  });
});
