import { describe, expect, it } from 'vitest';
import type { CreateVisitBody } from '../../../../contracts/api/visits';
import {
  flushVisits,
  type QueuedVisit,
  queuedVisit,
  sendVisit,
  type VisitQueueStore,
  type VisitServer,
} from './visit-queue';

// The visit queue against a phone store in memory and a small stand-in server that records each
// key once, like POST /api/visits does, and can lose its connection or refuse.

class MemoryStore implements VisitQueueStore {
  readonly rows = new Map<string, QueuedVisit>();
  async all() {
    return [...this.rows.values()].map((v) => structuredClone(v));
  }
  async put(v: QueuedVisit) {
    this.rows.set(v.key, structuredClone(v));
  }
  async remove(key: string) {
    this.rows.delete(key);
  }
}

class Offline extends Error {}
class Refused extends Error {}
const isNetwork = (e: unknown) => e instanceof Offline;

class Server implements VisitServer {
  visits = new Map<string, { id: string; body: CreateVisitBody }>();
  calls = 0;
  offline = false;
  loseAnswer = false;
  refuse: string | null = null;
  async create(body: CreateVisitBody, key: string) {
    this.calls++;
    if (this.offline) throw new Offline('no signal');
    if (this.refuse) throw new Refused(this.refuse);
    let v = this.visits.get(key);
    if (!v) {
      v = { id: `v${this.visits.size + 1}`, body };
      this.visits.set(key, v);
    }
    if (this.loseAnswer) {
      this.loseAnswer = false;
      throw new Offline('answer lost');
    }
    return { id: v.id };
  }
}

const body = (visitedOn: string): CreateVisitBody => ({
  householdId: '6c0e8a8e-0000-4000-8000-000000000001',
  visitedOn,
  answers: { Q04: { status: 'corrected' } },
  household: { incomePerCapita: 9000 },
  persons: [],
  newMembers: [],
  leftMembers: [],
  problems: [],
});

const at = (iso: string) => new Date(iso);

describe('the visit queue on the phone', () => {
  it('keeps a visit while there is no signal and sends it once when the connection returns', async () => {
    const store = new MemoryStore();
    const server = new Server();
    const visit = queuedVisit(body('2026-12-01'), '张三 · 2026-12-01');
    await store.put(visit);
    server.offline = true;
    expect(await flushVisits(store, server, isNetwork)).toEqual({ sent: 0, waiting: 1 });
    expect(store.rows.get(visit.key)?.error).toBeUndefined();
    server.offline = false;
    expect(await flushVisits(store, server, isNetwork)).toEqual({ sent: 1, waiting: 0 });
    expect(server.visits.size).toBe(1);
    expect(store.rows.size).toBe(0);
  });

  it('records a visit once when the answer was lost and it is sent again with the same key', async () => {
    const store = new MemoryStore();
    const server = new Server();
    const visit = queuedVisit(body('2026-12-02'), 'x');
    await store.put(visit);
    server.loseAnswer = true;
    expect(await sendVisit(visit, store, server, isNetwork)).toEqual({ outcome: 'offline' });
    expect(store.rows.has(visit.key)).toBe(true);
    expect(await sendVisit(visit, store, server, isNetwork)).toEqual({ outcome: 'sent', visitId: 'v1' });
    expect(server.visits.size).toBe(1);
    expect(store.rows.size).toBe(0);
  });

  it('keeps a refused visit with its message and does not send it again by itself', async () => {
    const store = new MemoryStore();
    const server = new Server();
    const visit = queuedVisit(body('2026-12-03'), 'x');
    await store.put(visit);
    server.refuse = '农户不存在';
    expect(await flushVisits(store, server, isNetwork)).toEqual({ sent: 0, waiting: 0 });
    expect(store.rows.get(visit.key)?.error).toBe('农户不存在');
    server.refuse = null;
    const calls = server.calls;
    await flushVisits(store, server, isNetwork);
    expect(server.calls).toBe(calls);
    expect(store.rows.get(visit.key)?.error).toBe('农户不存在');
  });

  it('sends the oldest first and stops at the first lost connection', async () => {
    const store = new MemoryStore();
    const server = new Server();
    const later = queuedVisit(body('2026-12-05'), 'later', at('2026-12-05T10:00:00Z'));
    const earlier = queuedVisit(body('2026-12-04'), 'earlier', at('2026-12-04T10:00:00Z'));
    await store.put(later);
    await store.put(earlier);
    await flushVisits(store, server, isNetwork);
    expect([...server.visits.values()].map((v) => v.body.visitedOn)).toEqual(['2026-12-04', '2026-12-05']);

    const a = queuedVisit(body('2026-12-06'), 'a', at('2026-12-06T10:00:00Z'));
    const b = queuedVisit(body('2026-12-07'), 'b', at('2026-12-07T10:00:00Z'));
    await store.put(a);
    await store.put(b);
    server.offline = true;
    const before = server.calls;
    expect(await flushVisits(store, server, isNetwork)).toEqual({ sent: 0, waiting: 2 });
    expect(server.calls - before).toBe(1);
  });

  it('shares one flush between callers, so a visit is not posted twice at once', async () => {
    const store = new MemoryStore();
    const server = new Server();
    await store.put(queuedVisit(body('2026-12-08'), 'x'));
    const [one, two] = await Promise.all([
      flushVisits(store, server, isNetwork),
      flushVisits(store, server, isNetwork),
    ]);
    expect(one).toEqual(two);
    expect(server.calls).toBe(1);
  });

  it('gives every visit its own key', () => {
    const keys = new Set(Array.from({ length: 50 }, () => queuedVisit(body('2026-12-09'), 'x').key));
    expect(keys.size).toBe(50);
  });
});
