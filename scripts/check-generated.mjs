// CI guard: the committed migrations must match the Drizzle schema, and the committed OpenAPI
// snapshot must match the routes. Fails with a message naming the command that fixes it.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const run = (cmd, args) => spawnSync(cmd, args, { cwd: root, encoding: 'utf8' });

const generate = run('npx', ['drizzle-kit', 'generate', '--name', 'uncommitted_schema_change']);
const drift = run('git', ['status', '--porcelain', '--', 'drizzle']).stdout.trim();
if (generate.status !== 0 || drift) {
  console.error(generate.stdout, generate.stderr);
  console.error(
    `迁移与数据表定义不一致 (schema and migrations differ):\n${drift}\n请运行 npm run db:generate 并提交生成的迁移。`,
  );
  process.exit(1);
}
console.log('Migrations match the schema.');

const openapi = run('npx', ['tsx', 'tools/openapi.ts', '--check']);
process.stdout.write(openapi.stdout);
process.stderr.write(openapi.stderr);
process.exit(openapi.status ?? 1);
