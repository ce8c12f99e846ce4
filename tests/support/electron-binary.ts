import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from './browser-host-process.js';

/**
 * Where the Electron binary is, or why there is none. Reads electron's own path.txt instead
 * of importing the package, because importing it tries to download a missing binary.
 */
export function findElectronBinary(): { path: string } | { missing: string } {
  const pkg = path.join(repoRoot, 'node_modules', 'electron');
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  let relative: string;
  try {
    relative = fs.readFileSync(path.join(pkg, 'path.txt'), 'utf8').trim();
  } catch {
    return {
      missing:
        'no Electron binary is installed (node_modules/electron/path.txt is absent: installed with ELECTRON_SKIP_BINARY_DOWNLOAD, or offline)',
    };
  }
  const binary = override ? path.join(override, relative) : path.join(pkg, 'dist', relative);
  return fs.existsSync(binary) ? { path: binary } : { missing: `the Electron binary ${binary} does not exist` };
}
