import { eq } from 'drizzle-orm';
import { createEventBodySchema } from '../../../../contracts/api/events';
import type { Open311PostBody } from '../../../../contracts/api/open311';
import { levelOfCode } from '../../../../contracts/region-code';
import { writeAudit } from '../../../platform/audit/write';
import { newId } from '../../../platform/auth/session';
import { type Ctx, inTransaction, type RequestMeta } from '../../../platform/context';
import type { Db } from '../../../platform/db/types';
import { AppError } from '../../../platform/errors';
import type { PiiCipher } from '../../../platform/pii/crypto';
import { countyCodeOf, isUnder } from '../../../platform/scope';
import { regionNames } from '../../regions/region-view';
import { createEvent } from '../create-event';
import { eventNumber } from '../event-view';
import { events, open311Keys } from '../tables';
import type { Item } from './format';
import { keyActor, keyOf } from './key-actor';
import { offeredCategory, villageValues } from './services';

// POST requests: a 12345 hotline or a partner app files a report with its API key. The report
// becomes an event of source 'open311' filed by the key's system actor (key-actor.ts). Of the
// personal fields only a display name (last and first name) is kept as the reporter's name;
// email, phone, device and account ids are read and dropped. The event gets a token and the
// client's media_url; the key's last use and an audit row with its name are written with it.

const bad = (message: string) => new AppError(400, 'VALIDATION', message);

/** The village of the report: attribute[village], address_id, or a village named in address_string. */
const villageOf = async (db: Db, county: string, body: Open311PostBody): Promise<string> => {
  const given = body['attribute[village]'] || body.address_id;
  if (given) {
    const level = /^\d{12}(\d{3})?$/.test(given) ? levelOfCode(given) : null;
    const known = level === 'village' || level === 'group' ? await regionNames(db, [given]) : new Map();
    if (!known.has(given) || !isUnder(given, county))
      throw bad(`attribute[village] / address_id 不是本县的村（社区）区划代码：${given}`);
    return given;
  }
  const address = body.address_string?.trim();
  if (address) {
    const villages = await villageValues(db, county);
    const full = villages.filter((v) => address.includes(v.name));
    if (full.length === 1) return full[0].key;
    const short = villages.filter((v) => address.includes(v.name.replace(/^.*?[镇乡]/, '')));
    if (short.length === 1) return short[0].key;
  }
  throw bad('attribute[village] is required: 请在 attribute[village] 中给出事件所在村（社区）的区划代码');
};

const locationOf = (body: Open311PostBody) => {
  if (body.lat === undefined && body.long === undefined) return undefined;
  const lat = Number(body.lat);
  const lng = Number(body.long);
  if (!body.lat || !body.long || !Number.isFinite(lat) || !Number.isFinite(lng))
    throw bad('lat 与 long 须同时给出，且为数字（WGS84）');
  return { lat, lng, datum: body.datum ?? ('wgs84' as const) };
};

const mediaUrlOf = (value: string | undefined): string | null => {
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw bad('media_url 应为 http(s) 网址');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw bad('media_url 应为 http(s) 网址');
  return url.toString();
};

const reporterOf = (body: Open311PostBody): string | null =>
  `${body.last_name ?? ''}${body.first_name ?? ''}`.trim().slice(0, 20) || null;

export const postRequest = async (
  services: { db: Db; pii: PiiCipher },
  meta: RequestMeta,
  body: Open311PostBody,
): Promise<Item[]> => {
  const key = await keyOf(services.db, body.api_key);
  const county = key.regionCode;
  if (body.jurisdiction_id && countyCodeOf(body.jurisdiction_id) !== county)
    throw new AppError(403, 'FORBIDDEN', 'api_key is not valid for this jurisdiction_id: 密钥不属于该县');
  if (!body.service_code) throw bad('service_code is required: 请给出 service_code');
  // Not found: 404, as the specification lists for POST.
  const category = await offeredCategory(services.db, county, body.service_code);
  const location = locationOf(body);
  if (!location && !body.address_string?.trim() && !body.address_id)
    throw bad('lat/long, address_string or address_id is required: 请给出位置或地址');
  const mediaUrl = mediaUrlOf(body.media_url);
  if (category.requiredFields.includes('photo') && !mediaUrl)
    throw bad(`media_url is required: 「${category.name}」须附现场照片的网址`);
  const parsed = createEventBodySchema.safeParse({
    categoryId: category.id,
    description: body.description ?? '',
    regionCode: await villageOf(services.db, county, body),
    location,
    address: body.address_string?.trim() || undefined,
  });
  if (!parsed.success) throw bad(parsed.error.issues.map((i) => i.message).join('；'));
  const ctx: Ctx = { db: services.db, pii: services.pii, meta, actor: keyActor(key, reporterOf(body)) };
  return inTransaction(ctx, async (tx) => {
    const created = await createEvent(tx, parsed.data, undefined, 'open311');
    const token = newId();
    const [row] = await tx.db
      .update(events)
      .set({ open311Token: token, mediaUrl })
      .where(eq(events.id, created.id))
      .returning();
    await tx.db.update(open311Keys).set({ lastUsedAt: new Date() }).where(eq(open311Keys.id, key.id));
    await writeAudit(tx.db, tx, {
      action: 'events.open311.request',
      entity: 'event',
      entityId: created.id,
      regionCode: created.regionCode,
      diff: { key: key.name, keyPrefix: key.keyPrefix, serviceCode: category.code },
    });
    return [
      { service_request_id: row.id, token, service_notice: `事件编号 ${eventNumber(row)}`, account_id: null },
    ];
  });
};
