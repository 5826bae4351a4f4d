import fs from 'node:fs';
import path from 'node:path';
import { Language, Parser, type Node, type Tree } from 'web-tree-sitter';

const GRAMMAR = path.join(path.dirname(require.resolve('tree-sitter-bicep/package.json')), 'tree-sitter-bicep.wasm');

let parser: Promise<Parser> | undefined;

/** A tree-sitter parser for Bicep (syntax only: no type checking, no Azure schemas), created once. */
export function bicepParser(): Promise<Parser> {
  parser ??= (async () => {
    await Parser.init();
    const created = new Parser();
    // Bytes, not a path: loading a path makes web-tree-sitter import('fs'), which jest's CommonJS runtime refuses.
    created.setLanguage(await Language.load(fs.readFileSync(GRAMMAR)));
    return created;
  })();
  return parser;
}

/** Parses Bicep source; throws if tree-sitter gives up entirely. */
export async function parseBicep(source: string): Promise<Tree> {
  const tree = (await bicepParser()).parse(source);
  if (!tree) throw new Error('tree-sitter returned no tree');
  return tree;
}

function* walk(node: Node): Generator<Node> {
  yield node;
  for (const child of node.children) yield* walk(child);
}

/** Every ERROR and MISSING node, as `line:column: …` (1-based), empty when the file parses cleanly. */
export function syntaxProblems(tree: Tree): string[] {
  const problems: string[] = [];
  for (const node of walk(tree.rootNode)) {
    const where = `${node.startPosition.row + 1}:${node.startPosition.column + 1}`;
    if (node.isMissing) problems.push(`${where}: missing ${node.type}`);
    else if (node.isError) problems.push(`${where}: syntax error near ${JSON.stringify(node.text.slice(0, 40))}`);
  }
  return problems;
}
