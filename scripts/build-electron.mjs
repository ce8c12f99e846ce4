// Bundles the Electron main process (ESM) and the preload (CommonJS: a sandboxed preload
// cannot be an ES module) into dist-electron/. Node packages stay external: electron-builder
// ships the production node_modules beside them.
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node22', packages: 'external', sourcemap: true, logLevel: 'info' };
await build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist-electron/main.js', format: 'esm' });
// The preload bundles its (shared/ and zod) imports: in the sandbox it can require only 'electron'.
await build({ ...common, packages: undefined, external: ['electron'], entryPoints: ['electron/preload.ts'], outfile: 'dist-electron/preload.cjs', format: 'cjs', minify: true });
