import type { CreateVisitBody } from '../../../../contracts/api/visits';

// 离线走访: a visit recorded with no signal waits on the phone (IndexedDB) with the idempotency key
// made when it was written, and is sent when the connection returns (the `online` event, the start
// of the app, 立即发送). Sent again after a lost answer it is still recorded once: the same key
// finds the same visit on the server. A visit the server refuses keeps its message until the user
// removes it. The store and the server are passed in, so the steps are tested without a browser
// (the same pattern as events/report/offline-queue.ts).

export interface QueuedVisit {
  key: string;
  body: CreateVisitBody;
  /** What the page shows in the list of waiting visits (household and date). */
  label: string;
  writtenAt: string;
  /** The server refused it (not a network fault): shown, kept until the user removes it. */
  error?: string;
}

export interface VisitQueueStore {
  all(): Promise<QueuedVisit[]>;
  put(visit: QueuedVisit): Promise<void>;
  remove(key: string): Promise<void>;
}

export interface VisitServer {
  /** POST /api/visits with the Idempotency-Key: the visit, new or already recorded. */
  create(body: CreateVisitBody, key: string): Promise<{ id: string }>;
}

export type VisitSendResult =
  | { outcome: 'sent'; visitId: string }
  | { outcome: 'offline' }
  | { outcome: 'refused'; message: string };

/** A key no other visit of this phone has: the server scopes it to the account. */
export const newVisitKey = (): string =>
  `v-${Date.now().toString(36)}-${crypto.getRandomValues(new Uint32Array(2)).join('')}`;

export const queuedVisit = (body: CreateVisitBody, label: string, now = new Date()): QueuedVisit => ({
  key: newVisitKey(),
  body,
  label,
  writtenAt: now.toISOString(),
});

/** Sends one visit; a lost connection keeps it waiting, a refusal keeps it with its message. */
export const sendVisit = async (
  visit: QueuedVisit,
  store: VisitQueueStore,
  server: VisitServer,
  isNetwork: (error: unknown) => boolean,
): Promise<VisitSendResult> => {
  try {
    const recorded = await server.create(visit.body, visit.key);
    await store.remove(visit.key);
    return { outcome: 'sent', visitId: recorded.id };
  } catch (error) {
    if (isNetwork(error)) return { outcome: 'offline' };
    const message = error instanceof Error ? error.message : String(error);
    await store.put({ ...visit, error: message });
    return { outcome: 'refused', message };
  }
};

export interface VisitFlushResult {
  sent: number;
  waiting: number;
}

let flushing: Promise<VisitFlushResult> | null = null;

/**
 * Sends the waiting visits oldest first; stops at the first lost connection. One flush at a time
 * per page (the `online` event, the start of the app and 立即发送 share it), so a visit is never
 * posted twice at once. Refused visits are not sent again automatically.
 */
export const flushVisits = (
  store: VisitQueueStore,
  server: VisitServer,
  isNetwork: (error: unknown) => boolean,
): Promise<VisitFlushResult> => {
  flushing ??= (async () => {
    let sent = 0;
    const waiting = (await store.all())
      .filter((v) => !v.error)
      .sort((a, b) => a.writtenAt.localeCompare(b.writtenAt));
    for (const visit of waiting) {
      const result = await sendVisit(visit, store, server, isNetwork);
      if (result.outcome === 'offline') break;
      if (result.outcome === 'sent') sent++;
    }
    return { sent, waiting: (await store.all()).filter((v) => !v.error).length };
  })().finally(() => {
    flushing = null;
  });
  return flushing;
};
