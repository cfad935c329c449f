import type { MultipartFile } from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  controlCharMessage,
  controlCharPosition,
  FIELD_LABELS,
  LONG_TEXT_MIN_LENGTH,
} from '../../../contracts/text';
import { AppError } from '../errors';

// The one place where control characters in request text become 400s (contracts/text.ts says
// which): every route's path parameters, query string and JSON body, before validation, whether
// or not the route has a schema; multipart readers call `assertCleanPart` on each part.

type Segment = string | number;
type ZodNode = z.core.$ZodType;
const defOf = (s: ZodNode) => s._zod.def as unknown as Record<string, unknown> & { type: string };

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'catch', 'readonly', 'nonoptional']);

/** The schema and the wrappers around it (optional, default, the input side of a pipe …), outermost first. */
const layersOf = (schema: ZodNode | undefined): ZodNode[] => {
  const layers: ZodNode[] = [];
  let s = schema;
  while (s && layers.length < 32) {
    layers.push(s);
    const def = defOf(s);
    if (WRAPPERS.has(def.type)) s = def.innerType as ZodNode;
    else if (def.type === 'pipe') s = def.in as ZodNode;
    else if (def.type === 'lazy') s = (def.getter as () => ZodNode)();
    else break;
  }
  return layers;
};

const childOf = (schema: ZodNode | undefined, key: Segment): ZodNode | undefined => {
  const layers = layersOf(schema);
  const base = layers[layers.length - 1];
  if (!base) return undefined;
  const def = defOf(base);
  switch (def.type) {
    case 'object':
      return (def.shape as Record<string, ZodNode>)[String(key)] ?? (def.catchall as ZodNode | undefined);
    case 'array':
      return def.element as ZodNode;
    case 'record':
      return def.valueType as ZodNode;
    case 'tuple':
      return (def.items as ZodNode[])[Number(key)] ?? (def.rest as ZodNode | undefined);
    case 'union':
      return (def.options as ZodNode[]).map((o) => childOf(o, key)).find(Boolean);
    case 'intersection':
      return childOf(def.left as ZodNode, key) ?? childOf(def.right as ZodNode, key);
    default:
      return undefined;
  }
};

/** What the schema says of the field at `path`: its Chinese title and whether it is long text. */
const fieldInfo = (schema: ZodNode | undefined, path: Segment[]) => {
  let s = schema;
  for (const key of path) s = childOf(s, key);
  const layers = layersOf(s);
  const leaves = layers.flatMap((l) =>
    defOf(l).type === 'union' ? (defOf(l).options as ZodNode[]).flatMap(layersOf) : [l],
  );
  const title = leaves.map((l) => z.globalRegistry.get(l)?.title).find((t) => typeof t === 'string');
  const longText = leaves.some(
    (l) =>
      defOf(l).type === 'string' && ((l as unknown as z.ZodString).maxLength ?? 0) >= LONG_TEXT_MIN_LENGTH,
  );
  return { title, longText };
};

const labelOf = (title: string | undefined, path: Segment[]): string => {
  if (title) return title;
  const last = [...path].reverse().find((p) => typeof p === 'string');
  return (last !== undefined && FIELD_LABELS[last]) || path.join('.') || '参数';
};

const refuse = (path: string, label: string, position: number): AppError => {
  const message = controlCharMessage(label, position);
  return new AppError(400, 'VALIDATION', message, [{ path, message }]);
};

// A value's place in the body as a linked list: a path is only spelled out when it is reported,
// so a deeply nested body costs linear time.
type Place = { key: Segment; parent: Place } | null;
const pathOf = (place: Place): Segment[] => {
  const path: Segment[] = [];
  for (let p = place; p; p = p.parent) path.push(p.key);
  return path.reverse();
};

/**
 * Walks one part of a request (query, params, body) without recursion (a deeply nested body
 * must not overflow the stack) and throws a 400 at the first string or key with a control
 * character that its field does not allow.
 */
const checkValue = (value: unknown, schema: ZodNode | undefined): void => {
  const stack: [unknown, Place][] = [[value, null]];
  while (stack.length) {
    const [v, place] = stack.pop()!;
    if (typeof v === 'string') {
      if (controlCharPosition(v, true) === null && controlCharPosition(v) === null) continue;
      const path = pathOf(place);
      const info = fieldInfo(schema, path);
      const position = controlCharPosition(v, info.longText);
      if (position !== null) throw refuse(path.join('.'), labelOf(info.title, path), position);
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], { key: i, parent: place }]);
    } else if (v !== null && typeof v === 'object') {
      for (const [key, item] of Object.entries(v)) {
        const position = controlCharPosition(key);
        if (position !== null) throw refuse(pathOf(place).join('.'), '参数名', position);
        stack.push([item, { key, parent: place }]);
      }
    }
  }
};

const schemaOf = (req: FastifyRequest, part: 'params' | 'querystring' | 'body'): ZodNode | undefined => {
  const schema = req.routeOptions.schema as Record<string, unknown> | undefined;
  const s = schema?.[part] ?? (part === 'querystring' ? schema?.query : undefined);
  return s instanceof z.core.$ZodType ? s : undefined;
};

/** Refuses control characters in any route's path parameters, query string and JSON body (400, field in Chinese). */
export const registerTextInputCheck = (app: FastifyInstance): void => {
  app.addHook('preValidation', async (req) => {
    checkValue(req.params, schemaOf(req, 'params'));
    checkValue(req.query, schemaOf(req, 'querystring'));
    checkValue(req.body, schemaOf(req, 'body'));
  });
};

/** A multipart part's field name, file name and the fields sent before it, as the hook checks JSON. */
export const assertCleanPart = (part: MultipartFile): void => {
  const check = (value: string, path: string, label: string) => {
    const position = controlCharPosition(value);
    if (position === null) return;
    part.file.resume();
    throw refuse(path, label, position);
  };
  check(part.fieldname, part.fieldname, '参数名');
  check(part.filename, part.fieldname, '文件名');
  for (const [name, field] of Object.entries(part.fields ?? {})) {
    for (const f of [field].flat()) {
      check(name, name, '参数名');
      if (f && f.type === 'field' && typeof f.value === 'string')
        check(f.value, name, FIELD_LABELS[name] ?? name);
    }
  }
};
