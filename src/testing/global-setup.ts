import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createTemplates, type DbTemplate } from './test-db';

declare module 'vitest' {
  export interface ProvidedContext {
    dbTemplate: DbTemplate;
  }
}

/** Migrates the run's template databases; `ZX_TEST_DB` (a PostgreSQL URL) switches from PGlite. */
export default async function setup(project: TestProject) {
  const baseUrl = process.env.ZX_TEST_DB;
  const dir = path.join(os.tmpdir(), `zhenxing-templates-${process.pid}`);
  const template: DbTemplate = baseUrl
    ? { kind: 'postgres', baseUrl, name: `zx_tmpl_${process.pid}`, dir }
    : { kind: 'pglite', dir };
  // PGlite's are 50 MB a run: left behind, /tmp filled up by gigabytes over a day of test runs.
  const remove = await createTemplates(template);
  project.provide('dbTemplate', template);
  return remove;
}
