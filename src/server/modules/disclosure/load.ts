import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Ctx } from '../../platform/context';
import { Conflict, invalidField, NotFound } from '../../platform/errors';
import { countyCodeOf, getInScope, scopeOf } from '../../platform/scope';
import { isOpen } from './policy';
import { disclosureItems, disclosureKinds } from './tables';
import type { ItemRowDb } from './workflow';

// Items and kinds loaded in the caller's scope (404 outside or deleted).

export type KindRowDb = typeof disclosureKinds.$inferSelect;

export const loadItem = async (ctx: Ctx, id: string, forUpdate = false): Promise<ItemRowDb> => {
  const row = await getInScope(ctx.db, disclosureItems, id, scopeOf(ctx.actor), { forUpdate });
  if (row.deletedAt) throw new NotFound();
  return row;
};

/** 409 unless the item may still change (a draft or a returned item). */
export const assertOpen = (item: Pick<ItemRowDb, 'status'>): void => {
  if (!isOpen(item.status)) throw new Conflict('已提交或已公开的事项不能修改；已公开的事项请用「更正」');
};

/** The kind of the village's county (422 on kindId when it is another county's or inactive). */
export const kindForVillage = async (ctx: Ctx, villageCode: string, kindId: string): Promise<KindRowDb> => {
  const [kind] = await ctx.db
    .select()
    .from(disclosureKinds)
    .where(
      and(
        eq(disclosureKinds.id, kindId),
        eq(disclosureKinds.regionCode, countyCodeOf(villageCode)),
        isNull(disclosureKinds.deletedAt),
      ),
    );
  if (!kind?.active) throw invalidField('kindId', '请选择本县公开目录中的类别');
  return kind;
};

/** The kinds of one county, in catalogue order. */
export const kindsOfCounty = (ctx: Pick<Ctx, 'db'>, countyCode: string) =>
  ctx.db
    .select()
    .from(disclosureKinds)
    .where(and(eq(disclosureKinds.regionCode, countyCodeOf(countyCode)), isNull(disclosureKinds.deletedAt)))
    .orderBy(asc(disclosureKinds.sortOrder), asc(disclosureKinds.code));

/** Kinds by id (for list views). */
export const kindsById = async (ctx: Pick<Ctx, 'db'>, ids: string[]): Promise<Map<string, KindRowDb>> => {
  if (ids.length === 0) return new Map();
  const rows = await ctx.db
    .select()
    .from(disclosureKinds)
    .where(inArray(disclosureKinds.id, [...new Set(ids)]));
  return new Map(rows.map((k) => [k.id, k]));
};
