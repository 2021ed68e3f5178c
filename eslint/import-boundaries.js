import { dirname, relative, resolve, sep } from 'node:path';

/**
 * The layers, checked on the resolved path of every import: static, type-only,
 * re-exports (`export … from`), dynamic `import()` and `typeof import()`.
 * A pattern on the written specifier misses `../plans/x` from a feature's root
 * or a re-export; a resolved path cannot be written around.
 *
 * Shared code is ordered: domain → contract → lib → api → components. Each
 * imports only its own layer and those before it. A feature imports shared
 * code and itself, never another feature; app imports anything in src/.
 * Nothing in src/ imports the mock API (main.tsx starts it in development).
 */

const SHARED = ['domain', 'contract', 'lib', 'api', 'components'];

/** The layer of a path inside src/: "domain", "feature:plans", "app", "mocks", or null outside. */
export function layerOf(path, root) {
  const rel = relative(root, path).split(sep);
  if (rel[0] === 'mocks') return 'mocks';
  if (rel[0] !== 'src') return null;
  const [, top, name] = rel;
  if (top === 'features') return name && rel.length >= 3 ? `feature:${name}` : 'features';
  if (SHARED.includes(top) || top === 'app') return top;
  return 'src';
}

/** Why `from` may not import `to`, in Danish; null when it may. */
export function forbidden(from, to) {
  if (!from || !to || from === 'src') return null;
  if (to === 'mocks')
    return from === 'mocks' ? null : 'Appen må ikke importere mock-API’et; det startes kun fra main.tsx i udvikling.';
  if (SHARED.includes(from)) {
    const rank = SHARED.indexOf(from);
    if (SHARED.includes(to) && SHARED.indexOf(to) <= rank) return null;
    if (to === 'src' && from !== 'domain' && from !== 'contract') return null;
    return `«${from}» må kun importere ${SHARED.slice(0, rank + 1).join(', ')}; «${to.replace('feature:', 'features/')}» ligger over det.`;
  }
  if (from.startsWith('feature:')) {
    if (SHARED.includes(to) || to === from || to === 'src') return null;
    const name = from.slice('feature:'.length);
    return `Featuren «${name}» må ikke importere «${to.replace('feature:', 'features/')}»; flyt det delte ned i src/lib, src/api eller src/components.`;
  }
  return null;
}

function resolveSpecifier(spec, file, root) {
  if (spec.startsWith('@/')) return resolve(root, 'src', spec.slice(2));
  if (spec.startsWith('@mocks/')) return resolve(root, 'mocks', spec.slice('@mocks/'.length));
  if (spec === 'msw' || spec.startsWith('msw/')) return resolve(root, 'mocks', 'msw');
  if (spec.startsWith('.')) return resolve(dirname(file), spec);
  return null;
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports run one way between the layers, on resolved paths.' },
    schema: [
      {
        type: 'object',
        properties: { root: { type: 'string' }, allowMocks: { type: 'boolean' } },
        additionalProperties: false,
      },
    ],
  },
  create(context) {
    const root = context.options[0]?.root ?? context.cwd;
    const file = context.filename;
    const from = layerOf(file, root);
    const allowMocks = context.options[0]?.allowMocks ?? false;
    if (!from || from === 'mocks') return {};
    const check = (node, source) => {
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      const target = resolveSpecifier(source.value, file, root);
      if (!target) return;
      const to = layerOf(target, root);
      if (allowMocks && to === 'mocks') return;
      const message = forbidden(from, to);
      if (message) context.report({ node, message });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
      // `typeof import('…')` in a type; typescript-eslint has spelled its argument two ways.
      TSImportType: (node) => check(node, node.source ?? node.argument?.literal ?? node.parameter?.literal),
    };
  },
};

export default { rules: { 'import-boundaries': rule } };
