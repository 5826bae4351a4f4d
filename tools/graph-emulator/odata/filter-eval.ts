import { badRequest } from '../http/graph-error.js';
import type { FilterNode } from './filter-ast.js';
import { coerceLiteral, comparable, compareScalars, type BoundProperty } from './typed-values.js';

export type Predicate<T> = (record: T) => boolean;

/** Compiles a filter tree into a predicate; `bind` resolves each property path (and throws 400 for unknown ones). */
export function compileFilter<T>(node: FilterNode, bind: (path: string) => BoundProperty<T>): Predicate<T> {
  switch (node.kind) {
    case 'and': {
      const left = compileFilter(node.left, bind);
      const right = compileFilter(node.right, bind);
      return (record) => left(record) && right(record);
    }
    case 'or': {
      const left = compileFilter(node.left, bind);
      const right = compileFilter(node.right, bind);
      return (record) => left(record) || right(record);
    }
    case 'startswith': {
      const property = bind(node.path);
      if (property.kind !== 'text') throw badRequest(`Invalid filter clause: startswith needs a text property, '${node.path}' is not one.`);
      const prefix = node.value.toLowerCase();
      return (record) => {
        const value = property.read(record);
        return typeof value === 'string' && value.toLowerCase().startsWith(prefix);
      };
    }
    case 'compare': {
      const property = bind(node.path);
      const expected = coerceLiteral(property.kind, node.value, node.path);
      if (expected === null) {
        if (node.op !== 'eq' && node.op !== 'ne') throw badRequest(`Invalid filter clause: null can only be compared with eq or ne.`);
        return node.op === 'eq' ? (record) => property.read(record) === undefined : (record) => property.read(record) !== undefined;
      }
      const op = node.op;
      return (record) => {
        const actual = comparable(property.kind, property.read(record));
        if (actual === undefined) return op === 'ne';
        const order = compareScalars(property.kind, actual, expected);
        switch (op) {
          case 'eq': return order === 0;
          case 'ne': return order !== 0;
          case 'lt': return order < 0;
          case 'gt': return order > 0;
          case 'le': return order <= 0;
          case 'ge': return order >= 0;
        }
      };
    }
  }
}
