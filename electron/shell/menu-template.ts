import type { MenuItemConstructorOptions } from 'electron';

/**
 * The application menu: the platform's standard roles plus the app's own shortcuts. The
 * app's keys are handled in the page (so they work in the browser host too); the menu shows
 * them without capturing them (registerAccelerator: false) and, when clicked, presses the
 * same key in the page.
 */
export function menuTemplate(options: { isMac: boolean; appName: string; pressKey: (key: string) => void }): MenuItemConstructorOptions[] {
  const { isMac, appName, pressKey } = options;
  const appKey = (label: string, key: string, accelerator = key): MenuItemConstructorOptions => ({
    label,
    accelerator,
    registerAccelerator: false,
    click: () => pressKey(key),
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
      submenu: [appKey('Start or Stop Recording', 'R'), appKey('Skip Reading Aloud', 'S'), appKey('Play or Pause Replay', 'P')],
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
        appKey('Keyboard Shortcuts', '?', 'Shift+/'),
        ...(isMac ? [] : [{ type: 'separator' as const }, { role: 'about' as const }]),
      ],
    },
  ];
}
