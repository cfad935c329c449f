import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { DevelopmentRecord } from '../../../contracts/api/members';
import type { Ctx } from '../../platform/context';
import { NotFound } from '../../platform/errors';
import { getInScope, scopeOf } from '../../platform/scope';
import { personSummaries } from '../households/lookups';
import { orgNames } from '../org/load-org';
import { inSequence } from './in-sequence';
import { developmentRecords, developmentSteps, partyMembers } from './tables';

export type RecordRow = typeof developmentRecords.$inferSelect;

export const loadRecordInScope = async (ctx: Ctx, recordId: string, forUpdate = false) => {
  const record = await getInScope(ctx.db, developmentRecords, recordId, scopeOf(ctx.actor), { forUpdate });
  if (record.deletedAt) throw new NotFound();
  return record;
};

/** The step of the record's current stage (the date the next step is measured from). */
export const currentStep = async (ctx: Ctx, record: RecordRow) => {
  const [step] = await ctx.db
    .select()
    .from(developmentSteps)
    .where(and(eq(developmentSteps.recordId, record.id), eq(developmentSteps.stage, record.stage)))
    .orderBy(desc(developmentSteps.reachedOn))
    .limit(1);
  return step;
};

export const stepsOf = (ctx: Ctx, recordId: string) =>
  ctx.db
    .select()
    .from(developmentSteps)
    .where(eq(developmentSteps.recordId, recordId))
    .orderBy(asc(developmentSteps.reachedOn), asc(developmentSteps.createdAt));

export const toRecordViews = async (ctx: Ctx, rows: RecordRow[]): Promise<DevelopmentRecord[]> => {
  const ids = rows.map((r) => r.id);
  const personIds = rows.map((r) => r.personId);
  const [people, orgs, steps, members] = await inSequence([
    () => personSummaries(ctx, personIds),
    () =>
      orgNames(
        ctx,
        ctx.db,
        rows.map((r) => r.orgId),
      ),
    () =>
      ids.length
        ? ctx.db
            .select({
              recordId: developmentSteps.recordId,
              stage: developmentSteps.stage,
              on: developmentSteps.reachedOn,
            })
            .from(developmentSteps)
            .where(inArray(developmentSteps.recordId, ids))
        : [],
    () =>
      personIds.length
        ? ctx.db
            .select({ id: partyMembers.id, personId: partyMembers.personId })
            .from(partyMembers)
            .where(and(inArray(partyMembers.personId, personIds), isNull(partyMembers.deletedAt)))
        : [],
  ]);
  return rows.map((r) => ({
    id: r.id,
    personId: r.personId,
    name: people.get(r.personId)?.name ?? '（辖区外人员）',
    orgId: r.orgId,
    orgName: orgs.get(r.orgId) ?? '（辖区外党组织）',
    regionCode: r.regionCode,
    stage: r.stage as DevelopmentRecord['stage'],
    stageSince: steps.find((s) => s.recordId === r.id && s.stage === r.stage)?.on ?? '',
    memberId: members.find((m) => m.personId === r.personId)?.id ?? null,
  }));
};

export const getRecord = async (ctx: Ctx, recordId: string) => {
  const record = await loadRecordInScope(ctx, recordId);
  const [view] = await toRecordViews(ctx, [record]);
  const steps = await stepsOf(ctx, recordId);
  return {
    ...view,
    steps: steps.map((s) => ({
      stage: s.stage as DevelopmentRecord['stage'],
      reachedOn: s.reachedOn,
      responsible: s.responsible,
      items: s.items,
      note: s.note,
    })),
  };
};
