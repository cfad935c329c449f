import { isNetworkError, visitServer } from './api';
import { flushVisits, type VisitFlushResult } from './visit-queue';
import { idbVisitQueue } from './visit-queue-store';

// Sends the phone's waiting visits: when the app starts, on the browser's `online` event and on
// 立即发送. Pages listen for VISIT_QUEUE_CHANGED to show the count.

const VISIT_QUEUE_CHANGED = 'zx:visits-queue';

export const notifyVisitQueueChanged = (flushed?: VisitFlushResult) =>
  window.dispatchEvent(
    new CustomEvent<VisitFlushResult | undefined>(VISIT_QUEUE_CHANGED, { detail: flushed }),
  );

export const onVisitQueueChanged = (listener: (flushed?: VisitFlushResult) => void) => {
  const handler = (e: Event) => listener((e as CustomEvent<VisitFlushResult | undefined>).detail);
  window.addEventListener(VISIT_QUEUE_CHANGED, handler);
  return () => window.removeEventListener(VISIT_QUEUE_CHANGED, handler);
};

export const sendWaitingVisits = async (): Promise<VisitFlushResult> => {
  const result = await flushVisits(idbVisitQueue, visitServer, isNetworkError);
  notifyVisitQueueChanged(result);
  return result;
};

let started = false;

/** Once per page load: send what waits now, and again whenever the connection returns. */
export const startVisitSync = () => {
  if (started) return;
  started = true;
  window.addEventListener('online', () => void sendWaitingVisits().catch(() => undefined));
  void idbVisitQueue
    .all()
    .then((waiting) => (waiting.some((v) => !v.error) && navigator.onLine ? sendWaitingVisits() : undefined))
    .catch(() => undefined);
};
