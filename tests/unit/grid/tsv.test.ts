import { describe, expect, it } from 'vitest';
import { parseTsv, toTsv } from '../../../shared/grid/tsv';

describe('parseTsv', () => {
  it('reads a block copied from Excel: tabs, CRLF rows and the trailing newline', () => {
    expect(parseTsv('8.5\t9\t10\r\n7\t6\t5\r\n')).toEqual([
      ['8.5', '9', '10'],
      ['7', '6', '5'],
    ]);
  });

  it('accepts LF and CR rows and a block without a trailing newline', () => {
    expect(parseTsv('1\t2\n3\t4')).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(parseTsv('1\r2\r')).toEqual([['1'], ['2']]);
  });

  it('keeps empty cells, including a trailing empty column', () => {
    expect(parseTsv('1\t\t3\r\n\t5\t\r\n')).toEqual([
      ['1', '', '3'],
      ['', '5', ''],
    ]);
    expect(parseTsv('\r\n')).toEqual([['']]);
    expect(parseTsv('')).toEqual([]);
  });

  it('unquotes cells Excel quoted for an embedded tab, newline or quote', () => {
    const excel = '"line one\nline two"\t"a\tb"\t"say ""good"""\r\n"x\r\ny"\t2\t3\r\n';
    expect(parseTsv(excel)).toEqual([
      ['line one\nline two', 'a\tb', 'say "good"'],
      ['x\r\ny', '2', '3'],
    ]);
  });

  it('reads a quote that never closes as plain text', () => {
    expect(parseTsv('"8.5\t9\r\n')).toEqual([['"8.5', '9']]);
  });

  it('round-trips through toTsv', () => {
    const rows = [
      ['a\tb', 'c"d', ''],
      ['multi\nline', '9.5', '达到'],
    ];
    expect(parseTsv(toTsv(rows))).toEqual(rows);
    expect(toTsv([['1', '2']])).toBe('1\t2');
  });
});
