import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChainedFields } from '../../../electron/store/audit-chain';
import { auditEntryHash } from '../../../electron/store/audit-chain';
import { verifyAuditChain } from '../../../electron/services/integrity';
import { tempDir } from '../support';
import { applyStep, fileAtSchema } from './schema-fixtures';
import { rows, SCORES, SHEETS, sheetsAndScores } from './step-support';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());

/**
 * The steps from 0009 on (meetings, publication, the audit chain, checkpoints, what a naming
 * sent up), each from a database filled at the schema before it; 0001–0008 and the list of
 * files are in migration-steps.test.ts.
 */
describe('each later migration step keeps the data of the schema before it', () => {
  it('0009 keeps every sheet and score and stores meeting decisions only as append-only versions with consistent votes', () => {
    const before = sheetsAndScores(tmp.dir);
    const db = applyStep(fileAtSchema(tmp.dir, 8), 9);
    expect(rows(db, SHEETS)).toEqual(before.sheets);
    expect(rows(db, SCORES)).toEqual(before.scores);
    db.exec(`
      INSERT INTO meetings (id, campaign_id, round_id, title, held_on, created_at)
        VALUES ('m', 'k', 'rd', '评审会', '2025-12-10', 'now');
      INSERT INTO meeting_items (id, meeting_id, branch_id, seq, reasons) VALUES ('i', 'm', 'b1', 1, '["border"]');
    `);
    const decision = (
      id: string,
      version: number,
      votesFor: number,
      outcome = 'keep',
      level: string = '3',
    ) =>
      db.exec(`INSERT INTO meeting_decisions (id, meeting_id, item_id, round_id, branch_id, version, outcome,
                 computed_level, decided_level, votes_for, votes_against, votes_abstain, present, recused,
                 decided_by, decided_at)
               VALUES ('${id}', 'm', 'i', 'rd', 'b1', ${version}, '${outcome}', 3, ${level}, ${votesFor}, 0, 0, 4, 1, '王', 'now')`);
    decision('d1', 1, 3);
    // More votes than members present and not recused, a level on a deferral, a version twice.
    expect(() => decision('d2', 2, 4)).toThrow(/CHECK/);
    expect(() => decision('d2', 2, 2, 'defer', '3')).toThrow(/CHECK/);
    expect(() => decision('d2', 1, 2)).toThrow(/UNIQUE/);
    decision('d2', 2, 2, 'defer', 'NULL');
    expect(() => db.exec(`UPDATE meeting_decisions SET reason = 'x' WHERE id = 'd1'`)).toThrow(
      /append-only/,
    );
    expect(() => db.exec(`DELETE FROM meeting_decisions WHERE id = 'd1'`)).toThrow(/append-only/);
    expect(() => db.exec(`UPDATE meetings SET stage = 'done' WHERE id = 'm'`)).toThrow(/CHECK/);
    // Deleting the campaign takes its meetings and their decisions with it.
    db.pragma('foreign_keys = ON');
    db.exec(`DELETE FROM meetings WHERE id = 'm'`);
    expect(rows(db, 'SELECT id FROM meeting_decisions')).toEqual([]);
    db.close();
  });
  it('0010 keeps every sheet and score, copies the notice list, keeps objection steps append-only and one named level a year', () => {
    const before = sheetsAndScores(tmp.dir);
    const db = applyStep(fileAtSchema(tmp.dir, 9), 10);
    expect(rows(db, SHEETS)).toEqual(before.sheets);
    expect(rows(db, SCORES)).toEqual(before.scores);
    const notice = (id: string, version: number, start: string, end: string, days = 5) =>
      db.exec(`INSERT INTO notices (id, round_id, version, title, start_day, end_day, working_days, channels, created_by, created_at)
               VALUES ('${id}', 'rd', ${version}, '公示', '${start}', '${end}', ${days}, '{}', '王', 'now')`);
    notice('n', 1, '2025-09-29', '2025-10-11');
    // An end before the start, a length outside 3–7 days, the same version twice.
    expect(() => notice('n2', 2, '2025-10-11', '2025-09-29')).toThrow(/CHECK/);
    expect(() => notice('n2', 2, '2025-09-29', '2025-10-11', 8)).toThrow(/CHECK/);
    expect(() => notice('n2', 1, '2025-09-29', '2025-10-11')).toThrow(/UNIQUE/);
    db.exec(`
      INSERT INTO notice_entries (notice_id, branch_id, seq, branch_name, township_name, proposed_level)
        VALUES ('n', 'b1', 1, '中共丙村支部委员会', '乙镇', 3);
      INSERT INTO objections (id, notice_id, branch_id, received_at, channel, from_kind, real_name, content, late, created_by, created_at)
        VALUES ('o', 'n', 'b1', '2025-10-13T09:00', 'letter', 'person', 1, '村务公开不及时', 1, '王', 'now');
      INSERT INTO objection_steps (objection_id, seq, step, by_user, at) VALUES ('o', 1, '{"kind":"accept"}', '王', 'now');
    `);
    expect(() =>
      db.exec(`INSERT INTO notice_entries (notice_id, branch_id, seq, branch_name, township_name, proposed_level)
               VALUES ('n', 'b2', 2, 'x', 'y', 0)`),
    ).toThrow(/CHECK/);
    expect(() => db.exec(`UPDATE objection_steps SET step = '{}'`)).toThrow(/append-only/);
    expect(() => db.exec(`DELETE FROM objection_steps`)).toThrow(/append-only/);
    expect(() => db.exec(`UPDATE objections SET stage = 'done'`)).toThrow(/CHECK/);
    const named = (id: string, year: number, level: number) =>
      db.exec(`INSERT INTO star_history (id, branch_id, year, level, named_by, document, named_on, created_by, created_at)
               VALUES ('${id}', 'b1', ${year}, ${level}, 'county', '青组发〔${year}〕12号', '${year}-11-20', '王', 'now')`);
    named('h1', 2025, 3);
    named('h2', 2026, 0);
    expect(() => named('h3', 2026, 2)).toThrow(/UNIQUE/);
    expect(() => named('h3', 2027, -1)).toThrow(/CHECK/);
    // Deleting the notice takes its list, objections and their steps with it.
    db.exec(`DELETE FROM notices WHERE id = 'n'`);
    expect(rows(db, 'SELECT * FROM objection_steps')).toEqual([]);
    expect(rows(db, 'SELECT * FROM notice_entries')).toEqual([]);
    db.close();
  });

  it('0011 chains the existing audit entries in order and then refuses to change or remove any', () => {
    const file = fileAtSchema(tmp.dir, 10);
    const old = new Database(file);
    old.exec(`
      INSERT INTO audit_log (at, actor, action, entity, entity_id, after) VALUES ('t1', '王', 'score.save', 'sheet', 's', '{"points":850}');
      INSERT INTO audit_log (at, actor, action, entity, entity_id, reason) VALUES ('t2', '李', 'sheet.reopen', 'sheet', 's', '复核');
    `);
    old.close();
    const before = sheetsAndScores(tmp.dir);
    const db = applyStep(file, 11);
    expect(rows(db, SHEETS)).toEqual(before.sheets);
    expect(rows(db, SCORES)).toEqual(before.scores);
    const chained = db.prepare('SELECT * FROM audit_log ORDER BY seq').all() as (ChainedFields & {
      prev_hash: string | null;
      hash: string;
    })[];
    expect(chained.slice(-2).map((r) => r.action)).toEqual(['score.save', 'sheet.reopen']);
    expect(chained[0]!.prev_hash).toBeNull();
    expect(chained[0]!.hash).toBe(auditEntryHash(chained[0]!, null));
    chained.slice(1).forEach((row, index) => {
      expect(row.prev_hash).toBe(chained[index]!.hash);
      expect(row.hash).toBe(auditEntryHash(row, chained[index]!.hash));
    });
    expect(verifyAuditChain(db)).toMatchObject({ intact: true, entries: chained.length });
    expect(() => db.exec(`UPDATE audit_log SET reason = 'x' WHERE seq = 2`)).toThrow(/append-only/);
    expect(() => db.exec(`UPDATE audit_log SET hash = 'x' WHERE seq = 2`)).toThrow(/append-only/);
    expect(() => db.exec(`DELETE FROM audit_log WHERE seq = 1`)).toThrow(/append-only/);
    db.close();
  });

  it('0012 keeps every sheet and score, and a current checkpoint makes its round read-only until unfrozen', () => {
    const before = sheetsAndScores(tmp.dir);
    const db = applyStep(fileAtSchema(tmp.dir, 11), 12);
    expect(rows(db, SHEETS)).toEqual(before.sheets);
    expect(rows(db, SCORES)).toEqual(before.scores);
    const checkpoint = (id: string, version: number) =>
      db.exec(`INSERT INTO checkpoints (id, round_id, version, county, campaign, year, round, size, root,
                 frozen_at, frozen_by, app_version, key_id, public_key, signature)
               VALUES ('${id}', 'rd', ${version}, '甲县', '批次', 2025, '县级审核', 3, '${'a'.repeat(64)}',
                 'now', '王', '0.1.0', 'K', 'P', 'S')`);
    checkpoint('c1', 1);
    // The round's scores, sheets and decisions are refused, whoever writes; packs are derived.
    expect(() => db.exec('UPDATE scores SET points = points + 1')).toThrow('FROZEN');
    expect(() => db.exec('DELETE FROM scores')).toThrow('FROZEN');
    expect(() => db.exec(`UPDATE score_sheets SET status = 'draft'`)).toThrow('FROZEN');
    db.exec('UPDATE score_sheets SET packed = NULL');
    expect(() => db.exec(`DELETE FROM checkpoints WHERE id = 'c1'`)).toThrow('FROZEN');
    expect(() => db.exec(`UPDATE checkpoints SET root = '${'b'.repeat(64)}'`)).toThrow(/as signed/);
    // One current checkpoint per round.
    expect(() => checkpoint('c2', 2)).toThrow(/UNIQUE/);
    // Unfreezing needs a reason, happens once, and opens the round again.
    expect(() => db.exec(`UPDATE checkpoints SET unfrozen_at = 'later'`)).toThrow(/CHECK/);
    db.exec(
      `UPDATE checkpoints SET unfrozen_at = 'later', unfrozen_by = '王', unfreeze_reason = '复核'`,
    );
    expect(() => db.exec(`UPDATE checkpoints SET unfreeze_reason = '改'`)).toThrow(/as signed/);
    db.exec('UPDATE scores SET points = points + 1');
    checkpoint('c2', 2);
    expect(() => db.exec('UPDATE scores SET points = points - 1')).toThrow('FROZEN');
    db.close();
  });
  it('0013 keeps every sheet, score and naming, and stores what a naming sent up as valid JSON', () => {
    const before = sheetsAndScores(tmp.dir);
    const file = fileAtSchema(tmp.dir, 12);
    const old = new Database(file);
    old.exec(`
      INSERT INTO notices (id, round_id, version, title, start_day, end_day, working_days, channels,
          created_by, created_at)
        VALUES ('n', 'rd', 1, '公示', '2025-09-29', '2025-10-13', 5, '{}', '王', 'now');
      INSERT INTO namings (id, notice_id, document_number, named_on, authority, created_by, created_at)
        VALUES ('g', 'n', '甲组发〔2025〕1号', '2025-10-20', '{"countyLevels":[1,2,3]}', '王', 'now');
    `);
    old.close();
    const db = applyStep(file, 13);
    expect(rows(db, SHEETS)).toEqual(before.sheets);
    expect(rows(db, SCORES)).toEqual(before.scores);
    // A naming from before reads as having sent nobody up.
    expect(db.prepare('SELECT document_number, sent_up FROM namings').all()).toEqual([
      { document_number: '甲组发〔2025〕1号', sent_up: '[]' },
    ]);
    expect(() =>
      db.exec(`INSERT INTO namings (id, notice_id, document_number, named_on, authority, sent_up,
                 created_by, created_at)
               VALUES ('h', 'n', '甲组发〔2025〕2号', '2025-10-21', '{}', 'not json', '王', 'now')`),
    ).toThrow(/CHECK/);
    db.close();
  });
  it('0014 keeps every sheet and score, starts with an empty change log and refuses malformed operations', () => {
    const before = sheetsAndScores(tmp.dir);
    const db = applyStep(fileAtSchema(tmp.dir, 13), 14);
    expect(rows(db, SHEETS)).toEqual(before.sheets);
    expect(rows(db, SCORES)).toEqual(before.scores);
    // Data from before the exchange has no operations yet: the first package makes them.
    expect(db.prepare('SELECT count(*) AS n FROM change_log').get()).toEqual({ n: 0 });
    const op = (id: string, vals: string) =>
      db.exec(`INSERT INTO change_log (op, tbl, row_key, vals, bases, replica, actor)
               VALUES ('${id}', 'scores', '["s1","A1"]', '${vals}', '[]', '0123456789abcdef', '王')`);
    op('t/00000001', '{"points":3}');
    expect(() => op('t/00000001', '{"points":4}')).toThrow(/UNIQUE/);
    expect(() => op('t/00000002', 'not json')).toThrow(/CHECK/);
    db.close();
  });
});
