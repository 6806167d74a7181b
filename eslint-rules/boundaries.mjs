// @ts-check
/**
 * The project's own import boundaries, as a small local ESLint plugin (no new dependency):
 * - `core-imports`: src/core is pure, so its imports are an ALLOW-LIST — relative paths that stay
 *   inside src/core, plus the few packages named in the options. A deny-list let `zod/v4` through.
 * - `feature-index`: a feature is used from outside only through its index.ts, so its files can
 *   change without breaking other pages (issue 13).
 * Both resolve relative paths against the linted file, so `../foods/x` and
 * `../../features/foods/x` are judged alike whatever the depth.
 */
import path from 'node:path'

/** Every module specifier in a file: import/export … from, import(), import x = require(). */
function eachSource(check) {
  const literal = (node) =>
    node && node.type === 'Literal' && typeof node.value === 'string' ? node : null
  const visit = (node) => {
    const source = literal(node.source)
    if (source) check(source)
  }
  return {
    ImportDeclaration: visit,
    ExportNamedDeclaration: visit,
    ExportAllDeclaration: visit,
    ImportExpression: visit,
    TSExternalModuleReference(node) {
      const source = literal(node.expression)
      if (source) check(source)
    },
  }
}

/** The file a relative specifier points at (without a ?query), or null for a package name. */
function resolveRelative(context, specifier) {
  const bare = specifier.split('?')[0] ?? specifier
  if (!bare.startsWith('./') && !bare.startsWith('../') && bare !== '.' && bare !== '..')
    return null
  return path.resolve(path.dirname(context.filename), bare)
}

const inside = (dir, file) => {
  const rel = path.relative(dir, file)
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))
}

/** @type {import('eslint').Rule.RuleModule} */
const coreImports = {
  meta: {
    type: 'problem',
    docs: { description: 'src/core imports only from src/core and an allow-list of pure packages' },
    schema: [
      {
        type: 'object',
        properties: {
          root: { type: 'string' },
          allow: { type: 'array', items: { type: 'string' } },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      outside: "core is pure: '{{source}}' is outside src/core (see ARCHITECTURE.md).",
      notAllowed:
        "core is pure: '{{source}}' is not on core's allow-list ({{allowed}}); see eslint.config.mjs.",
    },
  },
  create(context) {
    const options = context.options[0] ?? {}
    const root = path.resolve(context.cwd, options.root ?? 'src/core')
    const allow = options.allow ?? []
    return eachSource((node) => {
      const source = String(node.value)
      const target = resolveRelative(context, source)
      if (target !== null) {
        if (!inside(root, target)) context.report({ node, messageId: 'outside', data: { source } })
      } else if (!allow.includes(source)) {
        context.report({
          node,
          messageId: 'notAllowed',
          data: { source, allowed: allow.join(', ') || 'none' },
        })
      }
    })
  },
}

const INDEX = /^index(\.tsx?)?$/

/** @type {import('eslint').Rule.RuleModule} */
const featureIndex = {
  meta: {
    type: 'problem',
    docs: { description: "other code reaches a feature only through the feature's index.ts" },
    schema: [
      { type: 'object', properties: { features: { type: 'string' } }, additionalProperties: false },
    ],
    messages: {
      internal:
        "'{{source}}' reaches inside the {{feature}} feature: import from its index.ts instead.",
    },
  },
  create(context) {
    const features = path.resolve(
      context.cwd,
      context.options[0]?.features ?? 'src/renderer/features',
    )
    const ownFeature = (file) =>
      inside(features, file) ? path.relative(features, file).split(path.sep)[0] : null
    const mine = ownFeature(context.filename)
    return eachSource((node) => {
      const source = String(node.value)
      const target = resolveRelative(context, source)
      if (target === null || !inside(features, target)) return
      const [feature, ...rest] = path.relative(features, target).split(path.sep)
      if (!feature || feature === mine) return
      if (rest.length === 0 || (rest.length === 1 && INDEX.test(rest[0] ?? ''))) return
      context.report({ node, messageId: 'internal', data: { source, feature } })
    })
  },
}

export const boundaries = {
  meta: { name: 'b12-boundaries' },
  rules: { 'core-imports': coreImports, 'feature-index': featureIndex },
}
