import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { create } from 'xmlbuilder2';
import { ok } from '../../../../testing/ok';
import { auditLog } from '../../../platform/audit/tables';
import { category, county, h, regions, sessionOf, township, withEventsHarness } from '../events-test-kit';
import { events, open311Keys } from '../tables';

// Open311 GeoReport v2 (docs/events.md §Open311): every answer in XML and JSON, checked field by
// field against the specification's lists; posting with a county's API key; errors as the
// specification's list with the right status; no personal data in any answer; one county's
// requests never in another's.

withEventsHarness();

const BASE = '/open311/v2';
const OWN = '451022';
const OTHER = '451027';
const OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/;
const LISTS = new Set(['service', 'request', 'error', 'attribute', 'value', 'format', 'endpoint']);

/** XML as plain objects (xmlbuilder2's reader): text as strings, the specification's repeated elements as arrays. */
const unescapeXml = (t: string) => t.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
type Node = string | Node[] | { [key: string]: Node };
const normalize = (node: Node, name = ''): Node => {
  if (typeof node === 'string') return unescapeXml(node);
  if (Array.isArray(node)) return node.map((n) => normalize(n, name));
  if (Object.keys(node).length === 0) return '';
  const out: Record<string, Node> = {};
  for (const [k, v] of Object.entries(node)) {
    const n = normalize(v, k);
    out[k] = LISTS.has(k) && !Array.isArray(n) ? [n] : n;
  }
  return out;
};
// biome-ignore lint/suspicious/noExplicitAny: a parsed XML tree, read by path in the assertions
type Xml = any;
const xml = { parse: (text: string) => normalize(create(text).end({ format: 'object' }) as Node) as Xml };

interface Answer {
  statusCode: number;
  body: string;
  headers: Record<string, unknown>;
}

const get = (url: string) => h.app.inject({ method: 'GET', url: `${BASE}/${url}` }) as Promise<Answer>;
const post = (format: 'xml' | 'json', fields: Record<string, string>) =>
  h.app.inject({
    method: 'POST',
    url: `${BASE}/requests.${format}`,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams(fields).toString(),
  }) as Promise<Answer>;

/** Parses an XML answer after checking its status, declaration and content type. */
const readXml = async (res: Promise<Answer>, status = 200) => {
  const r = await res;
  expect(r.statusCode, r.body.slice(0, 400)).toBe(status);
  expect(r.headers['content-type']).toMatch(/^text\/xml/);
  expect(r.body.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  return xml.parse(r.body);
};
const readJson = async (res: Promise<Answer>, status = 200) => {
  const r = await res;
  expect(r.statusCode, r.body.slice(0, 400)).toBe(status);
  expect(r.headers['content-type']).toMatch(/^application\/json/);
  return JSON.parse(r.body);
};
/** JSON values as XML carries them (text), for comparing the two formats. */
const asText = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).flatMap(([k, v]) => (v === null ? [] : [[k, String(v)]])));

let apiKey: string;
let otherKey: string;
const personal = {
  first_name: '小明',
  last_name: '王',
  email: 'wangxm@example.com',
  phone: '13912345678',
  device_id: 'device-778899',
  account_id: 'acct-445566',
};

beforeAll(async () => {
  apiKey = (await ok(county.post('/api/events/open311-keys', { name: '12345 热线' }), 201)).key;
  const lingyun = await sessionOf('county_admin', regions.otherCounty);
  otherKey = (await ok(lingyun.post('/api/events/open311-keys', { name: '凌云热线' }), 201)).key;
});

describe('API keys', () => {
  it('are shown once, kept as SHA-256 with a prefix, listed without the key, audited with labels', async () => {
    const made = await ok(county.post('/api/events/open311-keys', { name: '合作 App' }), 201);
    expect(made.key).toMatch(/^zx311_[\w-]{32}$/);
    expect(made.keyPrefix).toBe(made.key.slice(0, 12));
    const [row] = await h.services.database.db.select().from(open311Keys).where(eq(open311Keys.id, made.id));
    expect(row.keyHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.keyHash).not.toContain(made.key);
    const list = await ok(county.get('/api/events/open311-keys'));
    const listed = list.items.find((k: { id: string }) => k.id === made.id);
    expect(listed).toMatchObject({
      name: '合作 App',
      keyPrefix: made.keyPrefix,
      lastUsedAt: null,
      revokedAt: null,
    });
    expect(JSON.stringify(list)).not.toContain(made.key);
    expect(list.items.map((k: { name: string }) => k.name)).not.toContain('凌云热线');
    const revoked = await ok(county.post(`/api/events/open311-keys/${made.id}/revoke`, {}));
    expect(revoked.revokedAt).not.toBeNull();
    await ok(county.post(`/api/events/open311-keys/${made.id}/revoke`, {}), 409);
    const actions = await h.services.database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.entityId, made.id));
    expect(actions.map((a) => a.action).sort()).toEqual([
      'events.open311.key_create',
      'events.open311.key_revoke',
    ]);
    // A revoked key posts nothing.
    const refused = await readXml(post('xml', { api_key: made.key, service_code: 'E14' }), 403);
    expect(refused.errors.error[0].code).toBe('403');
  });

  it('are the county admin’s alone: a township is refused, another county’s key is not found', async () => {
    await ok(township.get('/api/events/open311-keys'), 403);
    const [other] = await h.services.database.db
      .select()
      .from(open311Keys)
      .where(eq(open311Keys.regionCode, regions.otherCounty));
    await ok(county.post(`/api/events/open311-keys/${other.id}/revoke`, {}), 404);
  });
});

describe('discovery and services', () => {
  it('discovery names the GeoReport v2 endpoint and both formats', async () => {
    const x = (await readXml(get('discovery.xml'))).discovery;
    expect(x.endpoints.endpoint[0]).toMatchObject({
      specification: 'http://wiki.open311.org/GeoReport_v2',
      type: 'production',
      formats: { format: ['text/xml', 'application/json'] },
    });
    expect(x.changeset).toMatch(OFFSET);
    const j = await readJson(get('discovery.json'));
    expect(j.endpoints[0].url).toMatch(/\/open311\/v2$/);
  });

  it('lists the county’s categories field by field in XML and JSON, without household categories', async () => {
    const x = (await readXml(get(`services.xml?jurisdiction_id=${OWN}`))).services.service;
    const j = await readJson(get(`services.json?jurisdiction_id=${OWN}000000`));
    expect(x).toEqual(j.map(asText));
    const e14 = await category('E14');
    const item = j.find((s: { service_code: string }) => s.service_code === 'E14');
    expect(item).toEqual({
      service_code: 'E14',
      service_name: e14.name,
      description: e14.description,
      metadata: true,
      type: 'realtime',
      keywords: expect.any(String),
      group: e14.handlingLevel === 'township' ? '乡镇办理' : '村级办理',
    });
    expect(Object.keys(x[0])).toEqual([
      'service_code',
      'service_name',
      'description',
      'metadata',
      'type',
      'keywords',
      'group',
    ]);
    const codes = j.map((s: { service_code: string }) => s.service_code);
    expect(codes).toContain('E03');
    expect(codes).not.toContain('E06');
  });

  it('needs jurisdiction_id when it serves two counties, and knows only those', async () => {
    const missing = await readXml(get('services.xml'), 400);
    expect(missing.errors.error[0]).toEqual({
      code: '400',
      description: expect.stringContaining('jurisdiction_id'),
    });
    expect(await readJson(get('services.json?jurisdiction_id=459999'), 404)).toEqual([
      { code: 404, description: expect.stringContaining('jurisdiction_id') },
    ]);
    await readJson(get('services.json?jurisdiction_id=abc'), 400);
  });

  it('defines a service: the village to choose and the photo the category asks for', async () => {
    const j = await readJson(get(`services/E03.json?jurisdiction_id=${OWN}`));
    const x = (await readXml(get(`services/E03.xml?jurisdiction_id=${OWN}`))).service_definition;
    expect(j.service_code).toBe('E03');
    expect(x.service_code).toBe('E03');
    const village = j.attributes.find((a: { code: string }) => a.code === 'village');
    expect(village).toMatchObject({
      variable: true,
      datatype: 'singlevaluelist',
      required: true,
      order: 1,
      description: expect.any(String),
      datatype_description: expect.any(String),
    });
    expect(village.values).toContainEqual({
      key: regions.ownVillage.code,
      name: expect.stringContaining(regions.ownVillage.name),
    });
    expect(village.values.map((v: { key: string }) => v.key)).not.toContain(regions.otherCountyVillage.code);
    expect(j.attributes.map((a: { code: string }) => a.code)).toContain('photo');
    const xVillage = x.attributes.attribute.find((a: { code: string }) => a.code === 'village');
    expect(xVillage).toMatchObject({
      variable: 'true',
      datatype: 'singlevaluelist',
      required: 'true',
      order: '1',
    });
    expect(xVillage.values.value.length).toBe(village.values.length);
    const unknown = await readXml(get(`services/E99.xml?jurisdiction_id=${OWN}`), 404);
    expect(unknown.errors.error[0].code).toBe('404');
    await readXml(get(`services/E06.xml?jurisdiction_id=${OWN}`), 404);
  });
});

describe('posting a request and reading it back', () => {
  let id: string;
  let token: string;
  const description = '村口石桥栏杆断了两根，孩子上学经过很危险';

  beforeAll(async () => {
    const created = await readXml(
      post('xml', {
        api_key: apiKey,
        jurisdiction_id: OWN,
        service_code: 'E03',
        lat: '23.597',
        long: '107.089',
        address_string: '村口石桥',
        description,
        media_url: 'https://partner.example.org/photos/bridge-1.jpg',
        'attribute[village]': regions.ownVillage.code,
        ...personal,
      }),
    );
    const request = created.service_requests.request[0];
    id = request.service_request_id;
    token = request.token;
    expect(request.service_notice).toMatch(/^事件编号 \d{4}-\d{6}-\d{4}$/);
  });

  it('files an open311 event in the village, keeps only a display name, writes an audit row with the key’s name', async () => {
    const db = h.services.database.db;
    const [e] = await db.select().from(events).where(eq(events.id, id));
    expect(e).toMatchObject({
      source: 'open311',
      regionCode: regions.ownVillage.code,
      categoryCode: 'E03',
      status: 'reported',
      lat: 23.597,
      lng: 107.089,
      open311Token: token,
      mediaUrl: 'https://partner.example.org/photos/bridge-1.jpg',
      reporterName: '王小明（12345 热线）',
    });
    const stored = JSON.stringify(e);
    for (const v of [personal.email, personal.phone, personal.device_id, personal.account_id])
      expect(stored).not.toContain(v);
    const rows = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'events.open311.request')));
    expect(rows).toHaveLength(1);
    expect(rows[0].actorName).toBe('Open311·12345 热线');
    expect(rows[0].diff).toMatchObject({ key: '12345 热线', serviceCode: 'E03' });
    const [key] = await db.select().from(open311Keys).where(eq(open311Keys.name, '12345 热线'));
    expect(key.lastUsedAt).not.toBeNull();
  });

  it('answers GET requests/{id} field by field in XML and JSON, with offsets and without personal data', async () => {
    const [e] = await h.services.database.db.select().from(events).where(eq(events.id, id));
    const jsonRes = get(`requests/${id}.json?jurisdiction_id=${OWN}`);
    const xmlRes = get(`requests/${id}.xml?jurisdiction_id=${OWN}`);
    const [j] = await readJson(jsonRes);
    const x = (await readXml(xmlRes)).service_requests.request[0];
    expect(j).toEqual({
      service_request_id: id,
      status: 'open',
      status_notes: '待受理',
      service_name: (await category('E03')).name,
      service_code: 'E03',
      description,
      agency_responsible: regions.ownVillage.name,
      service_notice: expect.stringMatching(/^事件编号 /),
      requested_datetime: expect.stringMatching(OFFSET),
      updated_datetime: expect.stringMatching(OFFSET),
      expected_datetime: expect.stringMatching(OFFSET),
      address: '村口石桥',
      address_id: regions.ownVillage.code,
      lat: 23.597,
      long: 107.089,
      media_url: 'https://partner.example.org/photos/bridge-1.jpg',
    });
    expect(new Date(j.requested_datetime).getTime()).toBe(
      e.reportedAt.getTime() - (e.reportedAt.getTime() % 1000),
    );
    expect(new Date(j.expected_datetime).getTime()).toBe(
      e.stageDueAt!.getTime() - (e.stageDueAt!.getTime() % 1000),
    );
    expect(x).toEqual(asText(j));
    for (const body of [(await jsonRes).body, (await xmlRes).body])
      for (const v of Object.values(personal)) expect(body).not.toContain(v);
  });

  it('lists it in GET requests with the filters of the specification', async () => {
    const list = await readJson(get(`requests.json?jurisdiction_id=${OWN}`));
    expect(list.map((r: { service_request_id: string }) => r.service_request_id)).toContain(id);
    const x = (await readXml(get(`requests.xml?jurisdiction_id=${OWN}&service_code=E03&status=open`)))
      .service_requests.request;
    expect(x.map((r: { service_request_id: string }) => r.service_request_id)).toContain(id);
    const ids = (url: string) =>
      readJson(get(url)).then((l) => l.map((r: { service_request_id: string }) => r.service_request_id));
    expect(await ids(`requests.json?jurisdiction_id=${OWN}&status=closed`)).not.toContain(id);
    expect(await ids(`requests.json?jurisdiction_id=${OWN}&service_code=E14`)).not.toContain(id);
    expect(await ids(`requests.json?jurisdiction_id=${OWN}&start_date=2099-01-01T00:00:00%2B08:00`)).toEqual(
      [],
    );
    expect(await ids(`requests.json?jurisdiction_id=${OWN}&service_request_id=${id},nonsense`)).toEqual([id]);
    await readJson(get(`requests.json?jurisdiction_id=${OWN}&start_date=yesterday`), 400);
    await readJson(get(`requests.json?jurisdiction_id=${OWN}&status=pending`), 400);
    const tooLong = 'start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00%2B08:00';
    expect(
      (await readJson(get(`requests.json?jurisdiction_id=${OWN}&${tooLong}`), 400))[0].description,
    ).toContain('90');
    expect((await readXml(get('nothing-here.xml'), 404)).errors.error[0].code).toBe('404');
    const all = (await get(`requests.json?jurisdiction_id=${OWN}`)).body;
    for (const v of Object.values(personal)) expect(all).not.toContain(v);
  });

  it('answers GET tokens/{token} in both formats', async () => {
    expect(await readJson(get(`tokens/${token}.json?jurisdiction_id=${OWN}`))).toEqual([
      { service_request_id: id, token },
    ]);
    const x = await readXml(get(`tokens/${token}.xml?jurisdiction_id=${OWN}`));
    expect(x.service_requests.request).toEqual([{ service_request_id: id, token }]);
    await readXml(get(`tokens/00000000-0000-4000-8000-000000000001.xml?jurisdiction_id=${OWN}`), 404);
  });

  it('never shows one county’s requests to another', async () => {
    const theirs = await readJson(
      post('json', {
        api_key: otherKey,
        service_code: 'E14',
        address_string: '路灯',
        description: '凌云县的路灯坏了好几天',
        'attribute[village]': regions.otherCountyVillage.code,
      }),
    );
    const foreign = theirs[0].service_request_id;
    const ours = await readJson(get(`requests.json?jurisdiction_id=${OWN}&service_request_id=${foreign}`));
    expect(ours).toEqual([]);
    const listed = (await get(`requests.json?jurisdiction_id=${OWN}`)).body;
    expect(listed).not.toContain(foreign);
    expect(listed).not.toContain('凌云县的路灯');
    await readJson(get(`requests/${foreign}.json?jurisdiction_id=${OWN}`), 404);
    await readJson(get(`tokens/${theirs[0].token}.json?jurisdiction_id=${OWN}`), 404);
    const mine = await readJson(get(`requests/${foreign}.json?jurisdiction_id=${OTHER}`));
    expect(mine[0].description).toBe('凌云县的路灯坏了好几天');
  });
});

describe('refused posts', () => {
  const valid = () => ({
    api_key: apiKey,
    service_code: 'E14',
    description: '村部门口的垃圾桶满了没人清',
    'attribute[village]': regions.ownVillage.code,
    address_string: '村部门口',
  });

  it('without a key, with a wrong key, or for another county: 403 with the error list', async () => {
    const { api_key: _, ...noKey } = valid();
    expect(await readJson(post('json', noKey), 403)).toEqual([
      { code: 403, description: expect.any(String) },
    ]);
    const wrong = await readXml(post('xml', { ...valid(), api_key: 'zx311_wrong' }), 403);
    expect(wrong.errors.error[0]).toEqual({ code: '403', description: expect.stringContaining('api_key') });
    await readJson(post('json', { ...valid(), jurisdiction_id: OTHER }), 403);
  });

  it('bad input: 400 with the error list (an unknown service_code: 404, as the specification lists)', async () => {
    const errorOf = async (fields: Record<string, string>) => (await readJson(post('json', fields), 400))[0];
    const unknown = await readJson(post('json', { ...valid(), service_code: 'E99' }), 404);
    expect(unknown).toEqual([{ code: 404, description: expect.stringContaining('service_code') }]);
    expect((await errorOf({ ...valid(), service_code: '' })).description).toContain('service_code');
    expect((await errorOf({ ...valid(), service_code: 'E03' })).description).toContain('media_url');
    expect(
      (await errorOf({ ...valid(), 'attribute[village]': regions.otherCountyVillage.code })).description,
    ).toContain('attribute[village]');
    const { address_string: _, ...nowhere } = valid();
    expect((await errorOf(nowhere)).description).toContain('address_string');
    expect((await errorOf({ ...valid(), lat: '23.5' })).description).toContain('long');
    expect((await errorOf({ ...valid(), media_url: 'javascript:alert(1)' })).description).toContain(
      'media_url',
    );
    expect((await errorOf({ ...valid(), description: '短' })).description).toContain('4');
  });

  it('control characters anywhere: 400 with the error list, never a 5xx', async () => {
    for (const [name, value] of [
      ['description', '井盖丢了\u0000快来'],
      ['address_string', 'ab\u0001'],
      ['first_name', '\u0000'],
      ['attribute[village]', '\u0001'],
      ['api_key', '\u0000'],
    ]) {
      const res = await readJson(post('json', { ...valid(), [name]: value }), 400);
      expect(res[0].description).toContain('控制字符');
    }
    const path = await readXml(get(`requests/%00.xml?jurisdiction_id=${OWN}`), 400);
    expect(path.errors.error[0].description).toContain('控制字符');
    await readJson(get(`requests.json?jurisdiction_id=${OWN}&service_code=E1%00`), 400);
    await readJson(get(`services.json?jurisdiction_id=${OWN}%01`), 400);
  });

  it('finds the village in address_string and converts GCJ-02 (extension datum=gcj02) to WGS84', async () => {
    const { 'attribute[village]': _, ...rest } = valid();
    const [created] = await readJson(
      post('json', {
        ...rest,
        address_string: `${regions.ownTownship.name}${regions.ownVillage.name}村部门口`,
        lat: '23.6',
        long: '107.1',
        datum: 'gcj02',
      }),
    );
    const [e] = await h.services.database.db
      .select()
      .from(events)
      .where(eq(events.id, created.service_request_id));
    expect(e.regionCode).toBe(regions.ownVillage.code);
    expect(e.lat).not.toBe(23.6);
    expect(Math.abs(e.lat! - 23.6)).toBeLessThan(0.01);
  });
});
