import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { buildStudioApi, type StudioBridge } from '#shared/contract/api.js';
import type { Channel } from '#shared/contract/channels.js';
import type { Result } from '#shared/contract/errors.js';
import { isMenuAction, MENU_ACTION_EVENT, type MenuAction } from '#shared/contract/menu-actions.js';
import { mediaUrlFor } from './security/schemes.js';

/**
 * Every channel of the contract, written in by scripts/build-electron.mjs (esbuild's define, from
 * channels.ts): importing the channel map would bundle its zod schemas into the preload, which
 * runs before the page on every start, just to learn the names.
 */
declare const __STUDIO_CHANNELS__: readonly Channel[];

/**
 * The menu's actions, one named event only: the page gets the action's name, never the IPC event
 * (which carries the sender) nor a way to listen to anything else.
 */
function onMenuAction(listener: (action: MenuAction) => void): () => void {
  const relay = (_event: IpcRendererEvent, action: unknown) => {
    if (isMenuAction(action)) listener(action);
  };
  ipcRenderer.on(MENU_ACTION_EVENT, relay);
  return () => void ipcRenderer.removeListener(MENU_ACTION_EVENT, relay);
}

// Exactly the contract's channels, each a named function: no generic invoke reaches the page.
const studio = {
  ...buildStudioApi(__STUDIO_CHANNELS__, (channel, request) => ipcRenderer.invoke(channel, request) as Promise<Result<unknown>>),
  mediaUrl: mediaUrlFor,
  onMenuAction,
} satisfies StudioBridge;

contextBridge.exposeInMainWorld('studio', studio);
