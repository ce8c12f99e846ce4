import path from 'node:path';

/**
 * Resolves `relative` under `root` and returns null unless the result stays inside root.
 * Uses path.relative rather than `startsWith(root)`, which would let `/root-evil` through,
 * and refuses NUL bytes and absolute segments (path.join would silently drop what precedes them).
 */
export function resolveInside(root: string, relative: string): string | null {
  if (relative.includes('\0')) return null;
  const segments = relative.split(/[\\/]+/).filter((s) => s !== '');
  if (segments.some((s) => s === '..' || path.isAbsolute(s) || /^[a-zA-Z]:/.test(s))) return null;
  const resolved = path.resolve(root, ...segments);
  const rel = path.relative(root, resolved);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return null;
  return resolved;
}
