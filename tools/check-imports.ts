import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

// npm run check:imports (and npm run lint): the import rules of docs/architecture.md, checked.
// (a) platform/ never imports a module; (b) server code never imports the generator, the demo,
// the test support or the CLIs; (c) a module imports only modules below it in MODULE_ORDER;
// (d) a module never imports another module's tables: modules talk through use cases and look-ups.

/**
 * Modules by level: a module may import modules of a lower level only. Same-level modules do not
 * know each other. users, auth, audit and system may use regions and households.
 */
export const MODULE_ORDER: Readonly<Record<string, number>> = {
  regions: 0,
  households: 1,
  users: 2,
  auth: 2,
  audit: 2,
  system: 2,
  org: 2,
  grids: 3,
  members: 4,
  cadres: 5,
  talents: 5,
  points: 6,
  events: 6,
  assessments: 7,
  economy: 7,
  visits: 7,
  disclosure: 8,
  study: 7,
  figures: 8,
  'household-file': 8,
  home: 8,
};

/** Imports that break a rule today, each with why it stays for now (importing file → target). */
export const ALLOWED: readonly { from: string; to: string; reason: string }[] = [
  {
    from: 'src/server/platform/scope.test.ts',
    to: 'src/server/modules/households/tables',
    reason:
      'the scope helpers are tested on the SQL they render over a real registry table; a test, not platform code',
  },
  {
    from: 'src/server/platform/workflow/workflow.int.test.ts',
    to: 'src/server/modules/points/tables',
    reason:
      'the workflow engine is tested on a real record kind (points claims) with a workflow declared in the test; a test, not platform code',
  },
];

export interface SourceFile {
  /** Relative to the repository root, with forward slashes. */
  path: string;
  text: string;
}

export interface Violation {
  path: string;
  target: string;
  rule: 'platform-imports-module' | 'server-imports-outside' | 'module-order' | 'module-tables';
  message: string;
}

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"]([^'"]+)['"]/g;
const OUTSIDE = ['src/generator/', 'src/demo/', 'src/testing/', 'tools/', 'bench/'];

/** Test files and the test support that lives beside the code (scope probes, factories, helpers, kits). */
const isTestSupport = (file: string) =>
  /\.test\.ts$/.test(file) ||
  /(^|\/)([a-z0-9-]+-)?(scope-probe|test-factories)\.ts$/.test(file) ||
  /-test-(helpers|kit)\.ts$/.test(file);

const moduleOf = (file: string): string | undefined => /^src\/server\/modules\/([^/]+)\//.exec(file)?.[1];

/** The repository-relative targets of a file's relative imports, without extension. */
const importsOf = (file: SourceFile): string[] =>
  [...file.text.matchAll(SPECIFIER)]
    .map((m) => m[1])
    .filter((s) => s.startsWith('.'))
    .map((s) =>
      path.posix.normalize(path.posix.join(path.posix.dirname(file.path), s)).replace(/\.tsx?$/, ''),
    );

const violationsOf = (file: SourceFile, target: string): Violation[] => {
  const out: Violation[] = [];
  const add = (rule: Violation['rule'], message: string) =>
    out.push({ path: file.path, target, rule, message });
  const from = moduleOf(file.path);
  const to = moduleOf(`${target}/`);
  if (file.path.startsWith('src/server/platform/') && target.startsWith('src/server/modules/'))
    add('platform-imports-module', 'platform/ must not import a module');
  if (
    file.path.startsWith('src/server/') &&
    !isTestSupport(file.path) &&
    OUTSIDE.some((dir) => `${target}/`.startsWith(dir))
  )
    add(
      'server-imports-outside',
      'server code must not import the generator, demo, test support, tools or bench',
    );
  if (from && to && from !== to && !isTestSupport(file.path)) {
    const [a, b] = [MODULE_ORDER[from], MODULE_ORDER[to]];
    if (a === undefined) add('module-order', `module ${from} is missing from MODULE_ORDER`);
    else if (b === undefined) add('module-order', `module ${to} is missing from MODULE_ORDER`);
    else if (b >= a) add('module-order', `${from} (level ${a}) must not import ${to} (level ${b})`);
    if (/^src\/server\/modules\/[^/]+\/tables$/.test(target))
      add('module-tables', `${from} must not import the tables of ${to}: use its look-ups`);
  }
  return out;
};

/** Every broken import rule in the given files, minus the allow-list. */
export const checkImports = (files: readonly SourceFile[]): Violation[] =>
  files
    .flatMap((f) => importsOf(f).flatMap((target) => violationsOf(f, target)))
    .filter((v) => !ALLOWED.some((a) => a.from === v.path && a.to === v.target));

const sourcesUnder = (dir: string): SourceFile[] =>
  fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => {
      const file = path.posix.join(dir, f.split(path.sep).join('/'));
      return { path: file, text: fs.readFileSync(file, 'utf8') };
    });

/** The files the rules are about: everything under src/server. */
export const serverSources = (): SourceFile[] => sourcesUnder('src/server');

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const violations = checkImports(serverSources());
  for (const v of violations) console.error(`${v.path} → ${v.target}: ${v.message} [${v.rule}]`);
  if (violations.length > 0) {
    console.error(`${violations.length} 处导入违反模块规则 (import rules broken, docs/architecture.md)`);
    process.exit(1);
  }
  console.log('Imports follow the module rules.');
}
