import type { PairingDetail } from '../../../../contracts/api/economy-pairings';
import type { Ctx } from '../../../platform/context';
import { listActivities } from './activities';
import { loadPairing } from './load';
import { toPairingView } from './pairing-view';

/** One pairing seen from either village's side, with its activities and photos. */
export const getPairing = async (ctx: Ctx, pairingId: string): Promise<PairingDetail> => {
  const row = await loadPairing(ctx, pairingId);
  return { ...(await toPairingView(ctx, row)), activities: await listActivities(ctx, pairingId) };
};
