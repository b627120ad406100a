/**
 * fast-check arbitraries that damage a JSON document the way people and programs do: a value set
 * to something of another type or out of range, a key removed, a key renamed (a period `2025-13`),
 * an array element duplicated (repeated ids). Used to fuzz the importers and the API bodies.
 */
import fc from 'fast-check';

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
export type Path = (string | number)[];

/** Every path of a JSON value (objects and arrays and their leaves), the root excluded. */
export function allPaths(v: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  if (Array.isArray(v)) v.forEach((x, i) => (out.push([...prefix, i]), allPaths(x, [...prefix, i], out)));
  else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) (out.push([...prefix, k]), allPaths(x, [...prefix, k], out));
  return out;
}

/** Values that break parsers: wrong types, extremes, bad periods, huge and odd strings. */
export const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(null, '', ' ', 0, -1, 1e308, -1e308, 2 ** 53, 0.1, '2025-13', '2025-Q5', '13', 'NaN', '-', '71,51', {}, [], true, 'x'.repeat(5000), '\u0000', "'; drop table plan; --"),
  fc.double(),
  fc.integer(),
  fc.string({ maxLength: 30 }),
  fc.jsonValue({ maxDepth: 2 }),
);

export type Mutation =
  | { op: 'set'; at: number; value: unknown }
  | { op: 'delete'; at: number }
  | { op: 'rename'; at: number; key: string }
  | { op: 'duplicate'; at: number };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant('set' as const), at: fc.nat(), value: nastyValue }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('delete' as const), at: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('rename' as const), at: fc.nat(), key: fc.oneof(fc.constantFrom('2025-13', '2025-Q0', '2025-S3', '99999', 'id', 'parent', '__proto__'), fc.string({ maxLength: 8 })) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('duplicate' as const), at: fc.nat() }) },
);

type Container = Record<string, unknown> | unknown[];

function parentOf(root: unknown, path: Path): Container | undefined {
  let cur: unknown = root;
  for (const k of path.slice(0, -1)) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[k];
  }
  return cur !== null && typeof cur === 'object' ? (cur as Container) : undefined;
}

/** Applies mutations to a deep copy of `doc`; each picks its path among the copy's current paths. */
export function applyMutations<T>(doc: T, mutations: readonly Mutation[]): T {
  const copy = structuredClone(doc);
  for (const m of mutations) {
    const paths = allPaths(copy);
    const path = paths[m.at % Math.max(paths.length, 1)];
    if (!path) continue;
    const parent = parentOf(copy, path);
    const key = path[path.length - 1];
    if (!parent || key === undefined) continue;
    if (Array.isArray(parent) && typeof key === 'number') {
      if (m.op === 'set') parent[key] = m.value;
      else if (m.op === 'delete') parent.splice(key, 1);
      else if (m.op === 'duplicate') parent.splice(key, 0, structuredClone(parent[key]));
      else parent[key] = { [m.key]: parent[key] };
    } else if (!Array.isArray(parent) && typeof key === 'string') {
      if (m.op === 'set') parent[key] = m.value;
      else if (m.op === 'delete') delete parent[key];
      else if (m.op === 'duplicate') parent[`${key}_2`] = structuredClone(parent[key]);
      else {
        const v = parent[key];
        delete parent[key];
        Object.defineProperty(parent, m.key, { value: v, enumerable: true, writable: true, configurable: true });
      }
    }
  }
  return copy;
}
