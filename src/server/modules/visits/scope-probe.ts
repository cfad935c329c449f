import type { ScopeProbe } from '../../../testing/scope-probe';
import { casesScopeProbes } from './cases/scope-probe';
import { cluesScopeProbes } from './clues/scope-probe';
import { contactsScopeProbes } from './contacts/scope-probe';
import { monitoringScopeProbes } from './monitoring/scope-probe';
import { reportsScopeProbes } from './reports/scope-probe';
import { visitScopeProbes } from './visit/scope-probe';

// Visits and monitoring records on the other side, for the generic scope test, gathered from the parts.

export const scopeProbes: ScopeProbe[] = [
  ...visitScopeProbes,
  ...monitoringScopeProbes,
  ...cluesScopeProbes,
  ...casesScopeProbes,
  ...contactsScopeProbes,
  ...reportsScopeProbes,
];
