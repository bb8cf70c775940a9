import { describe, expect, it } from 'vitest';
import { openStore } from '../../../electron/store/open';
import { prepared } from '../../../electron/store/queries/prepared';

describe('statements kept prepared per connection', () => {
  it('prepares a text once per connection, and never hands one connection’s statement to another', () => {
    const a = openStore(':memory:');
    const b = openStore(':memory:');
    try {
      const text = 'SELECT count(*) AS n FROM org_units';
      const first = prepared(a, text);
      expect(prepared(a, text)).toBe(first);
      expect(prepared(a, 'SELECT 1 AS one')).not.toBe(first);
      const other = prepared(b, text);
      expect(other).not.toBe(first);
      expect(other.database).toBe(b);
      expect(first.database).toBe(a);
      expect(first.get()).toEqual({ n: 0 });
    } finally {
      a.close();
      b.close();
    }
  });

  it('still refuses SQL that does not prepare, and keeps nothing of it', () => {
    const db = openStore(':memory:');
    try {
      expect(() => prepared(db, 'SELECT * FROM no_such_table')).toThrow(/no such table/);
      db.exec('CREATE TABLE no_such_table (x INTEGER)');
      expect(prepared(db, 'SELECT * FROM no_such_table').all()).toEqual([]);
    } finally {
      db.close();
    }
  });
});
