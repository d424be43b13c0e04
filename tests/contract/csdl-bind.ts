// '<navigation>@odata.bind' in a request body links the new entity to an existing one by its URL
// (OData JSON format 4.01, 8.5): the name before the annotation must be a navigation property of the body's
// type, single-valued ones take one URL and collections an array of them, and each URL must address an
// entity of the navigation property's type. Installing a Teams app is such a body:
// { "teamsApp@odata.bind": "https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/{id}" }.
import { isDerivedFrom, qualifyTypeName, typeChain } from './csdl';
import { loadCsdl } from './csdl-model';
import { resolveGraphPath } from './csdl-path';

const BIND = '@odata.bind';

/** every way the @odata.bind annotations of a request body of `typeName` break the metadata */
export function checkBinds(typeName: string, body: unknown): string[] {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return [];
  const model = loadCsdl();
  const type = qualifyTypeName(typeName);
  const out: string[] = [];
  for (const [key, value] of Object.entries(body)) {
    if (!key.endsWith(BIND) || key === BIND) continue;
    const name = key.slice(0, -BIND.length);
    const nav = typeChain(model, type)
      .map((t) => t.navigation.get(name))
      .find((n) => n !== undefined);
    if (!nav) {
      out.push(`${type}.${key}: ${name} is not a navigation property, so it cannot be bound`);
      continue;
    }
    const item = /^Collection\((.+)\)$/.exec(nav.type)?.[1];
    const links = item ? value : [value];
    if (!Array.isArray(links) || links.some((l) => typeof l !== 'string')) {
      out.push(`${type}.${key}: expected ${item ? 'an array of entity URLs' : 'one entity URL'}`);
      continue;
    }
    for (const link of links as string[]) {
      const addressed = addressedType(link);
      if (addressed instanceof Error) out.push(`${type}.${key}: ${link}: ${addressed.message}`);
      else if (!isDerivedFrom(model, addressed, item ?? nav.type))
        out.push(`${type}.${key}: ${link} addresses ${addressed}, not ${item ?? nav.type}`);
    }
  }
  return out;
}

/** the entity type a bind URL addresses (absolute on any Graph host, or relative), or why it addresses none */
function addressedType(link: string): string | Error {
  const path = link.replace(/^[a-z]+:\/\/[^/]+/i, '');
  if (!/^\/?(v1\.0\/)?[A-Za-z]/.test(path)) return new Error('not a Graph URL');
  try {
    const resolved = resolveGraphPath(path.startsWith('/') ? path : `/${path}`);
    if (resolved.operation) return new Error('addresses an operation, not an entity');
    if (resolved.type.startsWith('Collection(')) return new Error('addresses a collection, not one entity');
    return resolved.type;
  } catch (error) {
    return error as Error;
  }
}
