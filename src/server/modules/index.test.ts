import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PERMISSIONS } from '../../contracts/roles';
import { MODULES } from '.';

const modulesDir = import.meta.dirname;
const folders = fs.readdirSync(modulesDir).filter((f) => fs.statSync(path.join(modulesDir, f)).isDirectory());

describe('module manifests', () => {
  it('list every module folder once, under its folder name', () => {
    expect(MODULES.map((m) => m.name).sort()).toEqual([...folders].sort());
  });

  it('declare every tables.ts under modules in exactly one manifest', async () => {
    const withTables = folders.filter((f) => fs.existsSync(path.join(modulesDir, f, 'tables.ts')));
    expect(withTables.length).toBeGreaterThan(0);
    for (const folder of withTables) {
      const tables = await import(`./${folder}/tables.ts`);
      const owners = MODULES.filter((m) => m.tables === tables).map((m) => m.name);
      expect(owners, `${folder}/tables.ts`).toEqual([folder]);
    }
    expect(MODULES.filter((m) => m.tables).length).toBe(withTables.length);
  });

  it('name only defined permissions, and shortcuts only permissions their module declares', () => {
    for (const m of MODULES) {
      for (const p of m.permissions ?? []) expect(PERMISSIONS, m.name).toHaveProperty([p]);
      for (const s of m.home?.shortcuts ?? [])
        expect(m.permissions, `${m.name}: ${s.key}`).toContain(s.permission);
    }
  });

  it('let exactly one module open 一户一档', () => {
    expect(MODULES.filter((m) => m.householdFile?.open).map((m) => m.name)).toEqual(['households']);
  });
});
