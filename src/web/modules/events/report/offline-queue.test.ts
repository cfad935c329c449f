import { describe, expect, it } from 'vitest';
import {
  flushQueue,
  type QueuedPhoto,
  type QueuedReport,
  type QueueStore,
  queuedReport,
  type ReportServer,
  sendReport,
} from './offline-queue';

// The offline queue against a phone store in memory and a small stand-in server that files each
// key once, like POST /api/events does, and can lose its connection at any step.

class MemoryStore implements QueueStore {
  readonly rows = new Map<string, QueuedReport>();
  async all() {
    return [...this.rows.values()].map((r) => structuredClone(r));
  }
  async put(r: QueuedReport) {
    this.rows.set(r.key, structuredClone(r));
  }
  async remove(key: string) {
    this.rows.delete(key);
  }
}

class Offline extends Error {}

/** Files each key once; `cutAt` names steps that fail once with a lost connection. */
class Server implements ReportServer {
  events = new Map<string, { id: string; status: string; photos: string[] }>();
  calls: string[] = [];
  cutAt = new Set<string>();
  loseAnswerOf = new Set<string>();
  private step(name: string) {
    this.calls.push(name);
    if (this.cutAt.delete(name)) throw new Offline(name);
  }
  private byId(id: string) {
    return [...this.events.values()].find((e) => e.id === id)!;
  }
  async create(body: { draft?: boolean }, key: string) {
    this.step('create');
    let e = this.events.get(key);
    if (!e) {
      e = { id: `e${this.events.size + 1}`, status: body.draft ? 'draft' : 'reported', photos: [] };
      this.events.set(key, e);
    }
    if (this.loseAnswerOf.delete('create')) throw new Offline('answer lost');
    return { id: e.id, status: e.status };
  }
  async photoNames(id: string) {
    this.step('photoNames');
    return [...this.byId(id).photos];
  }
  async upload(id: string, photo: QueuedPhoto) {
    this.step(`upload ${photo.name.slice(-5)}`);
    this.byId(id).photos.push(photo.name);
    if (this.loseAnswerOf.delete('upload')) throw new Offline('answer lost');
  }
  async submit(id: string) {
    this.step('submit');
    this.byId(id).status = 'reported';
  }
}

const isNetwork = (e: unknown) => e instanceof Offline;
const body = { categoryId: '00000000-0000-4000-8000-000000000001', description: '村口路灯坏了三盏' };
const photo = () => new Blob([new Uint8Array([0xff, 0xd8, 0xff])], { type: 'image/jpeg' });

describe('the offline report queue', () => {
  it('keeps a report written offline and files it once, with each photo once, when the connection returns', async () => {
    const store = new MemoryStore();
    const server = new Server();
    const report = queuedReport({ ...body, draft: true }, [photo(), photo()], '路灯');
    await store.put(report);
    server.cutAt.add('create');
    expect(await flushQueue(store, server, isNetwork)).toEqual({ sent: 0, waiting: 1 });
    // Back online: the answer to the first upload is lost after the server kept the photo.
    server.loseAnswerOf.add('upload');
    expect(await flushQueue(store, server, isNetwork)).toEqual({ sent: 0, waiting: 1 });
    expect((await store.all())[0].eventId).toBe('e1');
    expect(await flushQueue(store, server, isNetwork)).toEqual({ sent: 1, waiting: 0 });
    expect(server.events.size).toBe(1);
    const [event] = server.events.values();
    expect(event.photos).toEqual([`${report.key}-1.jpg`, `${report.key}-2.jpg`]);
    expect(event.status).toBe('reported');
    expect(server.calls.filter((c) => c === 'submit')).toHaveLength(1);
  });

  it('sends the same key again after a lost answer and never uploads a photo marked uploaded', async () => {
    const store = new MemoryStore();
    const server = new Server();
    const report = queuedReport({ ...body, draft: true }, [photo()], '积水');
    await store.put(report);
    server.loseAnswerOf.add('create');
    await flushQueue(store, server, isNetwork);
    server.cutAt.add('submit');
    await flushQueue(store, server, isNetwork);
    expect((await store.all())[0].photos[0].uploaded).toBe(true);
    await flushQueue(store, server, isNetwork);
    expect(server.events.size).toBe(1);
    expect(server.calls.filter((c) => c.startsWith('upload'))).toHaveLength(1);
    expect(store.rows.size).toBe(0);
  });

  it('files a report without photos directly (no draft, no submit), oldest first, and shares one flush between callers', async () => {
    const store = new MemoryStore();
    const server = new Server();
    const older = { ...queuedReport(body, [], '一'), writtenAt: '2026-01-01T00:00:00.000Z' };
    const newer = { ...queuedReport(body, [], '二'), writtenAt: '2026-01-02T00:00:00.000Z' };
    await store.put(newer);
    await store.put(older);
    const [a, b] = await Promise.all([
      flushQueue(store, server, isNetwork),
      flushQueue(store, server, isNetwork),
    ]);
    expect(a).toEqual({ sent: 2, waiting: 0 });
    expect(b).toBe(a);
    expect([...server.events.keys()]).toEqual([older.key, newer.key]);
    expect(server.calls).toEqual(['create', 'create']);
  });

  it('keeps a report the server refuses with its message and does not send it again by itself', async () => {
    const store = new MemoryStore();
    const server = new Server();
    server.create = async () => {
      throw new Error('该类别已停用，请重新选择');
    };
    await store.put(queuedReport(body, [], '停用'));
    expect(await flushQueue(store, server, isNetwork)).toEqual({ sent: 0, waiting: 1 });
    expect((await store.all())[0].error).toBe('该类别已停用，请重新选择');
    let tried = false;
    server.create = async () => {
      tried = true;
      return { id: 'x', status: 'reported' };
    };
    await flushQueue(store, server, isNetwork);
    expect(tried).toBe(false);
  });

  it('tells a refused photo of a filed event from a refused report, so the page never files it twice', async () => {
    const store = new MemoryStore();
    const server = new Server();
    server.upload = async () => {
      throw new Error('照片格式不支持');
    };
    const report = queuedReport(body, [photo()], '照片');
    await store.put(report);
    const result = await sendReport(report, store, server, isNetwork);
    expect(result).toEqual({ outcome: 'refused', message: '照片格式不支持', eventId: 'e1' });
    expect(server.events.size).toBe(1);
  });
});
