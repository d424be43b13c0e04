// Microsoft Graph v1.0 metadata (OData CSDL) read into lookup tables, once per file per process.
// The file is 3.5 MB; every contract check in a test run shares the one parsed model.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';

const projectRoot = path.resolve(import.meta.dirname, '..', '..');

/** where the CSDL lives: beside the project in the shared workspace, not inside the repository */
export const CSDL_PATH = path.resolve(projectRoot, '../shared/schemas/graph-v1.0-csdl.xml');

export interface CsdlProperty {
  name: string;
  /** qualified, aliases resolved: 'Edm.String', 'microsoft.graph.user', 'Collection(microsoft.graph.attendee)' */
  type: string;
  nullable: boolean;
}

export interface CsdlStructuredType {
  kind: 'entity' | 'complex';
  name: string;
  baseType: string | null;
  abstract: boolean;
  open: boolean;
  properties: Map<string, CsdlProperty>;
  navigation: Map<string, CsdlProperty>;
}

export interface CsdlEnumType {
  kind: 'enum';
  name: string;
  members: Set<string>;
  isFlags: boolean;
}

export interface CsdlTypeDefinition {
  kind: 'typedef';
  name: string;
  underlying: string;
}

export type CsdlType = CsdlStructuredType | CsdlEnumType | CsdlTypeDefinition;

export interface CsdlOperation {
  kind: 'action' | 'function';
  name: string;
  /** the bound type ('Collection(...)' when bound to a collection), null when unbound */
  bindingType: string | null;
  /** parameters after the binding parameter */
  parameters: CsdlProperty[];
  returnType: string | null;
}

export interface CsdlModel {
  file: string;
  types: Map<string, CsdlType>;
  /** by short name, e.g. 'getSchedule'; several overloads bind to different types */
  operations: Map<string, CsdlOperation[]>;
  /** entity sets: name -> entity type */
  entitySets: Map<string, string>;
  /** singletons: name -> entity type */
  singletons: Map<string, string>;
}

// fast-xml-parser output: every element is an array (isArray below), attributes are plain strings.
type XmlNode = { [key: string]: XmlNode[] | string | undefined };

const cache = new Map<string, CsdlModel>();

/** The parsed model of the CSDL at `file` (default CSDL_PATH); throws a loud error naming the file when absent. */
export function loadCsdl(file: string = CSDL_PATH): CsdlModel {
  const cached = cache.get(file);
  if (cached) return cached;
  if (!existsSync(file)) {
    throw new Error(
      `Graph metadata not found at ${file}. The contract tests need Microsoft's Graph v1.0 CSDL there: ` +
        'get it from github.com/microsoftgraph/msgraph-metadata, file clean_v10_metadata/cleanMetadata.xml ' +
        '(see ../shared/schemas/README.md).',
    );
  }
  const model = parseCsdl(readFileSync(file, 'utf8'), file);
  cache.set(file, model);
  return model;
}

function parseCsdl(xml: string, file: string): CsdlModel {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    removeNSPrefix: true,
    isArray: (_name, _jpath, _leaf, isAttribute) => !isAttribute,
  });
  const doc = parser.parse(xml.replace(/^\uFEFF/, '')) as XmlNode;
  const schemas = children(children(children(doc, 'Edmx')[0], 'DataServices')[0], 'Schema');
  if (schemas.length === 0) throw new Error(`${file} has no <Schema>: not an OData CSDL document`);

  // Aliases are document-wide: 'graph.user' in one schema names 'microsoft.graph.user'.
  const aliases = new Map<string, string>();
  for (const s of schemas) if (typeof s.Alias === 'string') aliases.set(s.Alias, attr(s, 'Namespace'));
  const qualify = (ref: string): string => {
    const inner = /^Collection\((.+)\)$/.exec(ref);
    if (inner?.[1]) return `Collection(${qualify(inner[1])})`;
    const dot = ref.lastIndexOf('.');
    const ns = ref.slice(0, dot);
    return `${aliases.get(ns) ?? ns}${ref.slice(dot)}`;
  };
  const prop = (p: XmlNode): CsdlProperty => ({
    name: attr(p, 'Name'),
    type: qualify(attr(p, 'Type')),
    nullable: p.Nullable !== 'false',
  });

  const model: CsdlModel = {
    file,
    types: new Map(),
    operations: new Map(),
    entitySets: new Map(),
    singletons: new Map(),
  };
  for (const s of schemas) {
    const ns = attr(s, 'Namespace');
    for (const [tag, kind] of [
      ['EntityType', 'entity'],
      ['ComplexType', 'complex'],
    ] as const) {
      for (const t of children(s, tag)) {
        const name = `${ns}.${attr(t, 'Name')}`;
        model.types.set(name, {
          kind,
          name,
          baseType: typeof t.BaseType === 'string' ? qualify(t.BaseType) : null,
          abstract: t.Abstract === 'true',
          open: t.OpenType === 'true',
          properties: new Map(children(t, 'Property').map((p) => [attr(p, 'Name'), prop(p)])),
          navigation: new Map(children(t, 'NavigationProperty').map((p) => [attr(p, 'Name'), prop(p)])),
        });
      }
    }
    for (const e of children(s, 'EnumType')) {
      const name = `${ns}.${attr(e, 'Name')}`;
      const members = new Set(children(e, 'Member').map((m) => attr(m, 'Name')));
      model.types.set(name, { kind: 'enum', name, members, isFlags: e.IsFlags === 'true' });
    }
    for (const d of children(s, 'TypeDefinition')) {
      const name = `${ns}.${attr(d, 'Name')}`;
      model.types.set(name, { kind: 'typedef', name, underlying: attr(d, 'UnderlyingType') });
    }
    for (const [tag, kind] of [
      ['Action', 'action'],
      ['Function', 'function'],
    ] as const) {
      for (const o of children(s, tag)) {
        const params = children(o, 'Parameter').map(prop);
        const bound = o.IsBound === 'true';
        const ret = children(o, 'ReturnType')[0];
        const op: CsdlOperation = {
          kind,
          name: attr(o, 'Name'),
          bindingType: bound ? (params[0]?.type ?? null) : null,
          parameters: bound ? params.slice(1) : params,
          returnType: ret ? qualify(attr(ret, 'Type')) : null,
        };
        model.operations.set(op.name, [...(model.operations.get(op.name) ?? []), op]);
      }
    }
    for (const c of children(s, 'EntityContainer')) {
      for (const e of children(c, 'EntitySet'))
        model.entitySets.set(attr(e, 'Name'), qualify(attr(e, 'EntityType')));
      for (const e of children(c, 'Singleton'))
        model.singletons.set(attr(e, 'Name'), qualify(attr(e, 'Type')));
    }
  }
  return model;
}

function children(node: XmlNode | undefined, tag: string): XmlNode[] {
  const value = node?.[tag];
  return Array.isArray(value) ? value : [];
}

function attr(node: XmlNode, name: string): string {
  const value = node[name];
  if (typeof value !== 'string')
    throw new Error(`CSDL element without ${name}: ${JSON.stringify(node).slice(0, 120)}`);
  return value;
}
