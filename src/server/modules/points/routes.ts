import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { boardsRoutes } from './boards-routes';
import { claimsRoutes } from './claims-routes';
import { pointsExcelRoutes } from './excel';
import { ledgerRoutes } from './ledger-routes';
import { rulesRoutes } from './rules-routes';
import { shopsRoutes } from './shops-routes';

// Routes of points (issue 6), by area: rules, accounts and ledgers, claims and approval,
// rankings and walls, the points supermarket, photos and Excel. Every POST that moves points or
// stock takes an Idempotency-Key.

export const pointsRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(rulesRoutes);
  await app.register(ledgerRoutes);
  await app.register(claimsRoutes);
  await app.register(boardsRoutes);
  await app.register(shopsRoutes);
  await app.register(pointsExcelRoutes);
};
