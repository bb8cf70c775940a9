import type { MenuItemConstructorOptions } from 'electron';
import type { Language } from '../../shared/domain/views';
import { LANGUAGES } from '../../shared/domain/views';

export interface MenuActions {
  setLanguage(lang: Language): void;
  reload(): void;
  quit(): void;
  /** Only passed in development builds; without it the menu has no dev-tools entry. */
  toggleDevTools?: () => void;
}

/**
 * The application menu as plain data, so it can be tested without Electron and rebuilt whenever
 * the language changes. Editing commands use Electron roles: they are what makes copy and paste
 * shortcuts work in text fields, on macOS in particular.
 */
export function buildMenuTemplate(
  t: (key: string) => string,
  actions: MenuActions,
  currentLanguage: Language,
  platform: NodeJS.Platform,
): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';

  const quit: MenuItemConstructorOptions = {
    id: 'quit',
    label: t('menu.quit'),
    accelerator: 'CmdOrCtrl+Q',
    click: () => actions.quit(),
  };

  const viewItems: MenuItemConstructorOptions[] = [
    {
      id: 'reload',
      label: t('menu.reload'),
      accelerator: 'CmdOrCtrl+R',
      click: () => actions.reload(),
    },
    { type: 'separator' },
    { id: 'zoomIn', label: t('menu.zoomIn'), role: 'zoomIn' },
    { id: 'zoomOut', label: t('menu.zoomOut'), role: 'zoomOut' },
    { id: 'resetZoom', label: t('menu.resetZoom'), role: 'resetZoom' },
    { type: 'separator' },
    { id: 'toggleFullscreen', label: t('menu.toggleFullscreen'), role: 'togglefullscreen' },
  ];
  const toggleDevTools = actions.toggleDevTools;
  if (toggleDevTools) {
    viewItems.push(
      { type: 'separator' },
      {
        id: 'toggleDevTools',
        label: t('menu.toggleDevTools'),
        accelerator: isMac ? 'Alt+Command+I' : 'Ctrl+Shift+I',
        click: () => toggleDevTools(),
      },
    );
  }

  const template: MenuItemConstructorOptions[] = [
    // macOS puts Quit in the application menu; a File menu holding only Quit would look foreign.
    isMac
      ? { id: 'app', role: 'appMenu', submenu: [quit] }
      : { id: 'file', label: t('menu.file'), submenu: [quit] },
    {
      id: 'edit',
      label: t('menu.edit'),
      submenu: [
        { id: 'undo', label: t('menu.undo'), role: 'undo' },
        { id: 'redo', label: t('menu.redo'), role: 'redo' },
        { type: 'separator' },
        { id: 'cut', label: t('menu.cut'), role: 'cut' },
        { id: 'copy', label: t('menu.copy'), role: 'copy' },
        { id: 'paste', label: t('menu.paste'), role: 'paste' },
        { id: 'selectAll', label: t('menu.selectAll'), role: 'selectAll' },
      ],
    },
    { id: 'view', label: t('menu.view'), submenu: viewItems },
    {
      id: 'language',
      label: t('menu.language'),
      // Each language is named in itself (中文, English) so a user who cannot read the current
      // language can still find their own.
      submenu: LANGUAGES.map((lang): MenuItemConstructorOptions => ({
        id: `language.${lang}`,
        label: t(`language.${lang}`),
        type: 'radio',
        checked: lang === currentLanguage,
        click: () => {
          if (lang !== currentLanguage) actions.setLanguage(lang);
        },
      })),
    },
    {
      id: 'help',
      label: t('menu.help'),
      role: 'help',
      submenu: [{ id: 'about', label: t('menu.about'), role: 'about' }],
    },
  ];
  return template;
}
