import type { StudioBridge } from '#shared/contract/api.js';

declare global {
  interface Window {
    /** Provided by Electron's preload or by the browser host's bridge script; never by the renderer. */
    readonly studio: StudioBridge;
  }
}

export {};
