import { describe, expect, it } from 'vitest';
import { createMainI18n, describeAppError } from '../../../electron/i18n';
import { AppError } from '../../../shared/errors';

/**
 * What the CLI and Electron's start-up dialog print for a refused start: the same words as the
 * renderer, with the interrupted operation named (a full disk during the schema upgrade).
 */
describe('main-side error text', () => {
  const full = new AppError('DISK_FULL', 'The disk is full; the schema upgrade did not run', {
    operation: 'start',
    version: 12,
  });

  it('names the start in Chinese and in English', () => {
    const zh = describeAppError(createMainI18n('zh-CN').t, full);
    expect(zh).toContain('磁盘空间已满');
    expect(zh).toContain('启动没有完成');
    const en = describeAppError(createMainI18n('en').t, full);
    expect(en).toContain('The disk is full, so the start did not finish');
  });

  it('names the frozen round and its version, or says nothing of it when unknown', () => {
    const named = new AppError('FROZEN', 'frozen', { round: '县级评审', version: 2 });
    expect(describeAppError(createMainI18n('zh-CN').t, named)).toContain('(县级评审,第 2 版)');
    const general = describeAppError(createMainI18n('en').t, new AppError('FROZEN', 'frozen'));
    expect(general).toContain('The results of this round are frozen:');
    expect(general).not.toContain('{{');
  });

  it('keeps the details other errors interpolate', () => {
    const tooNew = new AppError('DB_TOO_NEW', 'newer', { found: 14, supported: 12 });
    const text = describeAppError(createMainI18n('en').t, tooNew);
    expect(text).toContain('14');
    expect(text).toContain('12');
  });
});
