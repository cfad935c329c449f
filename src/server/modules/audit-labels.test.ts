import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceOf, writtenBy } from '../../testing/audit-names';
import { type AuditLabels, indexAuditLabels, PLATFORM_AUDIT_LABELS } from '../platform/audit/labels';
import { MODULES } from '.';

// Every action and record kind written to the audit log has a Chinese and an English name,
// declared by the module that writes it. The source is read for what is written: literals after
// `action:` / `entity:` (and a workflow's or attachment kind's `kind:`), and the literals passed
// to a module's own helpers that take an `action: string`. Actions built at run time
// (`talent.${decision}`) are checked against the audit rows of every test database instead
// (testing/harness.ts).

const serverDir = path.join(import.meta.dirname, '..');

const expectLabelled = (who: string, source: string, labels: readonly AuditLabels[]) => {
  const written = writtenBy(source);
  const index = indexAuditLabels(labels);
  for (const action of written.actions)
    expect(index.actions.has(action), `${who} writes audit action ${action} without a name`).toBe(true);
  for (const prefix of written.prefixes)
    expect(
      [...index.actions.keys()].some((a) => a.startsWith(prefix)),
      `${who} writes audit actions ${prefix}… without names`,
    ).toBe(true);
  for (const entity of written.entities)
    expect(index.entities.has(entity), `${who} writes audit record kind ${entity} without a name`).toBe(true);
  for (const text of [...index.actions.values(), ...index.entities.values()]) {
    expect(text.zh).toMatch(/\p{Script=Han}/u);
    expect(text.en).toMatch(/^[A-Z]/);
  }
  return written;
};

describe('audit labels', () => {
  it('name every action and record kind a module writes, in the module’s own manifest', () => {
    let actions = 0;
    for (const m of MODULES)
      actions += expectLabelled(
        m.name,
        sourceOf(path.join(serverDir, 'modules', m.name)),
        m.audit ? [m.audit] : [],
      ).actions.size;
    expect(actions).toBeGreaterThan(80);
  });

  it('name what the platform and the tools write (the generator, the demo)', () => {
    const src = path.join(serverDir, '..');
    const written = expectLabelled(
      'platform and tools',
      ['server/platform', 'generator', 'demo'].map((dir) => sourceOf(path.join(src, dir))).join('\n'),
      [PLATFORM_AUDIT_LABELS, ...MODULES.flatMap((m) => m.audit ?? [])],
    );
    expect([...written.actions]).toEqual(
      expect.arrayContaining(['attachment.add', 'generator.county', 'grid.add_worker', 'user.create']),
    );
  });

  it('catch an unnamed action in new code', () => {
    const written = writtenBy(
      "await writeAudit(tx, ctx, { action: moved ? 'event.move' : 'event.update', entity: 'event' });\n" +
        "const log = (tx: Ctx, action: string) => writeAudit(tx, ctx, { action });\nawait log(tx, 'event.close');",
    );
    expect([...written.actions].sort()).toEqual(['event.close', 'event.move', 'event.update']);
    expect([...written.entities]).toEqual(['event']);
    expect(() => expectLabelled('new code', "{ action: 'event.close' }", [])).toThrow(/event.close/);
  });
});
