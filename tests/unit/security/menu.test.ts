import type { MenuItemConstructorOptions } from 'electron';
import type { Mock } from 'vitest';
import { describe, expect, it, vi } from 'vitest';
import type { Language } from '../../../shared/domain/views';
import { createMainI18n, translatorFor } from '../../../electron/i18n';
import type { MenuActions } from '../../../electron/main/menu';
import { buildMenuTemplate } from '../../../electron/main/menu';

const zh = (key: string): string => `zh:${key}`;
const en = (key: string): string => `en:${key}`;

interface FakeActions extends MenuActions {
  setLanguage: Mock<(lang: Language) => void>;
  reload: Mock<() => void>;
  quit: Mock<() => void>;
  toggleDevTools?: Mock<() => void>;
}

function makeActions(withDevTools = false): FakeActions {
  return {
    setLanguage: vi.fn<(lang: Language) => void>(),
    reload: vi.fn<() => void>(),
    quit: vi.fn<() => void>(),
    ...(withDevTools ? { toggleDevTools: vi.fn<() => void>() } : {}),
  };
}

function submenuOf(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  const sub = item?.submenu;
  if (!Array.isArray(sub)) throw new Error(`menu ${String(item?.id)} has no submenu array`);
  return sub;
}

function byId(items: MenuItemConstructorOptions[], id: string): MenuItemConstructorOptions {
  const found = items.find((item) => item.id === id);
  if (!found) throw new Error(`no menu item ${id}`);
  return found;
}

function allItems(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? allItems(item.submenu) : []),
  ]);
}

function click(item: MenuItemConstructorOptions): void {
  if (!item.click) throw new Error(`menu item ${String(item.id)} has no click handler`);
  item.click({} as Parameters<NonNullable<MenuItemConstructorOptions['click']>>[0], undefined, {});
}

describe('buildMenuTemplate', () => {
  it('has File, Edit, View, Language and Help, labelled through t()', () => {
    const menu = buildMenuTemplate(zh, makeActions(), 'zh-CN', 'win32');
    expect(menu.map((item) => item.id)).toEqual(['file', 'edit', 'view', 'language', 'help']);
    expect(menu.map((item) => item.label)).toEqual([
      'zh:menu.file',
      'zh:menu.edit',
      'zh:menu.view',
      'zh:menu.language',
      'zh:menu.help',
    ]);
  });

  it('labels every item in the language of the given translator', () => {
    for (const [t, prefix] of [
      [zh, 'zh:'],
      [en, 'en:'],
    ] as const) {
      const items = allItems(buildMenuTemplate(t, makeActions(true), 'en', 'linux'));
      for (const item of items) {
        if (item.type === 'separator') continue;
        const id = String(item.id);
        const key = id.startsWith('language.') ? id : `menu.${id}`;
        expect(item.label, id).toBe(`${prefix}${key}`);
      }
    }
  });

  it('uses the Electron roles for editing, so shortcuts work in text fields', () => {
    const edit = submenuOf(byId(buildMenuTemplate(zh, makeActions(), 'zh-CN', 'linux'), 'edit'));
    const roles = edit.filter((item) => item.type !== 'separator').map((item) => item.role);
    expect(roles).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
  });

  it('offers reload, zoom and full screen in View, and calls the reload action', () => {
    const actions = makeActions();
    const view = submenuOf(byId(buildMenuTemplate(zh, actions, 'zh-CN', 'linux'), 'view'));
    expect(byId(view, 'zoomIn').role).toBe('zoomIn');
    expect(byId(view, 'zoomOut').role).toBe('zoomOut');
    expect(byId(view, 'resetZoom').role).toBe('resetZoom');
    expect(byId(view, 'toggleFullscreen').role).toBe('togglefullscreen');
    click(byId(view, 'reload'));
    expect(actions.reload).toHaveBeenCalledTimes(1);
  });

  it('has no dev-tools item unless the action is given', () => {
    const without = allItems(buildMenuTemplate(zh, makeActions(false), 'zh-CN', 'linux'));
    expect(without.some((item) => item.id === 'toggleDevTools')).toBe(false);
    expect(without.some((item) => item.role === 'toggleDevTools')).toBe(false);

    const actions = makeActions(true);
    const view = submenuOf(byId(buildMenuTemplate(zh, actions, 'zh-CN', 'linux'), 'view'));
    click(byId(view, 'toggleDevTools'));
    expect(actions.toggleDevTools).toHaveBeenCalledTimes(1);
  });

  it('quits through the quit action from File', () => {
    const actions = makeActions();
    const file = submenuOf(byId(buildMenuTemplate(zh, actions, 'zh-CN', 'win32'), 'file'));
    click(byId(file, 'quit'));
    expect(actions.quit).toHaveBeenCalledTimes(1);
  });

  it('puts Quit in the application menu on macOS', () => {
    const menu = buildMenuTemplate(en, makeActions(), 'en', 'darwin');
    expect(menu[0]?.role).toBe('appMenu');
    expect(submenuOf(menu[0]).map((item) => item.id)).toContain('quit');
    expect(menu.some((item) => item.id === 'file')).toBe(false);
  });

  it.each(['zh-CN', 'en'] as const)('checks the current language (%s) in a radio group', (lang) => {
    const languages = submenuOf(
      byId(buildMenuTemplate(zh, makeActions(), lang, 'linux'), 'language'),
    );
    expect(languages.map((item) => item.id)).toEqual(['language.zh-CN', 'language.en']);
    expect(languages.every((item) => item.type === 'radio')).toBe(true);
    expect(languages.filter((item) => item.checked).map((item) => item.id)).toEqual([
      `language.${lang}`,
    ]);
  });

  it('switches language when another one is picked, and not when the current one is', () => {
    const actions = makeActions();
    const languages = submenuOf(byId(buildMenuTemplate(zh, actions, 'zh-CN', 'linux'), 'language'));
    click(byId(languages, 'language.zh-CN'));
    expect(actions.setLanguage).not.toHaveBeenCalled();
    click(byId(languages, 'language.en'));
    expect(actions.setLanguage).toHaveBeenCalledWith('en');
  });

  it('has About under Help', () => {
    const help = submenuOf(byId(buildMenuTemplate(zh, makeActions(), 'zh-CN', 'linux'), 'help'));
    expect(byId(help, 'about').label).toBe('zh:menu.about');
  });
});

describe('menu labels in the locale files', () => {
  it('exist in zh-CN and en for every key the menu uses, with native language names', () => {
    const used = new Set<string>();
    const record = (key: string): string => {
      used.add(key);
      return key;
    };
    buildMenuTemplate(record, makeActions(true), 'zh-CN', 'linux');
    expect(used.size).toBeGreaterThanOrEqual(21);

    const i18n = createMainI18n();
    const tZh = translatorFor(i18n, 'zh-CN');
    const tEn = translatorFor(i18n, 'en');
    for (const key of used) {
      expect(tZh(key), key).not.toBe(key);
      expect(tEn(key), key).not.toBe(key);
    }
    expect(tZh('menu.file')).not.toBe(tEn('menu.file'));
    for (const t of [tZh, tEn]) {
      expect(t('language.zh-CN')).toBe('中文');
      expect(t('language.en')).toBe('English');
    }
  });
});
