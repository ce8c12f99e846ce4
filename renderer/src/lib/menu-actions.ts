import type { StudioBridge } from '#shared/contract/api.js';
import { MENU_ACTIONS } from '#shared/contract/menu-actions.js';

/**
 * The desktop app's menu items act as their keys do: each action is dispatched as that key's
 * keydown on the window, where the shortcut handlers (lib/shortcuts.ts) listen. Its target is the
 * window, not the focused field, so a menu click while typing a note acts instead of typing a
 * letter. No React here: this is wired from the small entry, before the app loads.
 */
export function listenToMenu(bridge: Pick<StudioBridge, 'onMenuAction'>): () => void {
  if (!bridge.onMenuAction) return () => {}; // the browser host has no application menu
  return bridge.onMenuAction((action) => {
    window.dispatchEvent(new KeyboardEvent('keydown', { key: MENU_ACTIONS[action], cancelable: true }));
  });
}
