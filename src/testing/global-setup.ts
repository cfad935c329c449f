import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createPgliteTemplate, createPgTemplate, dropPgDatabase } from './test-db';

declare module 'vitest' {
  export interface ProvidedContext {
    dbTemplate: { kind: 'pglite'; file: string } | { kind: 'postgres'; baseUrl: string; name: string };
  }
}

/** Migrates one template database per run; `ZX_TEST_DB` (a PostgreSQL URL) switches from PGlite. */
export default async function setup(project: TestProject) {
  const baseUrl = process.env.ZX_TEST_DB;
  if (baseUrl) {
    const name = `zx_tmpl_${process.pid}`;
    await createPgTemplate(baseUrl, name);
    project.provide('dbTemplate', { kind: 'postgres', baseUrl, name });
    return () => dropPgDatabase(baseUrl, name);
  }
  const file = path.join(os.tmpdir(), `zhenxing-template-${process.pid}.tar`);
  await createPgliteTemplate(file);
  project.provide('dbTemplate', { kind: 'pglite', file });
  // 40 MB a run: left behind, /tmp filled up by gigabytes over a day of test runs.
  return () => fs.rmSync(file, { force: true });
}
