import type { CreateEventBody } from '../../../../contracts/api/events';

// 离线上报: a report written with no signal waits on the phone (IndexedDB) with its photos and the
// idempotency key made when it was written, and is sent when the connection returns. Sent again
// after a lost answer it is still filed once: the same key finds the same event on the server, a
// photo is marked uploaded as soon as the server has it (and one whose answer was lost is
// recognised by its file name), and a draft is submitted only while the server says it is one.
// The store and the server are passed in, so the steps are tested without a browser.

export interface QueuedPhoto {
  /** `<report key>-<n>.jpg`: unique, so the server's list tells whether it arrived. */
  name: string;
  blob: Blob;
  uploaded: boolean;
}

export interface QueuedReport {
  key: string;
  body: CreateEventBody;
  photos: QueuedPhoto[];
  /** What the page shows in the list of waiting reports. */
  label: string;
  writtenAt: string;
  eventId?: string;
  /** The server refused it (not a network fault): shown, kept until the user removes it. */
  error?: string;
}

export interface QueueStore {
  all(): Promise<QueuedReport[]>;
  put(report: QueuedReport): Promise<void>;
  remove(key: string): Promise<void>;
}

export interface ReportServer {
  /** POST /api/events with the Idempotency-Key: the event, new or already filed. */
  create(body: CreateEventBody, key: string): Promise<{ id: string; status: string }>;
  /** Names of the photos the event already has. */
  photoNames(eventId: string): Promise<string[]>;
  upload(eventId: string, photo: QueuedPhoto): Promise<void>;
  submit(eventId: string): Promise<void>;
}

export type SendResult =
  | { outcome: 'sent'; eventId: string }
  | { outcome: 'offline' }
  /** `eventId` when the event was filed and a later step (a photo) was refused. */
  | { outcome: 'refused'; message: string; eventId?: string };

/** A key no other report of this phone has: the server scopes it to the account. */
export const newReportKey = (): string =>
  `r-${Date.now().toString(36)}-${crypto.getRandomValues(new Uint32Array(2)).join('')}`;

/** A report to keep and send; `body.draft` when its category wants the photos before it is filed. */
export const queuedReport = (body: CreateEventBody, blobs: Blob[], label: string): QueuedReport => {
  const key = newReportKey();
  return {
    key,
    body,
    photos: blobs.map((blob, i) => ({ name: `${key}-${i + 1}.jpg`, blob, uploaded: false })),
    label,
    writtenAt: new Date().toISOString(),
  };
};

/**
 * Sends one report through every step it still lacks, saving progress after each so a retry
 * starts where this one stopped. `isNetwork` tells a lost connection (keep, retry later) from a
 * refusal (the message is kept for the user).
 */
export const sendReport = async (
  report: QueuedReport,
  store: QueueStore,
  server: ReportServer,
  isNetwork: (error: unknown) => boolean,
): Promise<SendResult> => {
  const current = { ...report, photos: report.photos.map((p) => ({ ...p })) };
  try {
    const event = await server.create(current.body, current.key);
    current.eventId = event.id;
    await store.put(current);
    const pending = current.photos.filter((p) => !p.uploaded);
    if (pending.length > 0) {
      const there = new Set(await server.photoNames(event.id));
      for (const photo of pending) {
        if (!there.has(photo.name)) await server.upload(event.id, photo);
        photo.uploaded = true;
        await store.put(current);
      }
    }
    if (event.status === 'draft') await server.submit(event.id);
    await store.remove(current.key);
    return { outcome: 'sent', eventId: event.id };
  } catch (error) {
    if (isNetwork(error)) return { outcome: 'offline' };
    const message = error instanceof Error ? error.message : String(error);
    await store.put({ ...current, error: message });
    return { outcome: 'refused', message, eventId: current.eventId };
  }
};

let flushing: Promise<FlushResult> | null = null;

export interface FlushResult {
  sent: number;
  waiting: number;
}

/**
 * Sends the waiting reports one after another, oldest first; stops at the first lost connection.
 * One flush at a time per page: the `online` event, the start of the app and 立即发送 share it.
 * Reports the server refused stay (with their message) and are not sent again automatically.
 */
export const flushQueue = (
  store: QueueStore,
  server: ReportServer,
  isNetwork: (error: unknown) => boolean,
): Promise<FlushResult> => {
  flushing ??= (async () => {
    let sent = 0;
    const waiting = (await store.all())
      .filter((r) => !r.error)
      .sort((a, b) => a.writtenAt.localeCompare(b.writtenAt));
    for (const report of waiting) {
      const result = await sendReport(report, store, server, isNetwork);
      if (result.outcome === 'offline') break;
      if (result.outcome === 'sent') sent++;
    }
    return { sent, waiting: (await store.all()).length };
  })().finally(() => {
    flushing = null;
  });
  return flushing;
};
