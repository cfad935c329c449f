import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { CreateRuleBody, RuleView, UpdateRuleBody } from '../../../contracts/api/points';
import { levelOfCode, regionPrefix, toFullCode } from '../../../contracts/region-code';
import { auditDiff } from '../../platform/audit/diff';
import { writeAudit } from '../../platform/audit/write';
import { newId } from '../../platform/auth/session';
import { type Ctx, inTransaction } from '../../platform/context';
import { Conflict, invalidField, NotFound } from '../../platform/errors';
import { isInScope, scopeOf } from '../../platform/scope';
import { regionNames } from '../regions/region-view';
import { type PointsSystem, pointsRules } from './tables';

// 积分规则: a county catalogue with township and village additions (村规民约). A rule is never
// edited in place: the current version is closed and the next one added, so claims keep the
// version, and the points, they were made under.

type RuleRow = typeof pointsRules.$inferSelect;

/** The region codes whose rules apply at a place: its county, its township and its village, as far as it goes down. */
export const ruleOwnersOf = (place: string): string[] => {
  const level = levelOfCode(place);
  const owners = [toFullCode(place.slice(0, 6))];
  if (level === 'township' || level === 'village' || level === 'group')
    owners.push(toFullCode(place.slice(0, 9)));
  if (level === 'village' || level === 'group') owners.push(place.slice(0, 12));
  return owners;
};

/** A place is in reach when it lies in the caller's scope or above it (the county's catalogue applies below). */
const inReach = (ctx: Ctx, regionCode: string) =>
  isInScope(regionCode, scopeOf(ctx.actor)) ||
  ctx.actor.scopeCode.startsWith(regionPrefix(regionCode, levelOfCode(regionCode)));

const levelOf = (regionCode: string): RuleView['level'] => {
  const level = levelOfCode(regionCode);
  return level === 'township' ? 'township' : level === 'village' ? 'village' : 'county';
};

export const ruleView = (r: RuleRow): RuleView => ({
  id: r.id,
  ruleKey: r.ruleKey,
  version: r.version,
  regionCode: r.regionCode,
  level: levelOf(r.regionCode),
  system: r.system,
  code: r.code,
  name: r.name,
  points: r.points,
  maxPoints: r.maxPoints,
  evidenceRequired: r.evidenceRequired,
  proposerRoles: r.proposerRoles,
  approverRoles: r.approverRoles,
  cap: r.cap,
  capPeriod: r.capPeriod,
  freezeMonths: r.freezeMonths,
  note: r.note,
  active: r.active,
  createdAt: r.createdAt.toISOString(),
  supersededAt: r.supersededAt?.toISOString() ?? null,
});

/**
 * The current rules that apply at a place (a village: county + township + village rules), by
 * default the caller's own scope (a township sees the county catalogue and its own additions).
 */
export const listRules = async (
  ctx: Ctx,
  q: { system?: PointsSystem; regionCode?: string; includeInactive?: boolean },
): Promise<RuleView[]> => {
  const place = q.regionCode ?? ctx.actor.scopeCode;
  if (!inReach(ctx, place)) throw new NotFound();
  const rows = await ctx.db
    .select()
    .from(pointsRules)
    .where(
      and(
        inArray(pointsRules.regionCode, ruleOwnersOf(place)),
        isNull(pointsRules.supersededAt),
        q.system ? eq(pointsRules.system, q.system) : undefined,
        q.includeInactive ? undefined : eq(pointsRules.active, true),
      ),
    )
    .orderBy(asc(pointsRules.system), asc(pointsRules.code));
  return rows.map(ruleView);
};

/** Only the level that owns a rule edits it: the county its catalogue, a village its 村规民约. */
const assertOwner = (ctx: Ctx, regionCode: string, field = 'regionCode') => {
  const level = levelOfCode(regionCode);
  if (!['county', 'township', 'village'].includes(level))
    throw invalidField(field, '规则只能属于县、乡镇或村');
  // A township or village may not edit the county's catalogue, though the county's rules apply to it.
  if (regionPrefix(regionCode, level).length < ctx.actor.scopePrefix.length && inReach(ctx, regionCode))
    throw invalidField(field, '只能修改本级制定的规则');
  if (!isInScope(regionCode, scopeOf(ctx.actor))) throw invalidField(field, '该区划不在您的管辖范围内');
};

export const createRule = (ctx: Ctx, body: CreateRuleBody) =>
  inTransaction(ctx, async (tx) => {
    assertOwner(tx, body.regionCode);
    if (!(await regionNames(tx.db, [body.regionCode])).get(body.regionCode))
      throw invalidField('regionCode', '区划不存在');
    const [clash] = await tx.db
      .select({ id: pointsRules.id })
      .from(pointsRules)
      .where(
        and(
          eq(pointsRules.regionCode, body.regionCode),
          eq(pointsRules.system, body.system),
          eq(pointsRules.code, body.code),
          isNull(pointsRules.supersededAt),
        ),
      );
    if (clash) throw invalidField('code', `本级已有编号为 ${body.code} 的规则`);
    const [created] = await tx.db
      .insert(pointsRules)
      .values({
        id: newId(),
        ruleKey: newId(),
        version: 1,
        regionCode: body.regionCode,
        system: body.system,
        code: body.code,
        name: body.name,
        points: body.points,
        maxPoints: body.maxPoints ?? null,
        evidenceRequired: body.evidenceRequired,
        proposerRoles: body.proposerRoles,
        approverRoles: body.approverRoles,
        cap: body.cap ?? null,
        capPeriod: body.capPeriod ?? null,
        freezeMonths: body.freezeMonths ?? null,
        note: body.note ?? null,
        active: body.active,
        createdBy: tx.actor.userId,
      })
      .returning();
    await writeAudit(tx.db, tx, {
      action: 'points.rule.create',
      entity: 'points_rule',
      entityId: created.id,
      regionCode: created.regionCode,
      diff: auditDiff(null, ruleView(created)),
    });
    return ruleView(created);
  });

/** Loads a rule version in the caller's reach: owned by an ancestor of the caller's scope or inside it. */
export const getRule = async (ctx: Ctx, ruleId: string): Promise<RuleRow> => {
  const [rule] = await ctx.db.select().from(pointsRules).where(eq(pointsRules.id, ruleId)).limit(1);
  if (!rule || !inReach(ctx, rule.regionCode)) throw new NotFound();
  return rule;
};

/** 修改规则: closes the current version and adds the next; granted points stay as they were. */
export const updateRule = (ctx: Ctx, ruleId: string, body: UpdateRuleBody) =>
  inTransaction(ctx, async (tx) => {
    const current = await getRule(tx, ruleId);
    assertOwner(tx, current.regionCode, 'ruleId');
    if (current.supersededAt) throw new Conflict('该规则已有新版本，请刷新后再修改');
    const next = {
      ...current,
      ...Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined)),
    } as RuleRow;
    if (next.maxPoints != null && Math.abs(next.maxPoints) <= Math.abs(next.points))
      throw invalidField('maxPoints', '分值范围的上限应与下限同号且更大');
    if (next.freezeMonths != null && next.points > 0)
      throw invalidField('freezeMonths', '只有扣分规则可以暂停兑换');
    const closed = await tx.db
      .update(pointsRules)
      .set({ supersededAt: new Date() })
      .where(and(eq(pointsRules.id, current.id), isNull(pointsRules.supersededAt)))
      .returning({ id: pointsRules.id });
    if (closed.length === 0) throw new Conflict('该规则已有新版本，请刷新后再修改');
    const [created] = await tx.db
      .insert(pointsRules)
      .values({
        ...next,
        id: newId(),
        version: current.version + 1,
        createdBy: tx.actor.userId,
        createdAt: new Date(),
        supersededAt: null,
      })
      .returning();
    await writeAudit(tx.db, tx, {
      action: 'points.rule.update',
      entity: 'points_rule',
      entityId: created.id,
      regionCode: created.regionCode,
      diff: auditDiff(ruleView(current), ruleView(created)),
    });
    return ruleView(created);
  });

/** Every version of a rule, newest first. */
export const ruleVersions = async (ctx: Ctx, ruleId: string): Promise<RuleView[]> => {
  const rule = await getRule(ctx, ruleId);
  const rows = await ctx.db
    .select()
    .from(pointsRules)
    .where(eq(pointsRules.ruleKey, rule.ruleKey))
    .orderBy(desc(pointsRules.version));
  return rows.map(ruleView);
};
