// Bundles the Electron main process (ESM) and the preload (CommonJS: a sandboxed preload
// cannot be an ES module) into dist-electron/. Node packages stay external: electron-builder
// ships the production node_modules beside them.
// `--outdir DIR` builds elsewhere (the stand-in test builds its own copy, so it never races a build
// of dist-electron/); DIR should be inside the repository, where node_modules can be found from it.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const { values } = parseArgs({ options: { outdir: { type: 'string', default: 'dist-electron' } } });
const outdir = values.outdir;

const common = { bundle: true, platform: 'node', target: 'node22', packages: 'external', sourcemap: true, logLevel: 'info' };
await build({ ...common, entryPoints: ['electron/shell/main.ts'], outfile: path.join(outdir, 'main.js'), format: 'esm' });

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
  outfile: path.join(outdir, 'preload.cjs'),
  format: 'cjs',
  minify: true,
  define: { __STUDIO_CHANNELS__: JSON.stringify(await contractChannelNames()) },
});
