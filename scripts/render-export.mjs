#!/usr/bin/env node
/**
 * `npm run render:export -- FILE.xlsx [OUT_DIR]`: converts an export to PDF with LibreOffice and
 * then to one PNG per page with pdftoppm, so people can look at what superiors will print.
 * Needs `libreoffice` (or `soffice`) and `pdftoppm` (poppler-utils) on PATH; not part of CI.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join, resolve } from 'node:path';

function fail(message) {
  process.stderr.write(`render-export: ${message}\n`);
  process.exit(1);
}

function run(command, args) {
  const result = spawnSync(command, args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (result.error) fail(`${command} could not start (${result.error.message}). Is it installed?`);
  if (result.status !== 0) fail(`${command} failed:\n${result.stderr || result.stdout}`);
}

const [input, outArg] = process.argv.slice(2);
if (!input || input === '--help' || input === '-h') {
  process.stdout.write('Usage: npm run render:export -- FILE.xlsx [OUT_DIR]\n');
  process.exit(input ? 0 : 1);
}
const file = resolve(input);
if (!existsSync(file)) fail(`${file} does not exist`);
const name = basename(file, extname(file));
const out = resolve(outArg ?? join(tmpdir(), `xingping-render-${name}`));
mkdirSync(out, { recursive: true });

// A private LibreOffice profile: a running LibreOffice (or a stale lock) would otherwise
// swallow the conversion silently.
const profile = mkdtempSync(join(tmpdir(), 'xingping-lo-'));
try {
  const office = spawnSync('which', ['libreoffice']).status === 0 ? 'libreoffice' : 'soffice';
  run(office, [
    `-env:UserInstallation=file://${profile}`,
    '--headless',
    '--convert-to',
    'pdf',
    '--outdir',
    out,
    file,
  ]);
} finally {
  rmSync(profile, { recursive: true, force: true });
}
const pdf = join(out, `${name}.pdf`);
if (!existsSync(pdf)) fail(`LibreOffice wrote no PDF into ${out}`);
run('pdftoppm', ['-png', '-r', '80', pdf, join(out, 'page')]);
const pages = readdirSync(out).filter((f) => f.startsWith('page') && f.endsWith('.png'));
process.stdout.write(`${pdf}\n${pages.length} page(s) in ${out}\n`);
