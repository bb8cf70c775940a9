import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

interface LockEntry {
  version?: string;
  hasInstallScript?: boolean;
  optional?: boolean;
}

const root = resolve('.');
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, LockEntry>;
};

/** What npm itself decides when it writes the lock: an install hook, or a native build file. */
function hasInstallScript(dir: string): boolean {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>;
  };
  const scripts = manifest.scripts ?? {};
  return (
    'preinstall' in scripts ||
    'install' in scripts ||
    'postinstall' in scripts ||
    existsSync(join(dir, 'binding.gyp'))
  );
}

describe('package-lock.json', () => {
  // `npm install` rewrote the lock when it lacked a flag npm derives from the installed
  // packages: a lock that already says what npm would write stays as it is.
  it('already says which installed packages have install scripts, as npm install writes it', () => {
    const wrong: string[] = [];
    for (const [path, entry] of Object.entries(lock.packages)) {
      if (!path.startsWith('node_modules/')) continue;
      const dir = join(root, path);
      if (!existsSync(join(dir, 'package.json'))) continue; // optional, other platform
      const installed = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
        version: string;
      };
      if (installed.version !== entry.version) continue;
      if (hasInstallScript(dir) !== (entry.hasInstallScript === true)) wrong.push(path);
    }
    expect(wrong).toEqual([]);
  });
});
