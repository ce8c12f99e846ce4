import path from 'node:path';
import type { BuildOptions } from 'esbuild';
import { channelNames } from '#shared/contract/channels.js';

/**
 * How the page's bridge script (renderer/browser-bridge/http-bridge.ts) is bundled: by the host at
 * start, or once by whoever bundles the host itself (the e2e run's global setup), which then builds
 * the result in as __STUDIO_BRIDGE_SCRIPT__ (cli.ts).
 */
export function bridgeBuildOptions(repoRoot: string): BuildOptions & { write: false } {
  return {
    entryPoints: [path.join(repoRoot, 'renderer', 'browser-bridge', 'http-bridge.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
    logLevel: 'silent',
    // The channel names from the contract, written into the bridge, so the page's first script does
    // not carry the contract's schemas (zod, ~800 KB unminified) just to learn them.
    define: { __STUDIO_CHANNELS__: JSON.stringify(channelNames) },
  };
}
