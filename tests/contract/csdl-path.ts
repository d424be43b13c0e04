// Walks a Graph URL path through the metadata's entity container, so a route the emulator answers is one
// Graph has: '/v1.0/users/{id}/manager' is users -> key -> the navigation property manager of user.
import { loadCsdl } from './csdl-model';
import type { CsdlOperation } from './csdl-model';
import { findMember, findOperation, isDerivedFrom, qualifyTypeName } from './csdl';

export interface ResolvedPath {
  /** the type the path addresses, e.g. 'Collection(microsoft.graph.directoryObject)' */
  type: string;
  /** set when the last segment is a bound action or function */
  operation: CsdlOperation | null;
}

/** Resolve a path (template or real URL path, with or without '/v1.0'); throws naming the first segment Graph lacks. */
export function resolveGraphPath(urlPath: string, file?: string): ResolvedPath {
  const model = loadCsdl(file);
  const segments = urlPath
    .split('?')[0]!
    .split('/')
    .filter((s) => s !== '' && s !== 'v1.0');
  const [first, ...rest] = segments;
  const root = first ? (model.entitySets.get(first) ?? model.singletons.get(first)) : undefined;
  if (!first || !root)
    throw new Error(`${urlPath}: '${first ?? ''}' is not an entity set or singleton of Graph v1.0`);
  let type = model.entitySets.has(first) ? `Collection(${root})` : root;
  for (const [i, raw] of rest.entries()) {
    const segment = decodeURIComponent(raw);
    const item = /^Collection\((.+)\)$/.exec(type)?.[1];
    const operation = findOperation(model, segment, type);
    if (operation) {
      if (i !== rest.length - 1) throw new Error(`${urlPath}: nothing may follow the operation '${segment}'`);
      return { type: operation.returnType ?? 'none', operation };
    }
    if (segment === '$count') return { type: 'Edm.Int32', operation: null };
    if (segment.startsWith('microsoft.graph.') && isDerivedFrom(model, segment, item ?? type)) {
      type = item ? `Collection(${segment})` : segment; // a type cast
      continue;
    }
    if (item) {
      type = item; // a key: '{id}', an object id or a userPrincipalName
      continue;
    }
    const member = findMember(model, type, segment);
    if (!member)
      throw new Error(`${urlPath}: ${type} has no navigation property, property or operation '${segment}'`);
    type = member.type;
  }
  return { type, operation: null };
}

/** true when a body of `actual` may stand where the path promises `declared` (same or derived; same collection-ness) */
export function typeFits(actual: string, declared: string, file?: string): boolean {
  const model = loadCsdl(file);
  const a = qualifyTypeName(actual);
  const d = qualifyTypeName(declared);
  const ai = /^Collection\((.+)\)$/.exec(a)?.[1];
  const di = /^Collection\((.+)\)$/.exec(d)?.[1];
  if (Boolean(ai) !== Boolean(di)) return false;
  return isDerivedFrom(model, ai ?? a, di ?? d);
}
