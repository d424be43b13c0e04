// The dependency rule of DESIGN.md §3, checked on every import:
// core imports nothing of ours and only pure packages; app imports core and ports;
// ports import core; adapters implement ports. server, tab, outlook and demo compose.
import path from 'node:path';

const SRC = path.resolve(import.meta.dirname, '..', 'src');

// Packages the pure core may use: validation, holidays and time-zone maths. No I/O, no SDKs.
const CORE_PACKAGES = new Set(['zod', 'date-holidays', 'luxon']);

const ALLOWED_LAYERS = {
  core: ['core'],
  ports: ['core', 'ports'],
  app: ['core', 'ports', 'app'],
  adapters: ['core', 'ports', 'adapters'],
};

function layerOf(file) {
  const rel = path.relative(SRC, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return null;
  return rel.split(path.sep)[0];
}

function packageName(spec) {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

const dependencyRule = {
  meta: {
    type: 'problem',
    docs: { description: 'enforce the layer dependency rule of DESIGN.md §3' },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const layer = layerOf(file);
    if (!layer || !(layer in ALLOWED_LAYERS)) return {};
    function check(node, spec) {
      if (typeof spec !== 'string') return;
      if (spec.startsWith('.')) {
        const target = layerOf(path.resolve(path.dirname(file), spec));
        if (!ALLOWED_LAYERS[layer].includes(target)) {
          context.report({
            node,
            message: `src/${layer} may not import from src/${target ?? '(outside src)'} (DESIGN.md §3).`,
          });
        }
        return;
      }
      if (layer === 'core' && !CORE_PACKAGES.has(packageName(spec))) {
        context.report({
          node,
          message: `src/core is pure: '${spec}' is not one of ${[...CORE_PACKAGES].join(', ')} (DESIGN.md §3).`,
        });
      }
    }
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => check(node, node.source.value),
    };
  },
};

export default { rules: { 'dependency-rule': dependencyRule } };
