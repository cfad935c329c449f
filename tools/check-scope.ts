import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// npm run check:scope (part of npm run lint) — fails when server code outside
// src/server/platform/ turns region or grid codes into a filter itself, instead of through the
// helpers of src/server/platform/scope.ts (docs/architecture.md, 权限范围). A line that only looks
// like a filter is let through by a comment on the line before it:
//   // scope-check: not a filter (<reason>)

export interface SourceFile {
  path: string;
  text: string;
}

export type ScopeRule = 'prefix-import' | 'code-string-op' | 'like-on-code' | 'sql-code-substring';

export interface Violation {
  file: string;
  line: number;
  rule: ScopeRule;
  text: string;
}

const ESCAPE = /\/\/\s*scope-check: not a filter \(\s*\S[^)]*\)/;
const PREFIX_HELPERS = /\b(regionPrefix|prefixUpperBound|isWithinPrefix|prefixLength)\b/g;
const REGION_CODE_IMPORT =
  /\b(?:import|export)\s+(?:type\s+)?\{([^}]*)\}\s*from\s*['"][^'"]*contracts\/region-code(?:\.ts)?['"]/g;
const REGION_CODE_NAMESPACE =
  /\bimport\s+\*\s+as\s+([\w$]+)\s+from\s*['"][^'"]*contracts\/region-code(?:\.ts)?['"]/g;
// Names that hold a region or grid code: code, codes, regionCode, scopeCode, villageCode, scopePrefix …
const CODE_NAME = /^(?:codes?|[A-Za-z0-9_$]*[a-z0-9_](?:Code|Codes)|scopePrefix|region_code)$/;
const STRING_OP = /\.(startsWith|slice|substring|padEnd)\(/g;
const LIKE_CALL = /\b(?:like|ilike|notLike|notIlike)\(\s*([\w$.]+)\s*,/g;
const SQL_SUBSTRING =
  /\b(?:substr|substring|left)\s*\(\s*(?:\$\{\s*[\w$.]*?(?:code|Code)\s*\}|[\w."]*?\b(?:region_code|code)\b)/i;
const SQL_LIKE = /\b(?:region_code|code)"?\s+(?:not\s+)?i?like\b/i;

const mentionsCode = (expression: string): boolean =>
  (expression.match(/[A-Za-z_$][\w$]*/g) ?? []).some((name) => CODE_NAME.test(name));

/** The receiver of a method call ending just before `end` (`a.b?.c`, `f(x).y`, `xs[i]`). */
const receiverBefore = (line: string, end: number): string => {
  let i = end;
  let depth = 0;
  while (i > 0) {
    const ch = line[i - 1];
    if (ch === ')' || ch === ']') depth++;
    else if (ch === '(' || ch === '[') {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && !/[\w$.?!]/.test(ch)) break;
    i--;
  }
  return line.slice(i, end);
};

/** The argument text of a call whose `(` is at `open`, up to its closing `)` on the same line. */
const argumentsAt = (line: string, open: number): string => {
  let depth = 0;
  for (let i = open; i < line.length; i++) {
    if (line[i] === '(') depth++;
    else if (line[i] === ')' && --depth === 0) return line.slice(open + 1, i);
  }
  return line.slice(open + 1);
};

/** `.startsWith(`, `.slice(0,`, `.substring(`, `.padEnd(` on (or, for startsWith, against) a code. */
const isCodeStringOp = (line: string, match: RegExpExecArray): boolean => {
  const [, method] = match;
  const open = match.index + match[0].length - 1;
  const args = argumentsAt(line, open);
  if (method === 'slice' && !/^\s*0\s*,/.test(args)) return false;
  const receiver = receiverBefore(line, match.index);
  return mentionsCode(receiver) || (method === 'startsWith' && mentionsCode(args));
};

const lineRules = (line: string): ScopeRule[] => {
  const found: ScopeRule[] = [];
  if ([...line.matchAll(STRING_OP)].some((m) => isCodeStringOp(line, m))) found.push('code-string-op');
  if ([...line.matchAll(LIKE_CALL)].some((m) => mentionsCode(m[1].split('.').pop() ?? '')))
    found.push('like-on-code');
  if (SQL_SUBSTRING.test(line) || SQL_LIKE.test(line)) found.push('sql-code-substring');
  return found;
};

const isComment = (line: string): boolean => /^\s*(\/\/|\/\*|\*)/.test(line);

const lineAt = (text: string, index: number): number => text.slice(0, index).split('\n').length;

/** Lines (1-based) of the prefix helpers imported from contracts/region-code, or used through `import * as`. */
const prefixImportLines = (text: string): number[] => {
  const lines: number[] = [];
  for (const statement of text.matchAll(REGION_CODE_IMPORT)) {
    const namesAt = statement.index + statement[0].indexOf('{') + 1;
    for (const name of statement[1].matchAll(PREFIX_HELPERS)) lines.push(lineAt(text, namesAt + name.index));
  }
  for (const [, namespace] of text.matchAll(REGION_CODE_NAMESPACE)) {
    const uses = new RegExp(`\\b${namespace.replace('$', '\\$')}\\.${PREFIX_HELPERS.source}`, 'g');
    for (const use of text.matchAll(uses)) lines.push(lineAt(text, use.index));
  }
  return [...new Set(lines)];
};

/** Every place in `files` that filters region or grid codes outside the platform's helpers. */
export const findRegionFilters = (files: readonly SourceFile[]): Violation[] => {
  const violations: Violation[] = [];
  for (const file of files) {
    const lines = file.text.split('\n');
    const escaped = (n: number) => n > 1 && ESCAPE.test(lines[n - 2]);
    const report = (n: number, rule: ScopeRule) => {
      if (!escaped(n)) violations.push({ file: file.path, line: n, rule, text: lines[n - 1].trim() });
    };
    for (const n of prefixImportLines(file.text)) report(n, 'prefix-import');
    lines.forEach((line, i) => {
      if (!isComment(line)) for (const rule of lineRules(line)) report(i + 1, rule);
    });
  }
  return violations.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
};

// Not yet moved onto platform/scope: src/server/modules/points is being reworked in parallel
// (issue 10, item 1); remove this entry when that work lands.
export const PENDING = ['src/server/modules/points/'];

const SKIPPED = [
  /^src\/server\/platform\//,
  /\.test\.ts$/,
  /(^|\/)scope-probe\.ts$/,
  /(^|\/)test-factories\.ts$/,
  /-test-(helpers|kit)\.ts$/,
];

/** The server files the check reads, relative to `root` with forward slashes. */
export const serverFiles = (root: string): SourceFile[] =>
  readdirSync(path.join(root, 'src/server'), { recursive: true, encoding: 'utf8' })
    .map((f) => `src/server/${f.split(path.sep).join('/')}`)
    .filter((f) => f.endsWith('.ts') && !SKIPPED.some((re) => re.test(f)))
    .filter((f) => !PENDING.some((p) => f.startsWith(p)))
    .sort()
    .map((f) => ({ path: f, text: readFileSync(path.join(root, f), 'utf8') }));

const RULE_HINT: Record<ScopeRule, string> = {
  'prefix-import': 'prefix helper imported from contracts/region-code',
  'code-string-op': 'string operation on a region/grid code',
  'like-on-code': 'LIKE on a code column',
  'sql-code-substring': 'substr/left/LIKE on a code in SQL',
};

const main = (): number => {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const violations = findRegionFilters(serverFiles(root));
  if (violations.length === 0) return 0;
  console.error(`Region codes filtered outside src/server/platform/scope.ts (${violations.length}):\n`);
  for (const v of violations) console.error(`  ${v.file}:${v.line}  ${RULE_HINT[v.rule]}\n      ${v.text}`);
  console.error(
    '\nUse inScope / underRegion / getInScope / isUnder / villageOf … from platform/scope (docs/architecture.md, 权限范围).' +
      '\nIf a line is not a filter, say why on the line before: // scope-check: not a filter (<reason>)',
  );
  return 1;
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exit(main());
