// Checks JSON bodies against Microsoft Graph's own metadata, so the emulator and the adapters cannot
// drift from the real contract: every property must exist on the type (or a base type) and carry its type.
import { CSDL_PATH, loadCsdl } from './csdl-model';
import type { CsdlModel, CsdlOperation, CsdlProperty, CsdlStructuredType } from './csdl-model';

export { CSDL_PATH, loadCsdl };

export interface ValidateOptions {
  /** the value is a JSON array of the type */
  collection?: boolean;
  /** another CSDL file (tests of the loader); default CSDL_PATH */
  file?: string;
}

/** 'user', 'graph.user' or 'microsoft.graph.user' -> 'microsoft.graph.user' (Collection(...) kept) */
export function qualifyTypeName(name: string): string {
  const inner = /^Collection\((.+)\)$/.exec(name);
  if (inner?.[1]) return `Collection(${qualifyTypeName(inner[1])})`;
  const bare = name.replace(/^#/, '');
  if (bare.startsWith('Edm.') || bare.startsWith('microsoft.graph.')) return bare;
  return `microsoft.graph.${bare.replace(/^graph\./, '')}`;
}

/** The structured type with its base types, nearest first: user, directoryObject, entity. */
export function typeChain(model: CsdlModel, name: string): CsdlStructuredType[] {
  const chain: CsdlStructuredType[] = [];
  let next: string | null = qualifyTypeName(name);
  while (next) {
    const t = model.types.get(next);
    if (!t || t.kind === 'enum' || t.kind === 'typedef') break;
    chain.push(t);
    next = t.baseType;
  }
  return chain;
}

/** true when `derived` is `base` or inherits from it */
export function isDerivedFrom(model: CsdlModel, derived: string, base: string): boolean {
  const target = qualifyTypeName(base);
  return typeChain(model, derived).some((t) => t.name === target);
}

/** the property or navigation property `name` on the type or a base type */
export function findMember(model: CsdlModel, typeName: string, name: string): CsdlProperty | undefined {
  for (const t of typeChain(model, typeName)) {
    const found = t.properties.get(name) ?? t.navigation.get(name);
    if (found) return found;
  }
  return undefined;
}

/**
 * Every way `value` breaks the Graph type `typeName`, as readable lines
 * ('microsoft.graph.user.fooBar: no such property (on user or its base types directoryObject, entity)').
 * An empty list means valid.
 */
export function validateAgainstCsdl(
  typeName: string,
  value: unknown,
  options: ValidateOptions = {},
): string[] {
  const model = loadCsdl(options.file);
  const qualified = qualifyTypeName(typeName);
  const out: string[] = [];
  const type = options.collection ? `Collection(${qualified})` : qualified;
  if (!model.types.has(qualified) && !qualified.startsWith('Edm.')) {
    return [`${qualified}: no such type in ${model.file}`];
  }
  checkValue(model, type, true, value, qualified, out);
  return out;
}

/** The action or function `name` bound to `bindingType` (or one of its base types); throws naming both when absent. */
export function assertOperationExists(name: string, bindingType: string, file?: string): CsdlOperation {
  const op = findOperation(loadCsdl(file), name, bindingType);
  if (!op)
    throw new Error(`Graph has no action or function '${name}' bound to ${qualifyTypeName(bindingType)}`);
  return op;
}

export function findOperation(
  model: CsdlModel,
  name: string,
  bindingType: string,
): CsdlOperation | undefined {
  const bound = qualifyTypeName(bindingType);
  const collection = /^Collection\((.+)\)$/.exec(bound)?.[1];
  const candidates = model.operations.get(name.replace(/\(.*\)$/, '')) ?? [];
  for (const t of typeChain(model, collection ?? bound)) {
    const want = collection ? `Collection(${t.name})` : t.name;
    const op = candidates.find((o) => o.bindingType === want);
    if (op) return op;
  }
  return undefined;
}

/**
 * Every way a request body breaks the parameters of an action. Graph matches parameter names without
 * regard to case: getSchedule declares 'Schedules' and 'StartTime', the documented body sends
 * 'schedules' and 'startTime'.
 */
export function validateOperationBody(op: CsdlOperation, body: unknown): string[] {
  const model = loadCsdl();
  const where = `${op.name}(${op.bindingType ?? 'unbound'})`;
  if (!isPlainObject(body)) return [`${where}: expected a JSON object of parameters, got ${show(body)}`];
  const out: string[] = [];
  for (const [key, v] of Object.entries(body)) {
    const param = op.parameters.find((p) => p.name.toLowerCase() === key.toLowerCase());
    if (!param)
      out.push(`${where}.${key}: no such parameter (has ${op.parameters.map((p) => p.name).join(', ')})`);
    else checkValue(model, param.type, param.nullable, v, `${where}.${key}`, out);
  }
  return out;
}

function checkValue(
  model: CsdlModel,
  type: string,
  nullable: boolean,
  v: unknown,
  at: string,
  out: string[],
): void {
  if (v === null) {
    if (!nullable) out.push(`${at}: expected ${type}, got null (not nullable)`);
    return;
  }
  const item = /^Collection\((.+)\)$/.exec(type)?.[1];
  if (item) {
    if (!Array.isArray(v)) out.push(`${at}: expected ${type} (an array), got ${show(v)}`);
    else v.forEach((x, i) => checkValue(model, item, nullable, x, `${at}[${i}]`, out));
    return;
  }
  if (type.startsWith('Edm.')) {
    if (!primitiveOk(type, v)) out.push(`${at}: expected ${type}, got ${show(v)}`);
    return;
  }
  const t = model.types.get(type);
  if (!t) out.push(`${at}: type ${type} is not in the metadata`);
  else if (t.kind === 'typedef') checkValue(model, t.underlying, nullable, v, at, out);
  else if (t.kind === 'enum') {
    const names = typeof v === 'string' ? (t.isFlags ? v.split(',') : [v]) : [];
    if (names.length === 0 || names.some((n) => !t.members.has(n.trim()))) {
      out.push(`${at}: expected ${type} (one of ${[...t.members].join(', ')}), got ${show(v)}`);
    }
  } else checkStructured(model, t, v, at, out);
}

// Graph marks directoryObject and user OpenType only for directory extension attributes
// (extension_{appId}_{name}); any other unknown name is a typo, so that is all we let through.
const DIRECTORY_EXTENSION = /^extension_[0-9a-f]{32}_\w+$/;
// fieldValueSet declares no properties at all: its members are the list's columns, named by whoever set up
// the list (SamtaleConversationId ...). Any name is valid there; the emulator checks it against its columns.
const OPEN_BY_DESIGN = new Set(['microsoft.graph.fieldValueSet']);

function checkStructured(
  model: CsdlModel,
  declared: CsdlStructuredType,
  v: unknown,
  at: string,
  out: string[],
) {
  if (!isPlainObject(v)) {
    out.push(`${at}: expected ${declared.name} (an object), got ${show(v)}`);
    return;
  }
  let actual = declared;
  const cast = v['@odata.type'];
  if (typeof cast === 'string') {
    const named = model.types.get(qualifyTypeName(cast));
    if (
      !named ||
      named.kind === 'enum' ||
      named.kind === 'typedef' ||
      !isDerivedFrom(model, named.name, declared.name)
    ) {
      out.push(`${at}.@odata.type: ${cast} is not ${declared.name} or a type derived from it`);
      return;
    }
    actual = named;
  }
  for (const [key, value] of Object.entries(v)) {
    if (key.startsWith('@')) continue; // instance annotations: @odata.context, @odata.nextLink ...
    const annotated = key.indexOf('@');
    const name = annotated > 0 ? key.slice(0, annotated) : key;
    const member = findMember(model, actual.name, name);
    if (!member) {
      if (actual.open && (DIRECTORY_EXTENSION.test(name) || OPEN_BY_DESIGN.has(actual.name))) continue;
      const bases = typeChain(model, actual.name)
        .slice(1)
        .map((t) => short(t.name));
      const on =
        bases.length > 0 ? `${short(actual.name)} or its base types ${bases.join(', ')}` : short(actual.name);
      out.push(`${at}.${key}: no such property (on ${on})`);
    } else if (annotated < 0) checkValue(model, member.type, member.nullable, value, `${at}.${key}`, out);
  }
}

const DATE = '\\d{4}-\\d{2}-\\d{2}';
const TIME = '\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?';
const PRIMITIVE: Record<string, (v: unknown) => boolean> = {
  'Edm.String': (v) => typeof v === 'string',
  'Edm.Boolean': (v) => typeof v === 'boolean',
  'Edm.Byte': (v) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 255,
  'Edm.Int16': (v) => Number.isInteger(v) && Math.abs(v as number) <= 32_768,
  'Edm.Int32': (v) => Number.isInteger(v) && Math.abs(v as number) <= 2_147_483_648,
  'Edm.Int64': (v) => Number.isInteger(v) || (typeof v === 'string' && /^-?\d+$/.test(v)),
  'Edm.Double': isFloat,
  'Edm.Single': isFloat,
  'Edm.Decimal': (v) => typeof v === 'number' || (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v)),
  'Edm.DateTimeOffset': (v) => matches(v, `^${DATE}T${TIME}(Z|[+-]\\d{2}:\\d{2})$`),
  'Edm.Date': (v) => matches(v, `^${DATE}$`),
  'Edm.TimeOfDay': (v) => matches(v, `^${TIME}$`),
  'Edm.Duration': (v) => matches(v, '^-?P(\\d+D)?(T(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$'),
  'Edm.Guid': (v) => matches(v, '^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$'),
  'Edm.Binary': (v) => matches(v, '^[A-Za-z0-9+/_-]*={0,2}$'),
  'Edm.Stream': (v) => typeof v === 'string',
  'Edm.Untyped': () => true,
};

function primitiveOk(type: string, v: unknown): boolean {
  const check = PRIMITIVE[type];
  return check ? check(v) : false;
}

function isFloat(v: unknown): boolean {
  return typeof v === 'number' || v === 'NaN' || v === 'INF' || v === '-INF';
}

function matches(v: unknown, pattern: string): boolean {
  return typeof v === 'string' && new RegExp(pattern).test(v);
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function short(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1);
}

function show(v: unknown): string {
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
