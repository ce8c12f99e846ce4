import fs from 'node:fs';
import path from 'node:path';

/** Every file under a folder with its size and modification time: equal snapshots mean nothing was written. */
export function snapshotFolder(root: string): string {
  const lines: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        const stat = fs.statSync(full);
        lines.push(`${path.relative(root, full)} ${stat.size} ${stat.mtimeMs}`);
      }
    }
  };
  walk(root);
  return lines.join('\n');
}
