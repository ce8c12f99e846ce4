import { createRequire } from 'node:module';
import type * as TypeScript from 'typescript';

// TypeScript is one 9 MB CommonJS file: `import` from an ES module makes Node scan all of it for
// export names first, which took about 0.6 s of CPU a run here; require() loads it without that scan.
const ts = createRequire(import.meta.url)('typescript') as typeof TypeScript;

/**
 * The text a TypeScript or TSX file could show a user: string literals, template text and JSX
 * text, each with the line it starts on. Comments and identifiers are the code's business, not
 * the UI's, so they are left out (`onPractise` is a name, "Practise it now" is a label).
 */
export function uiStrings(fileName: string, source: string): { line: number; text: string }[] {
  const kind = fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, kind);
  const out: { line: number; text: string }[] = [];
  const visit = (node: TypeScript.Node) => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node) ||
      ts.isJsxText(node)
    ) {
      // Import paths are file names, not words.
      if (!(ts.isStringLiteral(node) && (ts.isImportDeclaration(node.parent) || ts.isExportDeclaration(node.parent)))) {
        // JSX text starts at `pos` (its leading newlines are part of the text); a literal at its quote.
        const start = ts.isJsxText(node) ? node.pos : node.getStart();
        out.push({ line: file.getLineAndCharacterOfPosition(start).line + 1, text: node.text });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}
