// The size limits of issue 18: no source file in src/ over 400 lines, no
// function over 80. Lists what is over, longest first (a function nested in a
// long one is listed too, with its own length). `npx tsx scripts/code-size.ts
// [DIR] [--file-lines N] [--function-lines N]`; exits 0 (a list, not a gate).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const args = process.argv.slice(2);
const flag = (name: string, dflt: number): number => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const FILE_LINES = flag('--file-lines', 400);
const FUNCTION_LINES = flag('--function-lines', 80);
const root = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? 'src';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    if (statSync(p).isDirectory()) return files(p);
    return /\.tsx?$/.test(n) && !n.endsWith('.d.ts') ? [p] : [];
  });
}

/** A function's name as a reader finds it: its own, its variable's, its property's or its class's method. */
function nameOf(node: ts.Node): string {
  const named = node as ts.Node & { name?: ts.Node };
  if (named.name && ts.isIdentifier(named.name)) {
    const cls = node.parent && ts.isClassLike(node.parent) ? node.parent.name?.text : undefined;
    return cls ? `${cls}.${named.name.text}` : named.name.text;
  }
  const p = node.parent;
  if (
    p &&
    (ts.isVariableDeclaration(p) || ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p)) &&
    ts.isIdentifier(p.name)
  )
    return p.name.text;
  return '(anonymous)';
}

const longFiles: Array<[number, string]> = [];
const longFunctions: Array<[number, string]> = [];
for (const file of files(root)) {
  const text = readFileSync(file, 'utf8');
  const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  if (lines > FILE_LINES) longFiles.push([lines, file]);
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && (node as ts.FunctionLikeDeclaration).body) {
      const start = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
      const end = sf.getLineAndCharacterOfPosition(node.getEnd()).line + 1;
      if (end - start + 1 > FUNCTION_LINES) longFunctions.push([end - start + 1, `${file}:${start} ${nameOf(node)}`]);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
}
const show = (title: string, rows: Array<[number, string]>): void => {
  console.log(`${title}: ${rows.length}`);
  for (const [n, what] of rows.sort((a, b) => b[0] - a[0])) console.log(`  ${String(n).padStart(5)}  ${what}`);
};
show(`files over ${FILE_LINES} lines in ${root}`, longFiles);
show(`functions over ${FUNCTION_LINES} lines in ${root}`, longFunctions);
