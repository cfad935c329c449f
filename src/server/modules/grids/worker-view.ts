import { maskPhone } from '../../../contracts/pii';
import type { Ctx } from '../../platform/context';
import type { gridWorkers } from './tables';

type WorkerRow = typeof gridWorkers.$inferSelect;

export const toWorkerView = (ctx: Ctx, w: WorkerRow) => ({
  id: w.id,
  name: w.name,
  phoneMasked: w.phoneEnc ? maskPhone(ctx.pii.decrypt(w.phoneEnc)) : null,
  userId: w.userId,
});

export const auditableWorker = (ctx: Ctx, w: WorkerRow) => ({
  gridId: w.gridId,
  name: w.name,
  phone: w.phoneEnc ? ctx.pii.decrypt(w.phoneEnc) : null,
  userId: w.userId,
});
