import type { MenuItemConstructorOptions } from 'electron';
import type { MenuAction } from '#shared/contract/menu-actions.js';

/**
 * The application menu: the platform's standard roles plus the app's own shortcuts. The
 * app's keys are handled in the page (so they work in the browser host too); the menu shows
 * them without capturing them (registerAccelerator: false) and, when clicked, sends its action
 * to the page, which handles it as that key (renderer/src/lib/menu-actions.ts). Pressing the key
 * in the page instead would also type it into whatever field has focus.
 */
export function menuTemplate(options: {
  isMac: boolean;
  appName: string;
  sendAction: (action: MenuAction) => void;
}): MenuItemConstructorOptions[] {
  const { isMac, appName, sendAction } = options;
  const appKey = (label: string, action: MenuAction, accelerator: string): MenuItemConstructorOptions => ({
    label,
    accelerator,
    registerAccelerator: false,
    click: () => sendAction(action),
  });

  return [
    ...(isMac
      ? [
          {
            label: appName,
            submenu: [
              { role: 'about' },
              { type: 'separator' },
              { role: 'hide' },
              { role: 'hideOthers' },
              { role: 'unhide' },
              { type: 'separator' },
              { role: 'quit' },
            ],
          } satisfies MenuItemConstructorOptions,
        ]
      : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    {
      label: 'Practice',
      submenu: [
        appKey('Start or Stop Recording', 'record', 'R'),
        appKey('Skip Reading Aloud', 'skipReading', 'S'),
        appKey('Play or Pause Replay', 'playPause', 'P'),
      ],
    },
    {
      role: 'viewMenu',
      submenu: [
        { role: 'reload' },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        appKey('Keyboard Shortcuts', 'showShortcuts', 'Shift+/'),
        ...(isMac ? [] : [{ type: 'separator' as const }, { role: 'about' as const }]),
      ],
    },
  ];
}
