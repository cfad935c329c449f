import type { ModulePart } from '../../platform/modules/parts';

/** One part of assessments (criteria, campaign, flags, checklist, weak, cadres, reports). */
export type AssessmentPart = ModulePart;
