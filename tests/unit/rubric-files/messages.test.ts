import { describe, expect, it } from 'vitest';
import { RUBRIC_FILE_PROBLEM_CODES } from '../../../electron/services/rubrics/files/problems';
import { RUBRIC_PROBLEM_CODES } from '../../../shared/domain/rubric-validate';
import en from '../../../shared/locales/en.json';
import zhCN from '../../../shared/locales/zh-CN.json';

describe('rubric problem messages', () => {
  const codes = [...RUBRIC_PROBLEM_CODES, ...RUBRIC_FILE_PROBLEM_CODES];

  it('use stable kebab-case codes, none defined twice', () => {
    for (const code of codes) expect(code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('translate every code in both languages, with no message left over', () => {
    for (const locale of [zhCN, en] as unknown as Record<string, Record<string, string>>[]) {
      const section = locale.rubricProblems ?? {};
      expect(Object.keys(section).sort()).toEqual([...codes].sort());
    }
  });
});
