import type { ScopeProbe } from '../../../testing/scope-probe';
import { cadresScopeProbes } from './cadres/scope-probe';
import { campaignScopeProbes } from './campaign/scope-probe';
import { checklistScopeProbes } from './checklist/scope-probe';
import { criteriaScopeProbes } from './criteria/scope-probe';
import { flagsScopeProbes } from './flags/scope-probe';
import { reportsScopeProbes } from './reports/scope-probe';
import { weakScopeProbes } from './weak/scope-probe';

// Assessment records on the other side, for the generic scope test, gathered from the parts.

export const scopeProbes: ScopeProbe[] = [
  ...criteriaScopeProbes,
  ...campaignScopeProbes,
  ...flagsScopeProbes,
  ...checklistScopeProbes,
  ...weakScopeProbes,
  ...cadresScopeProbes,
  ...reportsScopeProbes,
];
