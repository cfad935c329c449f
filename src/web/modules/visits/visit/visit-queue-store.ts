import { createStore, del, set, values } from 'idb-keyval';
import type { QueuedVisit, VisitQueueStore } from './visit-queue';

// The phone's queue of visits waiting for a connection: IndexedDB (idb-keyval).

let store: ReturnType<typeof createStore> | null = null;
const db = () => {
  store ??= createStore('zhenxing-visits', 'visit-queue');
  return store;
};

export const idbVisitQueue: VisitQueueStore = {
  all: () => values<QueuedVisit>(db()),
  put: (visit) => set(visit.key, visit, db()),
  remove: (key) => del(key, db()),
};
