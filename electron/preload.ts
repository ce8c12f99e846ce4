import { contextBridge, ipcRenderer } from 'electron';
import { buildStudioApi, type StudioBridge } from '../shared/contract/api.js';
import { channelNames } from '../shared/contract/channels.js';
import type { Result } from '../shared/contract/errors.js';
import { mediaUrlFor } from './security/schemes.js';

// Exactly the contract's channels, each a named function: no generic invoke reaches the page.
const studio = {
  ...buildStudioApi(channelNames, (channel, request) => ipcRenderer.invoke(channel, request) as Promise<Result<unknown>>),
  mediaUrl: mediaUrlFor,
} satisfies StudioBridge;

contextBridge.exposeInMainWorld('studio', studio);
