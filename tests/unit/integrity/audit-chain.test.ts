import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../electron/services/integrity';
import { openStore } from '../../../electron/store/open';
import { qingshanServices } from '../rating/qingshan';
import type { ChainReport } from '../../../shared/domain/views/integrity';
import { call, runBuiltCli, tempDir, testServices } from '../support';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());

/** 青山县 set up through the services (every write appends to the chain), then closed. */
async function countyFile(): Promise<{ file: string; entries: number }> {
  const { services } = await qingshanServices(tmp.dir);
  const entries = (
    services.ctx.db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }
  ).n;
  services.close();
  return { file: join(tmp.dir, 'qingshan.sqlite'), entries };
}

/** What someone with the file and any SQLite tool could do: drop the guard, then change rows. */
function tamper(file: string, sql: string): void {
  const raw = new Database(file);
  try {
    raw.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
    raw.exec(sql);
  } finally {
    raw.close();
  }
}

function verifyFile(file: string) {
  const db = openStore(file);
  try {
    return verifyAuditChain(db);
  } finally {
    db.close();
  }
}

const cli = (args: string[], lang = 'en_US.UTF-8') => runBuiltCli(args, lang);

describe('the audit log is a hash chain', () => {
  it('chains every entry the services write and reports it intact with its length', async () => {
    const { file, entries } = await countyFile();
    expect(entries).toBeGreaterThan(5);
    const report = verifyFile(file);
    expect(report).toMatchObject({ intact: true, entries });
  });

  it('refuses to change or remove an entry while its triggers are in place', async () => {
    const { file } = await countyFile();
    const raw = new Database(file);
    try {
      expect(() => raw.exec(`UPDATE audit_log SET actor = '某人' WHERE seq = 3`)).toThrow(
        /append-only/,
      );
      expect(() => raw.exec('DELETE FROM audit_log WHERE seq = 3')).toThrow(/append-only/);
    } finally {
      raw.close();
    }
  });

  it('names the first edited entry when one entry is changed in the file', async () => {
    const { file, entries } = await countyFile();
    const victim = new Database(file, { readonly: true });
    const [, , third] = victim
      .prepare('SELECT seq, at, action FROM audit_log ORDER BY seq')
      .all() as {
      seq: number;
      at: string;
      action: string;
    }[];
    victim.close();
    tamper(file, `UPDATE audit_log SET actor = '冒名' WHERE seq = ${third!.seq}`);
    expect(verifyFile(file)).toEqual({
      intact: false,
      entries,
      brokenAt: 3,
      seq: third!.seq,
      at: third!.at,
      action: third!.action,
      problem: 'hash',
    });
  });

  it('finds a removed entry by the broken link of the one after it', async () => {
    const { file, entries } = await countyFile();
    tamper(
      file,
      'DELETE FROM audit_log WHERE seq = (SELECT seq FROM audit_log ORDER BY seq LIMIT 1 OFFSET 1)',
    );
    expect(verifyFile(file)).toMatchObject({
      intact: false,
      entries: entries - 1,
      brokenAt: 2,
      problem: 'link',
    });
  });

  it('`xingping verify` exits 0 on an intact file and 1 naming the broken entry, in Chinese too', async () => {
    const { file, entries } = await countyFile();
    const intact = cli(['verify', '--db', file]);
    expect(intact.code, intact.err).toBe(0);
    expect(intact.out).toContain(`intact: ${entries} entries`);
    tamper(
      file,
      `UPDATE audit_log SET reason = '改过' WHERE seq = (SELECT seq FROM audit_log ORDER BY seq LIMIT 1 OFFSET 4)`,
    );
    const broken = cli(['verify', '--db', file]);
    expect(broken.code).toBe(1);
    expect(broken.err).toContain(`entry 5 of ${entries}`);
    const zh = cli(['verify', '--db', file], 'zh_CN.UTF-8');
    expect(zh.code).toBe(1);
    expect(zh.err).toContain('第 5 条记录');
  });

  it('answers integrity.verifyAudit (the app’s button) through the registry, intact then broken', async () => {
    const { file, entries } = await countyFile();
    const ask = async () => {
      const services = testServices(file, false);
      try {
        return await call<ChainReport>(services, 'integrity.verifyAudit', {});
      } finally {
        services.close();
      }
    };
    expect(await ask()).toMatchObject({ intact: true, entries });
    tamper(
      file,
      `UPDATE audit_log SET after = '{"points":1}' WHERE seq = (SELECT seq FROM audit_log ORDER BY seq LIMIT 1 OFFSET 2)`,
    );
    expect(await ask()).toMatchObject({ intact: false, brokenAt: 3, problem: 'hash' });
  });
});
