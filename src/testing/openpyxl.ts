import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Workbooks written by openpyxl, the library behind pandas `to_excel`: Debian's python3-openpyxl
// for /usr/bin/python3 (.ci/run installs it). Without it the tests fail and say so: skipping
// would hide the case they guard.

const PYTHON = '/usr/bin/python3';
const SCRIPT = path.join(import.meta.dirname, 'openpyxl-fill.py');

const assertOpenpyxl = () => {
  try {
    execFileSync(PYTHON, ['-c', 'import openpyxl'], { stdio: 'pipe' });
  } catch {
    throw new Error(
      `${PYTHON} cannot import openpyxl: install Debian's package (apt-get install -y python3-openpyxl; .ci/run does)`,
    );
  }
};

/** The template with `rows` written from row 2 on by openpyxl; '=…' strings become formulas. */
export const fillWithOpenpyxl = (
  template: Buffer,
  sheet: string,
  rows: (string | number | null)[][],
): Buffer => {
  assertOpenpyxl();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zx-openpyxl-'));
  try {
    const source = path.join(dir, 'template.xlsx');
    const out = path.join(dir, 'filled.xlsx');
    fs.writeFileSync(source, template);
    execFileSync(PYTHON, [SCRIPT, source, out, sheet], { input: JSON.stringify(rows), stdio: 'pipe' });
    return fs.readFileSync(out);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
};
