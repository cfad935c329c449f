import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import {
  FREQUENCY_LABELS,
  type PublicDisclosure,
  type PublicVersion,
} from '../../../contracts/api/disclosure';
import { levelOfCode } from '../../../contracts/region-code';
import { attachments } from '../../platform/attachments/tables';
import type { Db } from '../../platform/db/types';
import { NotFound } from '../../platform/errors';
import type { FileStore } from '../../platform/files/store';
import { ancestorAt, getInScope, regionScope } from '../../platform/scope';
import { regionNames } from '../regions/region-view';
import { DISCLOSURE_KIND } from './kinds';
import { kindsOfCounty } from './load';
import { PUBLIC_STATUSES } from './policy';
import { disclosureItems } from './tables';
import type { ItemRowDb } from './workflow';

// 村务公开栏 (no log-in, /gk/<村代码>): the village's published items by kind, newest period first;
// each item's current version first and the versions it replaced after it, marked 已更正 / 已撤回
// with the date and reason. Only what was approved leaves: the content was masked on submit, and
// no draft, pending or returned item, author or reviewer is ever shown.

const d = disclosureItems;
type PublicStatus = PublicVersion['status'];

const publicItems = (db: Db, villageCode: string) =>
  db
    .select()
    .from(d)
    .where(and(eq(d.regionCode, villageCode), inArray(d.status, [...PUBLIC_STATUSES]), isNull(d.deletedAt)))
    .orderBy(desc(d.year), desc(d.publishedAt), desc(d.version));

const filesOf = async (db: Db, ids: string[]) => {
  const out = new Map<string, PublicVersion['attachments']>();
  if (ids.length === 0) return out;
  const rows = await db
    .select({
      id: attachments.id,
      recordId: attachments.recordId,
      category: attachments.category,
      fileName: attachments.fileName,
      mime: attachments.mime,
    })
    .from(attachments)
    .where(and(eq(attachments.recordKind, DISCLOSURE_KIND), inArray(attachments.recordId, ids)))
    .orderBy(asc(attachments.createdAt), asc(attachments.id));
  for (const { recordId, ...file } of rows) out.set(recordId, [...(out.get(recordId) ?? []), file]);
  return out;
};

const villageNamed = async (db: Db, villageCode: string) => {
  if (levelOfCode(villageCode) !== 'village') throw new NotFound('没有这个村');
  const township = ancestorAt(villageCode, 'township');
  const names = await regionNames(db, [villageCode, township]);
  const name = names.get(villageCode);
  if (!name) throw new NotFound('没有这个村');
  return { code: villageCode, name, townshipName: names.get(township) ?? null };
};

export const publicDisclosure = async (db: Db, villageCode: string): Promise<PublicDisclosure> => {
  const village = await villageNamed(db, villageCode);
  const [kinds, rows] = await Promise.all([kindsOfCounty({ db }, villageCode), publicItems(db, villageCode)]);
  const files = await filesOf(
    db,
    rows.map((r) => r.id),
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  const toVersion = (r: ItemRowDb): PublicVersion => ({
    id: r.id,
    version: r.version,
    change: r.change,
    status: r.status as PublicStatus,
    title: r.title,
    period: r.period,
    body: r.body,
    table: r.content ?? null,
    publishedAt: (r.publishedAt ?? r.updatedAt).toISOString(),
    supersededAt: r.supersededAt?.toISOString() ?? null,
    supersededReason: r.supersededById ? (byId.get(r.supersededById)?.changeReason ?? null) : null,
    changeReason: r.changeReason,
    attachments: files.get(r.id) ?? [],
  });
  const series = new Map<string, ItemRowDb[]>();
  for (const r of rows) series.set(r.seriesId, [...(series.get(r.seriesId) ?? []), r]);
  const current = [...series.values()].map((versions) => {
    const sorted = [...versions].sort((a, b) => b.version - a.version);
    return { seriesId: sorted[0].seriesId, kindId: sorted[0].kindId, versions: sorted.map(toVersion) };
  });
  return {
    village,
    kinds: kinds
      .map((k) => ({
        code: k.code,
        name: k.name,
        frequencyLabel: FREQUENCY_LABELS[k.frequency],
        series: current
          .filter((s) => s.kindId === k.id)
          .map(({ seriesId, versions }) => ({ seriesId, versions })),
      }))
      .filter((k) => k.series.length > 0),
  };
};

/** A file of a published (or corrected, withdrawn) item of the village; 404 for anything else. */
export const publicFile = async (
  db: Db,
  store: FileStore,
  villageCode: string,
  attachmentId: string,
  size: 'full' | 'thumb',
) => {
  const row = await getInScope(db, attachments, attachmentId, regionScope(villageCode));
  if (row.recordKind !== DISCLOSURE_KIND) throw new NotFound();
  const [item] = await db
    .select({ id: d.id })
    .from(d)
    .where(
      and(
        eq(d.id, row.recordId),
        eq(d.regionCode, villageCode),
        inArray(d.status, [...PUBLIC_STATUSES]),
        isNull(d.deletedAt),
      ),
    );
  if (!item) throw new NotFound();
  const key = size === 'thumb' && row.thumbKey ? row.thumbKey : row.storageKey;
  const bytes = await store.get(key);
  if (!bytes) throw new NotFound('附件文件缺失');
  return {
    bytes,
    mime: size === 'thumb' && row.thumbKey ? 'image/jpeg' : row.mime,
    fileName: row.fileName,
    category: row.category,
  };
};
