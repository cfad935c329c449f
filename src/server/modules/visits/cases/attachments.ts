import type { AttachableKind } from '../../../platform/attachments/kinds';
import { Conflict } from '../../../platform/errors';
import { monitoringCases } from '../tables';
import { mayTakeStep } from './policy';
import { CASE_KIND, type CaseRow } from './workflow';

// 承诺授权书: the photo of the signed consent form (and other papers of the home review) on the case.
// Seen by whoever sees the case; added and removed by the village while it reviews at home.

export const caseAttachments: AttachableKind<CaseRow> = {
  kind: CASE_KIND,
  label: { zh: '监测对象识别', en: 'monitoring case' },
  table: monitoringCases,
  accept: ['image', 'document'],
  maxFiles: 9,
  assertMayRead: () => undefined,
  assertMayAdd: (ctx, c) => {
    if (c.state !== 'village_review' || !mayTakeStep(ctx.actor, c))
      throw new Conflict('村级核实时，村里才能上传承诺授权书');
  },
  assertMayRemove: (ctx, c, file) => {
    if (c.state !== 'village_review' || file.createdBy !== ctx.actor.userId)
      throw new Conflict('只有上传人可以在村级核实时删除');
  },
};
