import { inArray } from 'drizzle-orm';
import {
  type DevelopmentExportQuery,
  type DevelopmentRecord,
  developmentExportQuerySchema,
} from '../../../contracts/api/members';
import { type Coded, developmentStage } from '../../../contracts/registry/enums';
import type { Ctx } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { labelOf } from '../../platform/excel/cells';
import { auditedExport, pages } from '../../platform/excel/export';
import { registryExcelRoutes } from '../../platform/excel/registry-routes';
import { rowImporter } from '../../platform/excel/row-import';
import { exportColumns } from '../../platform/excel/spec-columns';
import { assertMayExportInFull, idNumbersOf } from '../households/id-numbers-export';
import { orgChoices } from '../org/lookups';
import { advanceRecord } from './advance-record';
import { createRecord } from './create-record';
import {
  byKey,
  DEVELOPMENT_SHEET,
  type DevelopmentDraft,
  developmentSheetSpec,
  onKey,
  stageFieldColumns,
  toDraft,
} from './development-sheet';
import { MEMBER_LEVELS } from './excel';
import { inSequence } from './in-sequence';
import { listRecords } from './list-records';
import { STAGES } from './policy';
import { developmentSteps } from './tables';

type Stage = Coded<typeof developmentStage>;

// Field errors of the opening step land on the applicant's columns; those of a later step are
// renamed to that stage's columns (below), which map to themselves.
const FIELD_COLUMNS: Record<string, string> = {
  ...stageFieldColumns('applicant'),
  ...Object.fromEntries(STAGES.flatMap((s) => [onKey(s), byKey(s)]).map((k) => [k, k])),
};

/** A use case's error with its field paths renamed to the columns of the stage it concerns. */
const onStageColumns = async (stage: Stage, step: () => Promise<unknown>) => {
  try {
    await step();
  } catch (error) {
    if (!(error instanceof AppError) || !error.fields?.length) throw error;
    const columns = stageFieldColumns(stage);
    const fields = error.fields.map((f) => ({ ...f, path: columns[f.path] ?? f.path }));
    throw new AppError(error.status, error.code, error.message, fields);
  }
};

/** Opens the record and advances it stage by stage, exactly as the API's two routes would. */
const createDraft = async (tx: Ctx, draft: DevelopmentDraft) => {
  const record = await createRecord(tx, draft.record);
  for (const step of draft.advances)
    await onStageColumns(step.stage, () => advanceRecord(tx, record.id, step));
};

const developmentImporter = async (ctx: Ctx, fileName: string) => {
  const orgs = await orgChoices(ctx, MEMBER_LEVELS);
  return rowImporter(
    {
      registry: 'development',
      spec: developmentSheetSpec(orgs.labels),
      action: 'development.import',
      entity: 'development_record',
      lookups: async () => ({ orgs, seen: new Map<string, number>() }),
      toBody: toDraft,
      create: createDraft,
      fieldColumns: FIELD_COLUMNS,
      defaultColumn: 'idNumber',
    },
    fileName,
  );
};

type StepCells = { reachedOn: string; responsible: string };
type ExportRow = DevelopmentRecord & {
  idNumber: string | null;
  orgLabel: string;
  steps: Map<string, StepCells>;
};

/** The export writes the import's columns (spec-columns.ts), so a file exported in full imports back. */
const columnsOf = (orgLabels: string[]) =>
  exportColumns<ExportRow>(developmentSheetSpec(orgLabels), {
    name: (r) => r.name,
    idNumber: (r) => r.idNumber,
    org: (r) => r.orgLabel,
    stage: (r) => labelOf(developmentStage, r.stage),
    ...Object.fromEntries(
      STAGES.flatMap((stage) => [
        [onKey(stage), (r: ExportRow) => r.steps.get(stage)?.reachedOn ?? null],
        [byKey(stage), (r: ExportRow) => r.steps.get(stage)?.responsible ?? null],
      ]),
    ),
  });

/** The steps of a page of records, by record then stage. */
const stepsOfRecords = async (ctx: Ctx, ids: string[]) => {
  const rows = ids.length
    ? await ctx.db.select().from(developmentSteps).where(inArray(developmentSteps.recordId, ids))
    : [];
  const out = new Map<string, Map<string, StepCells>>();
  for (const s of rows) {
    const steps = out.get(s.recordId) ?? new Map<string, StepCells>();
    steps.set(s.stage, { reachedOn: s.reachedOn, responsible: s.responsible });
    out.set(s.recordId, steps);
  }
  return out;
};

const exportRecords = async (ctx: Ctx, query: DevelopmentExportQuery) => {
  const { reveal: revealText, purpose, ...filters } = query;
  const reveal = revealText === 'true';
  assertMayExportInFull(ctx.actor, reveal, purpose);
  const orgs = await orgChoices(ctx, MEMBER_LEVELS);
  async function* batches() {
    for await (const items of pages((page, pageSize) => listRecords(ctx, { ...filters, page, pageSize }))) {
      const [ids, steps] = await inSequence([
        () =>
          idNumbersOf(
            ctx,
            items.map((r) => r.personId),
            reveal,
          ),
        () =>
          stepsOfRecords(
            ctx,
            items.map((r) => r.id),
          ),
      ]);
      yield items.map((r) => ({
        ...r,
        idNumber: ids.get(r.personId) ?? null,
        orgLabel: orgs.label(r.orgId) ?? r.orgName,
        steps: steps.get(r.id) ?? new Map<string, StepCells>(),
      }));
    }
  }
  return auditedExport(ctx, {
    action: reveal ? 'development.export_unmasked' : 'development.export',
    entity: 'development_record',
    filters: { ...filters, reveal, purpose: purpose ?? null },
    sheet: DEVELOPMENT_SHEET,
    columns: columnsOf(orgs.labels),
    batches: batches(),
  });
};

/**
 * 发展党员 in Excel: template, import (through create + advance), export (ID numbers masked unless
 * a role that may reveal asks, with a stated purpose).
 */
export const developmentExcelRoutes = registryExcelRoutes({
  base: '/api/development/records',
  registry: 'development',
  tag: 'development',
  title: '发展党员',
  writePermission: 'members.write',
  readPermission: 'members.read',
  spec: async (ctx) => developmentSheetSpec((await orgChoices(ctx, MEMBER_LEVELS)).labels),
  importer: developmentImporter,
  exportQuery: developmentExportQuerySchema,
  exportRows: exportRecords,
});
