/// <reference types="vite/client" />
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importUpperRegion } from '../server/modules/regions/import-upper-region';
import { ancestorCodes } from '../server/modules/regions/region-view';
import { loginAs, makeUser, type Session, testRegions } from './factories';
import { foreignRegionMarkers, watchForeignWrites } from './foreign-rows';
import { createHarness, type TestHarness } from './harness';
import { buildProbeRequests, type ForeignValues, type OpenApiDoc } from './probe-requests';
import type { ScopeProbe, ScopeWorld } from './scope-probe';

// The generic scope test (issue 3, item 6): every route in the OpenAPI document, called by a
// prefecture admin of another city, a township user and by a village user with ids and region codes of another township and of
// another county, must neither return the other side's data nor change it. Routes added later
// are covered without editing this file; their modules add a `scope-probe.ts` for new path
// parameters.

const probeModules = import.meta.glob<{ scopeProbes: ScopeProbe[] }>('../server/modules/*/scope-probe.ts', {
  eager: true,
});

const NANNING = '450100000000';
let h: TestHarness;
let world: ScopeWorld;
let foreign: ForeignValues;
let probeMarkers: string[];
let watch: Awaited<ReturnType<typeof watchForeignWrites>>;

beforeAll(async () => {
  h = await createHarness();
  watch = await watchForeignWrites(h.services.database.db);
  const regions = await testRegions(h.services.database.db);
  // The prefecture admin's own city (南宁), with no county of it imported: both test counties lie outside.
  await importUpperRegion(
    h.services.database.db,
    { actor: null, meta: { requestId: 'scope', ip: null } },
    NANNING,
  );
  const tiandongAdmin = await makeUser(h.services, { role: 'county_admin', regionCode: regions.county });
  const lingyunAdmin = await makeUser(h.services, { role: 'county_admin', regionCode: regions.otherCounty });
  world = {
    app: h.app,
    services: h.services,
    regions,
    foreignAdmins: {
      tiandong: await loginAs(h.app, tiandongAdmin.username),
      lingyun: await loginAs(h.app, lingyunAdmin.username),
    },
  };
  const byParam: Record<string, string[]> = {};
  probeMarkers = [];
  for (const module of Object.values(probeModules)) {
    for (const probe of module.scopeProbes) {
      const { values, markers } = await probe.foreignValues(world);
      byParam[probe.param] = [...(byParam[probe.param] ?? []), ...values];
      probeMarkers.push(...markers);
    }
  }
  const foreignCodes = [regions.otherTownship.code, regions.otherVillage.code, regions.otherCounty];
  foreign = {
    byParam,
    regionCodes: [
      ...foreignCodes,
      regions.otherCountyVillage.code,
      '451027',
      regions.otherTownship.code.slice(0, 9),
    ],
    names: [regions.otherTownship.name, regions.otherVillage.name, regions.otherCountyVillage.name],
  };
}, 180_000);
afterAll(() => h.close());

const probers = [
  { role: 'region_admin' as const, scope: () => NANNING, prefix: 4 },
  { role: 'township' as const, scope: (r: ScopeWorld['regions']) => r.ownTownship.code, prefix: 9 },
  { role: 'village' as const, scope: (r: ScopeWorld['regions']) => r.ownVillage.code, prefix: 12 },
];

describe.each(probers)('a $role user probing outside its scope', ({ role, scope, prefix }) => {
  it('gets none of the other side’s data from any route and changes none of it', async () => {
    const db = h.services.database.db;
    const scopeCode = scope(world.regions);
    const scopePrefix = scopeCode.slice(0, prefix);
    const user = await makeUser(h.services, { role, regionCode: scopeCode });
    const regionMarkers = await foreignRegionMarkers(db, scopePrefix, ancestorCodes(scopeCode));
    const markers = [...regionMarkers.codes, ...regionMarkers.names, ...probeMarkers];
    const doc = (await h.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as OpenApiDoc;
    const requests = buildProbeRequests(doc, foreign);
    const routes = new Set(requests.map((r) => r.route));
    expect(routes.size).toBe(Object.values(doc.paths).flatMap((p) => Object.keys(p)).length);

    let session: Session = await loginAs(h.app, user.username);
    const failures: string[] = [];
    await watch.start(scopePrefix);
    for (const request of requests) {
      const res = await session.request(request.method as 'GET', request.url, request.payload);
      const label = `${request.method} ${request.url} ${JSON.stringify(request.payload ?? '')} → ${res.statusCode}`;
      if (res.statusCode >= 500) failures.push(`${label}: server error ${res.body}`);
      // /api/public/ routes (公开晾晒) publish a county's overdue list to anyone by design, with region
      // names and no personal data; their own tests check what they show. Only 5xx counts there.
      const leaked = request.url.startsWith('/api/public/')
        ? undefined
        : markers.find((m) => res.body.includes(m));
      if (leaked) failures.push(`${label}: response carries “${leaked}”`);
      const changed = await watch.touched();
      if (changed.length) failures.push(`${label}: changed ${changed.join(', ')} outside the scope`);
      // A probe may end its own session (log-out, password change); log in again for the next one.
      if (
        (res.statusCode === 401 || request.route.includes('/auth/')) &&
        (await session.get('/api/auth/me')).statusCode !== 200
      )
        session = await loginAs(h.app, user.username);
    }
    await watch.stop();
    expect(failures).toEqual([]);
    expect(requests.length).toBeGreaterThan(routes.size);
  }, 600_000);
});

it('the detector sees the other side when the caller may see it (a county admin)', async () => {
  const { regions, foreignAdmins } = world;
  const res = await foreignAdmins.tiandong.get(`/api/regions/${regions.otherTownship.code}/children`);
  expect(res.statusCode).toBe(200);
  expect(res.body).toContain(regions.otherVillage.code);
  const users = await foreignAdmins.tiandong.get('/api/users?pageSize=200');
  expect(probeMarkers.some((m) => users.body.includes(m))).toBe(true);
});

it('the write watcher reports a write outside the watched scope and none inside it', async () => {
  const { regions } = world;
  const db = h.services.database.db;
  await watch.start(regions.ownTownship.code.slice(0, 9));
  await db.execute(sql`update regions set name = name where code = ${regions.ownVillage.code}`);
  expect(await watch.touched()).toEqual([]);
  await db.execute(sql`update regions set name = name where code = ${regions.otherVillage.code}`);
  expect(await watch.touched()).toEqual([`regions (${regions.otherVillage.code})`]);
  await watch.stop();
});
