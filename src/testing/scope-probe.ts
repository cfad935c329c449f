import type { FastifyInstance } from 'fastify';
import type { Services } from '../server/platform/http/types';
import type { Session, testRegions } from './factories';

// The generic scope test (scope.int.test.ts) calls every route of the OpenAPI document with ids
// and region codes from outside the caller's scope. Each module says, in its own
// `scope-probe.ts`, how to make records on the other side for the path parameters it owns
// (`userId`, `code`, …). A route whose path parameter no module probes fails the test.

export interface ScopeWorld {
  app: FastifyInstance;
  services: Services;
  regions: Awaited<ReturnType<typeof testRegions>>;
  /** County admins of 田东 (covers the other township) and of 凌云 (the other county). */
  foreignAdmins: { tiandong: Session; lingyun: Session };
}

export interface ProbeValues {
  /** Values for the path parameter, all belonging to the other side. */
  values: string[];
  /** Strings that must never appear in a response to the prober (names, usernames, ids). */
  markers: string[];
}

export interface ScopeProbe {
  param: string;
  foreignValues(world: ScopeWorld): Promise<ProbeValues>;
}
