import type { ScopeProbe } from '../../../testing/scope-probe';
import { accountsScopeProbes } from './accounts/scope-probe';
import { assetsScopeProbes } from './assets/scope-probe';
import { pairingsScopeProbes } from './pairings/scope-probe';
import { plansScopeProbes } from './plans/scope-probe';
import { projectsScopeProbes } from './projects/scope-probe';
import { viewsScopeProbes } from './views/scope-probe';

// Economy records on the other side, for the generic scope test, gathered from the parts.

export const scopeProbes: ScopeProbe[] = [
  ...accountsScopeProbes,
  ...assetsScopeProbes,
  ...plansScopeProbes,
  ...pairingsScopeProbes,
  ...projectsScopeProbes,
  ...viewsScopeProbes,
];
