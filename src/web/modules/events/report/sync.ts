import { isNetworkError, reportServer } from './api';
import { type FlushResult, flushQueue } from './offline-queue';
import { idbQueue } from './queue-store';

// Sends the phone's waiting reports: when the app starts, on the browser's `online` event and on
// 立即发送. Pages listen for QUEUE_CHANGED to show the count.

const QUEUE_CHANGED = 'zx:events-report-queue';

/** Tells the pages the queue changed; after a flush, with what it sent. */
export const notifyQueueChanged = (flushed?: FlushResult) =>
  window.dispatchEvent(new CustomEvent<FlushResult | undefined>(QUEUE_CHANGED, { detail: flushed }));

export const onQueueChanged = (listener: (flushed?: FlushResult) => void) => {
  const handler = (e: Event) => listener((e as CustomEvent<FlushResult | undefined>).detail);
  window.addEventListener(QUEUE_CHANGED, handler);
  return () => window.removeEventListener(QUEUE_CHANGED, handler);
};

export const sendWaiting = async (): Promise<FlushResult> => {
  const result = await flushQueue(idbQueue, reportServer, isNetworkError);
  notifyQueueChanged(result);
  return result;
};

let started = false;

/** Once per page load: send what waits now, and again whenever the connection returns. */
export const startReportSync = () => {
  if (started) return;
  started = true;
  window.addEventListener('online', () => void sendWaiting().catch(() => undefined));
  void idbQueue
    .all()
    .then((waiting) => (waiting.length > 0 && navigator.onLine ? sendWaiting() : undefined))
    .catch(() => undefined);
};
