import { inArray } from 'drizzle-orm';
import { z } from 'zod';
import { listTalentsQuerySchema, type Talent } from '../../../contracts/api/talents';
import { talentCategory, talentStatus } from '../../../contracts/registry/enums';
import type { Ctx } from '../../platform/context';
import { NotFound } from '../../platform/errors';
import { labelOf } from '../../platform/excel/cells';
import { auditedExport, pages } from '../../platform/excel/export';
import type { SheetColumn } from '../../platform/excel/stream';
import { villagesInScope } from '../households/import-villages';
import { loadPerson } from '../households/load';
import { personSummaries } from '../households/lookups';
import { beijingTime, DECISION_LABELS, type LastReview, lastReviews, STEP_LABELS } from './last-review';
import { listTalents } from './list-talents';
import { assertMayExportInFull } from './policy';
import { talents } from './tables';
import { TALENT_SHEET } from './talent-sheet';

// 导出人才: the list's filters (status, category, village, 待我处理), the template's columns so a
// corrected file can be imported again, then the review status and the last step (who, when,
// what). ID numbers and phones are masked unless the role may reveal them and states a purpose.

export const talentExportQuery = listTalentsQuerySchema.omit({ page: true, pageSize: true }).extend({
  reveal: z.enum(['true', 'false']).optional(),
  purpose: z.string().trim().max(200).optional(),
});

type Row = Talent & { village: string; idNumber: string | null; phone: string | null; last?: LastReview };

const COLUMNS: SheetColumn<Row>[] = [
  { header: '所属村', key: 'village', width: 22, value: (t) => t.village },
  { header: '姓名', key: 'name', value: (t) => t.name },
  { header: '身份证号', key: 'idNumber', width: 22, value: (t) => t.idNumber },
  { header: '联系电话', key: 'phone', width: 14, value: (t) => t.phone },
  { header: '人才类别', key: 'category', value: (t) => labelOf(talentCategory, t.category) },
  { header: '称号', key: 'tags', value: (t) => t.tags.join('、') || null },
  { header: '特长说明', key: 'skills', width: 36, value: (t) => t.skills },
  { header: '审核状态', key: 'status', width: 12, value: (t) => labelOf(talentStatus, t.status) },
  { header: '最近环节', key: 'step', value: (t) => (t.last ? STEP_LABELS[t.last.step] : null) },
  { header: '办理结果', key: 'decision', value: (t) => (t.last ? DECISION_LABELS[t.last.decision] : null) },
  { header: '办理人', key: 'reviewer', value: (t) => t.last?.reviewerName ?? null },
  { header: '办理时间', key: 'at', width: 18, value: (t) => (t.last ? beijingTime(t.last.at) : null) },
  { header: '办理意见', key: 'comment', width: 30, value: (t) => t.last?.comment ?? null },
];

/** Full numbers of a page of talents: phones from the talent, ID numbers from the linked person. */
const fullNumbers = async (ctx: Ctx, items: Talent[]) => {
  const phones = await ctx.db
    .select({ id: talents.id, phoneEnc: talents.phoneEnc })
    .from(talents)
    .where(
      inArray(
        talents.id,
        items.map((t) => t.id),
      ),
    );
  const phone = new Map(phones.map((p) => [p.id, p.phoneEnc ? ctx.pii.decrypt(p.phoneEnc) : null]));
  const idNumber = new Map<string, string | null>();
  for (const t of items.filter((x) => x.personId)) {
    // A person moved out of the caller's scope (or gone) has no number to show here.
    const person = await loadPerson(ctx, t.personId as string, { deleted: true }).catch((error) => {
      if (error instanceof NotFound) return null;
      throw error;
    });
    idNumber.set(t.id, person?.idNumberEnc ? ctx.pii.decrypt(person.idNumberEnc) : null);
  }
  return { phone, idNumber };
};

const maskedNumbers = async (ctx: Ctx, items: Talent[]) => {
  const people = await personSummaries(
    ctx,
    items.flatMap((t) => (t.personId ? [t.personId] : [])),
  );
  return {
    phone: new Map(items.map((t) => [t.id, t.phoneMasked])),
    idNumber: new Map(
      items.map((t) => [t.id, t.personId ? (people.get(t.personId)?.idNumberMasked ?? null) : null]),
    ),
  };
};

export const exportTalents = async (ctx: Ctx, query: z.infer<typeof talentExportQuery>) => {
  const { reveal: revealText, purpose, ...filters } = query;
  const reveal = revealText === 'true';
  assertMayExportInFull(ctx.actor, reveal, purpose);
  const villages = await villagesInScope(ctx);
  async function* batches() {
    for await (const items of pages((page, pageSize) => listTalents(ctx, { ...filters, page, pageSize }))) {
      const numbers = reveal ? await fullNumbers(ctx, items) : await maskedNumbers(ctx, items);
      const last = await lastReviews(
        ctx,
        items.map((t) => t.id),
      );
      yield items.map((t) => ({
        ...t,
        village: villages.label(t.regionCode),
        idNumber: numbers.idNumber.get(t.id) ?? null,
        phone: numbers.phone.get(t.id) ?? null,
        last: last.get(t.id),
      }));
    }
  }
  return auditedExport(ctx, {
    action: reveal ? 'talent.export_unmasked' : 'talent.export',
    entity: 'talent',
    filters: { ...filters, reveal, purpose: purpose ?? null },
    sheet: TALENT_SHEET,
    columns: COLUMNS,
    batches: batches(),
  });
};
