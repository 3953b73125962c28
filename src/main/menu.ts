// The application menu: File (Open folder, Open recent, Export), Edit, View (language), Help.
// Built from plain callbacks so the template can be checked without Electron.
import type { MenuItemConstructorOptions } from 'electron';
import { UI_LANGUAGES, type ExportFormat, type ExportScope, type UiLanguage } from '../api/contract';
import { FORMATS } from '../core/report/formats';
import { LANGUAGE_NAMES, MENU_LABELS } from './labels';

export interface MenuActions {
  openFolders(): void;
  openRecent(folder: string): void;
  exportAs(format: ExportFormat): void;
  setLanguage(language: UiLanguage): void;
  /** what the menu's exports cover (one event: from the app's Export panel) */
  setScope(scope: Exclude<ExportScope, 'event'>): void;
  about(): void;
}

export interface MenuState {
  language: UiLanguage;
  scope: Exclude<ExportScope, 'event'>;
  recent: string[];
  pdfAvailable: boolean;
  isMac: boolean;
  devTools: boolean;
}

export function menuTemplate(state: MenuState, actions: MenuActions): MenuItemConstructorOptions[] {
  const L = MENU_LABELS[state.language] ?? MENU_LABELS.en;
  const recent: MenuItemConstructorOptions[] = state.recent.length
    ? state.recent.map((folder) => ({ label: folder, click: () => actions.openRecent(folder) }))
    : [{ label: L.noRecent, enabled: false }];
  const exportItem = (format: ExportFormat, label: string): MenuItemConstructorOptions => ({
    id: `export-${format}`,
    label,
    enabled: format !== 'pdf' || state.pdfAvailable,
    click: () => actions.exportAs(format),
  });
  const template: MenuItemConstructorOptions[] = [];
  if (state.isMac) template.push({ role: 'appMenu' });
  template.push({
    id: 'file',
    label: L.file,
    submenu: [
      { id: 'open-folder', label: L.openFolder, accelerator: 'CmdOrCtrl+O', click: () => actions.openFolders() },
      { id: 'open-recent', label: L.openRecent, submenu: recent },
      { type: 'separator' },
      {
        id: 'export',
        label: L.export,
        submenu: [
          ...FORMATS.map((f) => exportItem(f.id, `${f.label}…`)),
          { type: 'separator' },
          ...(
            [
              ['all', L.scopeAll],
              ['tagged', L.scopeTagged],
              ['conflicts', L.scopeConflicts],
            ] as const
          ).map(([scope, label]) => ({
            id: `export-scope-${scope}`,
            label,
            type: 'radio' as const,
            checked: state.scope === scope,
            click: () => actions.setScope(scope),
          })),
        ],
      },
      { type: 'separator' },
      state.isMac ? { role: 'close' } : { role: 'quit', label: L.quit },
    ],
  });
  template.push({ role: 'editMenu', label: L.edit });
  template.push({
    id: 'view',
    label: L.view,
    submenu: [
      {
        id: 'language',
        label: L.language,
        submenu: UI_LANGUAGES.map((lang) => ({
          id: `language-${lang}`,
          label: LANGUAGE_NAMES[lang],
          type: 'radio' as const,
          checked: lang === state.language,
          click: () => actions.setLanguage(lang),
        })),
      },
      { type: 'separator' },
      { role: 'reload', label: L.reload },
      { role: 'togglefullscreen', label: L.toggleFullScreen },
      ...(state.devTools ? [{ role: 'toggleDevTools' as const }] : []),
    ],
  });
  template.push({ id: 'help', label: L.help, role: 'help', submenu: [{ id: 'about', label: L.about, click: () => actions.about() }] });
  return template;
}
