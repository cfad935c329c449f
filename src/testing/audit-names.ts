import fs from 'node:fs';
import path from 'node:path';
import { auditLog } from '../server/platform/audit/tables';
import type { Db } from '../server/platform/db/types';
import { installedAuditLabels } from '../server/platform/modules/registry';

/** Actions and record kinds in the audit log that no installed manifest (nor the platform) names. */
export const unnamedAuditKeys = async (db: Db): Promise<string[]> => {
  const rows = await db.selectDistinct({ action: auditLog.action, entity: auditLog.entity }).from(auditLog);
  const { actions, entities } = installedAuditLabels();
  return [
    ...new Set(
      rows.flatMap((r) => [
        ...(actions.has(r.action) ? [] : [`action ${r.action}`]),
        ...(entities.has(r.entity) ? [] : [`record kind ${r.entity}`]),
      ]),
    ),
  ];
};

// What source code writes to the audit log, read for audit-labels.test.ts.
const ACTION = /'([a-z][a-z_]*(?:\.[a-z][a-z_]*)+)'/g;
const ENTITY = /\bentity:\s*'([a-z][a-z_]*)'/g;
/** Workflows and attachment kinds name their record kind `kind:`, which is the audit entity. */
const KIND = /\bkind:\s*'([a-z][a-z_]*)'/g;

const literals = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((m) => m[1]);

/** The non-test source under a folder, comments removed; a workflow's or attachment kind's `kind:` counts as an entity. */
export const sourceOf = (dir: string): string =>
  (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.includes('test-kit'))
    .map((f) =>
      fs
        .readFileSync(path.join(dir, f), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/.*$/gm, ''),
    )
    .map((text) =>
      /defineWorkflow\(|AttachableKind</.test(text)
        ? `${text}\n${literals(text, KIND)
            .map((k) => `entity: '${k}'`)
            .join('\n')}`
        : text,
    )
    .join('\n');

/** What a body of source writes: its audit actions, their run-time prefixes and record kinds. */
export const writtenBy = (source: string) => {
  const contexts = [...source.matchAll(/\baction:\s*([^\n]*)/g)].map((m) => m[1]);
  const helpers = [...source.matchAll(/(\w+)\s*=\s*(?:async\s*)?\([^)]*\baction: string/g)].map((m) => m[1]);
  for (const name of helpers)
    contexts.push(...[...source.matchAll(new RegExp(`\\b${name}\\(([^;]*)`, 'g'))].map((m) => m[1]));
  return {
    actions: new Set(contexts.flatMap((c) => literals(c, ACTION))),
    prefixes: new Set(contexts.flatMap((c) => literals(c, /`([a-z_.]+)\$\{/g))),
    entities: new Set(literals(source, ENTITY)),
  };
};
