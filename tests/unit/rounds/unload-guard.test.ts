import { describe, expect, it } from 'vitest';
import {
  decidePreventedUnload,
  LEAVE_BUTTON,
  STAY_BUTTON,
  unloadDialogOptions,
} from '../../../electron/main/unload-guard';
import { createMainI18n, translatorFor } from '../../../electron/i18n';

/** Records whether the handler told Electron to unload anyway. */
function event() {
  const state = { prevented: false };
  return { state, preventDefault: () => void (state.prevented = true) };
}

describe('unsaved-work dialog (will-prevent-unload)', () => {
  const i18n = createMainI18n('zh-CN');

  it('unloads only when the user explicitly chooses to leave', () => {
    const leave = event();
    expect(decidePreventedUnload(leave, () => LEAVE_BUTTON)).toBe(true);
    expect(leave.state.prevented).toBe(true);
    const stay = event();
    expect(decidePreventedUnload(stay, () => STAY_BUTTON)).toBe(false);
    expect(stay.state.prevented).toBe(false);
    // Any other answer (a closed dialog) keeps the page and its edits.
    const other = event();
    expect(decidePreventedUnload(other, () => 7)).toBe(false);
    expect(other.state.prevented).toBe(false);
  });

  it('asks in the chosen language, with staying as the default and the cancel answer', () => {
    for (const language of ['zh-CN', 'en'] as const) {
      const t = translatorFor(i18n, language);
      const options = unloadDialogOptions(t);
      expect(options.buttons).toEqual([t('scoring.unload.leave'), t('scoring.unload.stay')]);
      expect(options.defaultId).toBe(STAY_BUTTON);
      expect(options.cancelId).toBe(STAY_BUTTON);
      for (const text of [options.title, options.message, options.detail, ...options.buttons!]) {
        expect(text).toBeTruthy();
        // A missing key would come back as the key itself.
        expect(text).not.toMatch(/^scoring\./);
      }
    }
    expect(unloadDialogOptions(translatorFor(i18n, 'zh-CN')).message).toMatch(/[\u4e00-\u9fff]/);
    expect(unloadDialogOptions(translatorFor(i18n, 'en')).message).toMatch(/unsaved|not saved/i);
  });
});
