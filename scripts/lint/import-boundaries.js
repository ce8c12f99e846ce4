// The import rules that keep the layout (docs/adding-a-feature.md): who may import Electron, which
// tree may import which, and that a renderer feature reaches another only through its entry file.
// A local ESLint rule, because no-restricted-imports cannot say "a feature other than this one".
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

/**
 * The path aliases, read from where they are defined (package.json "imports", e.g. "#shared/*.js" →
 * "./shared/*.ts"): each prefix and the folder it names.
 */
const ALIASES = Object.entries(JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).imports).map(([key, target]) => ({
  prefix: key.slice(0, key.indexOf('*')),
  folder: target.slice(2, target.indexOf('*')),
}));

/** Folders of renderer/src/ that every feature may use: the common layer and the client. */
const RENDERER_COMMON = new Set(['ui', 'lib', 'api']);

/** Where a repo-relative file sits: its tree and, in renderer/src/, its feature folder. */
function placeOf(file) {
  const rel = path.relative(root, file).split(path.sep).join('/');
  if (rel.startsWith('renderer/src/')) {
    const [feature, ...rest] = rel.slice('renderer/src/'.length).split('/');
    return { tree: 'renderer', feature: rest.length ? feature : null, rel };
  }
  const tree = rel.split('/')[0];
  return { tree, feature: null, rel };
}

/** The repo-relative path an import names, or null for a package. */
function targetOf(importerFile, spec) {
  const alias = ALIASES.find(({ prefix }) => spec.startsWith(prefix));
  if (alias) return `${alias.folder}${spec.slice(alias.prefix.length)}`;
  if (spec.startsWith('.'))
    return path
      .relative(root, path.resolve(path.dirname(importerFile), spec))
      .split(path.sep)
      .join('/');
  return null;
}

function problemWith(importerFile, spec) {
  const from = placeOf(importerFile);
  const shellSide = from.rel.startsWith('electron/shell/') || from.rel.startsWith('tests/electron/shell/');
  if ((spec === 'electron' || spec.startsWith('electron/')) && !shellSide) {
    return 'Only the Electron shell (electron/shell/) imports electron: put Electron-free code in core/ or services/ and pass it what it needs.';
  }
  if (spec.startsWith('../')) return `Use an alias (${ALIASES.map(({ prefix }) => prefix).join(', ')}) instead of "${spec}".`;
  const target = targetOf(importerFile, spec);
  if (!target) return null;
  if (from.tree === 'shared' && (target.startsWith('electron/') || target.startsWith('renderer/'))) {
    return 'shared/ is the contract and pure logic both sides use: it imports neither electron/ nor renderer/.';
  }
  if (from.tree === 'renderer' && target.startsWith('electron/'))
    return 'The renderer never imports electron/: it calls main through the contract (#renderer/api/).';
  if (from.tree === 'electron' && target.startsWith('renderer/')) return 'electron/ does not import the renderer.';
  if (from.rel.startsWith('electron/services/') && /^electron\/(core|shell|browser-host)\//.test(target)) {
    return 'Services sit below the composition root: they take what they need as arguments, never import core/, shell/ or browser-host/.';
  }
  if (from.tree === 'renderer' && from.feature && from.feature !== 'app' && target.startsWith('renderer/src/')) {
    const [feature, ...rest] = target.slice('renderer/src/'.length).split('/');
    // Stylesheets are global once loaded, so importing another feature's CSS shares no code.
    if (
      rest.length &&
      !target.endsWith('.css') &&
      feature !== from.feature &&
      !RENDERER_COMMON.has(feature) &&
      rest.join('/') !== 'index.js'
    ) {
      return `A feature reaches another only through its entry file: import "#renderer/${feature}/index.js", or move what is shared into ui/ or lib/.`;
    }
  }
  return null;
}

export const importBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Keeps the layout: Electron only in the shell, trees apart, features through their entry files.' },
    schema: [],
  },
  create(context) {
    const check = (node) => {
      if (!node.source || typeof node.source.value !== 'string') return;
      const message = problemWith(context.filename, node.source.value);
      if (message) context.report({ node: node.source, message });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

export { problemWith };
