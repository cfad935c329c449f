import { createStore, del, set, values } from 'idb-keyval';
import type { QueuedReport, QueueStore } from './offline-queue';

// The phone's queue of reports waiting for a connection: IndexedDB (idb-keyval), photos as Blobs.

let store: ReturnType<typeof createStore> | null = null;
const db = () => {
  store ??= createStore('zhenxing-events', 'report-queue');
  return store;
};

export const idbQueue: QueueStore = {
  all: () => values<QueuedReport>(db()),
  put: (report) => set(report.key, report, db()),
  remove: (key) => del(key, db()),
};
