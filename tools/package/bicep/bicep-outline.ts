import type { Node, Tree } from 'web-tree-sitter';

/** An expression Bicep evaluates at deployment (a reference, a call, an interpolated string), kept as source text. */
export class BicepExpression {
  constructor(readonly text: string) {}
}

/** A Bicep value as plain data: literals as themselves, objects and arrays recursively, anything else an expression. */
export type BicepValue = string | number | boolean | null | BicepExpression | BicepValue[] | { [key: string]: BicepValue };

export interface BicepParam {
  name: string;
  type: string;
  hasDefault: boolean;
  decorators: string[];
}
export interface BicepResource {
  symbol: string;
  type: string;
  apiVersion: string;
  existing: boolean;
  body: BicepValue;
}
export interface BicepModule {
  symbol: string;
  path: string;
  body: BicepValue;
}
export interface BicepOutput {
  name: string;
  type: string;
  value: BicepValue;
}
/** What a Bicep file declares. */
export interface BicepOutline {
  params: BicepParam[];
  resources: BicepResource[];
  modules: BicepModule[];
  outputs: BicepOutput[];
}

const ESCAPES: Record<string, string> = { "\\'": "'", '\\\\': '\\', '\\n': '\n', '\\r': '\r', '\\t': '\t', '\\$': '$' };

function stringValue(node: Node): string | BicepExpression {
  if (node.namedChildren.some((child) => child.type === 'interpolation')) return new BicepExpression(node.text);
  return node.namedChildren.map((child) => (child.type === 'escape_sequence' ? (ESCAPES[child.text] ?? child.text) : child.text)).join('');
}

/** A string literal's value, or its source text when interpolated; an identifier's name. */
function textOf(node: Node | undefined): string {
  if (!node) return '';
  const value = node.type === 'string' ? stringValue(node) : node.text;
  return typeof value === 'string' ? value : value.text;
}

/** Converts a value node to plain data. */
export function valueOf(node: Node): BicepValue {
  switch (node.type) {
    case 'string':
      return stringValue(node);
    case 'number':
      return Number(node.text);
    case 'boolean':
      return node.text === 'true';
    case 'null':
      return null;
    case 'array':
      return node.namedChildren.filter((c) => c.type !== 'comment').map(valueOf);
    case 'object': {
      const result: { [key: string]: BicepValue } = {};
      for (const property of node.namedChildren) {
        if (property.type !== 'object_property') continue;
        const [key, value] = property.namedChildren;
        if (key && value) result[textOf(key)] = valueOf(value);
      }
      return result;
    }
    default:
      return new BicepExpression(node.text);
  }
}

/** Follows a dotted path (`properties.siteConfig.alwaysOn`) through objects; undefined when absent. */
export function pick(value: BicepValue | undefined, dotted: string): BicepValue | undefined {
  let current = value;
  for (const key of dotted.split('.')) {
    if (current === null || typeof current !== 'object' || Array.isArray(current) || current instanceof BicepExpression) return undefined;
    current = current[key];
  }
  return current;
}

function named(node: Node): Node[] {
  return node.namedChildren.filter((c) => c.type !== 'comment');
}

function param(node: Node): BicepParam {
  const [id, type, value] = named(node);
  const previous = node.previousNamedSibling;
  const decorators = previous?.type === 'decorators' ? named(previous).map((d) => d.text) : [];
  return { name: id?.text ?? '', type: type?.text ?? '', hasDefault: value !== undefined, decorators };
}

function resource(node: Node): BicepResource {
  const [id, typeNode, body] = named(node);
  const [type = '', apiVersion = ''] = textOf(typeNode).split('@');
  const existing = node.children.some((c) => c.type === 'existing');
  return { symbol: id?.text ?? '', type, apiVersion, existing, body: body ? valueOf(body) : null };
}

/** Lists the parameters, resources (nested `resource` children are not used here), modules and outputs of a file. */
export function outline(tree: Tree): BicepOutline {
  const result: BicepOutline = { params: [], resources: [], modules: [], outputs: [] };
  for (const node of named(tree.rootNode)) {
    const [id, second, third] = named(node);
    if (node.type === 'parameter_declaration') result.params.push(param(node));
    else if (node.type === 'resource_declaration') result.resources.push(resource(node));
    else if (node.type === 'module_declaration')
      result.modules.push({ symbol: textOf(id), path: textOf(second), body: third ? valueOf(third) : null });
    else if (node.type === 'output_declaration')
      result.outputs.push({ name: id?.text ?? '', type: second?.text ?? '', value: third ? valueOf(third) : null });
  }
  return result;
}
