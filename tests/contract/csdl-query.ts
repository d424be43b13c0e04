// Holds a request's OData query options to the metadata of the type its path addresses: every $select name
// is a member of that type, every $expand a navigation property of it (its nested options checked on the
// expanded type), and every property path in $filter and $orderby walks through real members, lambda
// variables (any/all) included. A typo such as '$filter=teamsApp/externalID eq ...' is then a violation,
// not a filter the emulator happens to ignore.
import { findMember, isDerivedFrom, qualifyTypeName } from './csdl';
import { loadCsdl } from './csdl-model';

const KEYWORDS = new Set(
  'eq ne gt ge lt le and or not has in add sub mul div mod null true false asc desc'.split(' '),
);

/** every way the query options of `url` break the type `pathType` (an entity or Collection(entity)) */
export function checkQueryOptions(url: string, pathType: string): string[] {
  const query = url.includes('?') ? url.slice(url.indexOf('?') + 1) : '';
  if (query === '') return [];
  const options = new Map<string, string>();
  for (const pair of query.split('&')) {
    const at = pair.indexOf('=');
    const name = decodeURIComponent(at < 0 ? pair : pair.slice(0, at));
    options.set(name, decodeURIComponent((at < 0 ? '' : pair.slice(at + 1)).replace(/\+/g, ' ')));
  }
  return checkOptions(options, itemOf(pathType), '');
}

function checkOptions(options: Map<string, string>, type: string, at: string): string[] {
  const out: string[] = [];
  const where = (option: string) => `${at}${option}`;
  const select = options.get('$select');
  if (select !== undefined) {
    for (const name of splitTop(select, ',')) {
      if (!resolvePath(type, name, new Map()) && !onDerivedType(type, name))
        out.push(`${where('$select')}: ${short(type)} has no '${name}'`);
    }
  }
  const expand = options.get('$expand');
  if (expand !== undefined) {
    for (const item of splitTop(expand, ',')) {
      const match = /^([\w.]+)(?:\((.*)\))?$/s.exec(item);
      const name = match?.[1] ?? item;
      const nav = findNavigation(type, name);
      if (!nav) {
        out.push(`${where('$expand')}: ${short(type)} has no navigation property '${name}'`);
        continue;
      }
      if (match?.[2]) {
        const nested = new Map<string, string>();
        for (const part of splitTop(match[2], ';')) {
          const eq = part.indexOf('=');
          nested.set(part.slice(0, eq).trim(), part.slice(eq + 1));
        }
        out.push(...checkOptions(nested, itemOf(nav), `${where('$expand')}(${name}) `));
      }
    }
  }
  for (const option of ['$filter', '$orderby']) {
    const expression = options.get(option);
    if (expression === undefined) continue;
    for (const problem of checkExpression(expression, type)) out.push(`${where(option)}: ${problem}`);
  }
  return out;
}

/** the property paths of a $filter or $orderby expression that do not exist on `type` */
function checkExpression(expression: string, type: string): string[] {
  const text = expression.replace(/'(?:[^']|'')*'/g, "''"); // string literals hold no paths
  const variables = new Map<string, string>();
  const out: string[] = [];
  // lambda headers first: 'singleValueExtendedProperties/any(ep:' binds ep to the collection's item type
  const lambda = /([\w./]+)\/(any|all)\(\s*(\w+)\s*:/gi;
  for (const m of text.matchAll(lambda)) {
    const collection = resolvePath(type, m[1]!, variables);
    if (!collection) out.push(`${short(type)} has no '${m[1]}'`);
    else variables.set(m[3]!, itemOf(collection));
  }
  const rest = text.replace(lambda, ' (');
  for (const m of rest.matchAll(
    /(?<![\w.'])([A-Za-z_][\w]*(?:\.[A-Za-z_]\w*)*(?:\/[A-Za-z_][\w.]*)*)(\s*\()?/g,
  )) {
    const path = m[1]!;
    if (m[2] || KEYWORDS.has(path.toLowerCase()) || /^\d/.test(path)) continue; // a function, keyword or number
    if (!resolvePath(type, path, variables)) out.push(`${short(type)} has no '${path}'`);
  }
  return out;
}

/** walks 'teamsApp/externalId' (or 'ep/id' from a lambda variable) from `type`; null where a segment is missing */
function resolvePath(type: string, path: string, variables: Map<string, string>): string | null {
  const model = loadCsdl();
  const [first, ...rest] = path.split('/');
  let current = first !== undefined && variables.has(first) ? variables.get(first)! : null;
  const segments = current ? rest : [first!, ...rest];
  current ??= type;
  for (const segment of segments) {
    const item = itemOf(current);
    if (segment.includes('.') && isDerivedFrom(model, segment, item)) {
      current = qualifyTypeName(segment); // a type cast
      continue;
    }
    const member = findMember(model, item, segment);
    if (!member) return null;
    current = member.type;
  }
  return current;
}

// Graph resolves $select on a base type against the types derived from it, as its own examples do:
// GET /me/manager?$select=displayName (manager is a directoryObject, displayName a user's).
const derivedMembers = new Map<string, boolean>();
function onDerivedType(type: string, name: string): boolean {
  const key = `${itemOf(type)} ${name}`;
  const known = derivedMembers.get(key);
  if (known !== undefined) return known;
  const model = loadCsdl();
  const base = qualifyTypeName(itemOf(type));
  const found = [...model.types.values()].some(
    (t) =>
      t.kind === 'entity' &&
      t.name !== base &&
      isDerivedFrom(model, t.name, base) &&
      findMember(model, t.name, name) !== undefined,
  );
  derivedMembers.set(key, found);
  return found;
}

function findNavigation(type: string, name: string): string | null {
  const model = loadCsdl();
  let next: string | null = qualifyTypeName(type);
  while (next) {
    const t = model.types.get(next);
    if (!t || t.kind === 'enum' || t.kind === 'typedef') return null;
    const nav = t.navigation.get(name);
    if (nav) return nav.type;
    next = t.baseType;
  }
  return null;
}

/** splits on `separator` outside parentheses and string literals */
function splitTop(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "'") quoted = !quoted;
    else if (!quoted && ch === '(') depth++;
    else if (!quoted && ch === ')') depth--;
    else if (!quoted && depth === 0 && ch === separator) {
      parts.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(text.slice(start).trim());
  return parts.filter((p) => p !== '');
}

function itemOf(type: string): string {
  return /^Collection\((.+)\)$/.exec(type)?.[1] ?? type;
}

function short(type: string): string {
  const name = itemOf(type);
  return name.slice(name.lastIndexOf('.') + 1);
}
