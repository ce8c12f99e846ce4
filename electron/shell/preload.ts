import { contextBridge, ipcRenderer } from 'electron';
import { buildStudioApi, type StudioBridge } from '#shared/contract/api.js';
import type { Channel } from '#shared/contract/channels.js';
import type { Result } from '#shared/contract/errors.js';
import { mediaUrlFor } from './security/schemes.js';

/**
 * Every channel of the contract, written in by scripts/build-electron.mjs (esbuild's define, from
 * channels.ts): importing the channel map would bundle its zod schemas into the preload, which
 * runs before the page on every start, just to learn the names.
 */
declare const __STUDIO_CHANNELS__: readonly Channel[];

// Exactly the contract's channels, each a named function: no generic invoke reaches the page.
const studio = {
  ...buildStudioApi(__STUDIO_CHANNELS__, (channel, request) => ipcRenderer.invoke(channel, request) as Promise<Result<unknown>>),
  mediaUrl: mediaUrlFor,
} satisfies StudioBridge;

contextBridge.exposeInMainWorld('studio', studio);
