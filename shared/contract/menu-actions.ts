/**
 * The desktop app's menu items that act in the page. Main sends the action's name to the page
 * (one-way, over `MENU_ACTION_EVENT`), and the page handles it as the key it stands for, with
 * the same code as the keyboard shortcut, so a menu click never types into a focused field.
 */
export const MENU_ACTIONS = {
  record: 'r',
  skipReading: 's',
  playPause: 'p',
  showShortcuts: '?',
} as const;

export type MenuAction = keyof typeof MENU_ACTIONS;

/** The IPC event name, main → page. Not a contract channel: the page never invokes it. */
export const MENU_ACTION_EVENT = 'menu:action';

export const isMenuAction = (value: unknown): value is MenuAction => typeof value === 'string' && Object.hasOwn(MENU_ACTIONS, value);
