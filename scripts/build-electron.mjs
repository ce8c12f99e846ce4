// Bundles the Electron main process (ESM) and the preload (CommonJS: a sandboxed preload
// cannot be an ES module) into dist-electron/. Node packages stay external: electron-builder
// ships the production node_modules beside them.
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node22', packages: 'external', sourcemap: true, logLevel: 'info' };
await build({ ...common, entryPoints: ['electron/shell/main.ts'], outfile: 'dist-electron/main.js', format: 'esm' });

/** The contract's channel names, read from channels.ts itself (bundled whole, zod included, and imported). */
async function contractChannelNames() {
  const bundled = await build({
    entryPoints: ['shared/contract/channels.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  const module = await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`);
  return module.channelNames;
}

// The preload bundles its shared/ imports: in the sandbox it can require only 'electron'. It gets
// the channel names as a constant, so none of the contract's schemas (zod) ride along into it.
await build({
  ...common,
  packages: undefined,
  external: ['electron'],
  entryPoints: ['electron/shell/preload.ts'],
  outfile: 'dist-electron/preload.cjs',
  format: 'cjs',
  minify: true,
  define: { __STUDIO_CHANNELS__: JSON.stringify(await contractChannelNames()) },
});
