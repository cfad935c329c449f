// Turns an OpenAPI document into requests that aim at the other side: every path parameter,
// region-code field and id field gets values from outside the caller's scope, every enum field
// is tried with each of its values, and search terms are the other side's names.

export type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  items?: JsonSchema;
  default?: unknown;
};

interface OpenApiParameter {
  in: 'path' | 'query' | 'header' | 'cookie';
  name: string;
  required?: boolean;
  schema?: JsonSchema;
}
interface OpenApiOperation {
  summary?: string;
  parameters?: OpenApiParameter[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
}
export interface OpenApiDoc {
  paths: Record<string, Record<string, OpenApiOperation>>;
}

export interface ForeignValues {
  /** Values per path-parameter name, from the modules' scope probes. */
  byParam: Record<string, string[]>;
  /** Region codes of the other side, in full and short forms (451027, 451027000000, …). */
  regionCodes: string[];
  /** Names of the other side's records, used as search terms. */
  names: string[];
}

export interface ProbeRequest {
  method: string;
  url: string;
  payload?: unknown;
  route: string;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

export const resolveSchema = (schema: JsonSchema | undefined): JsonSchema => {
  if (!schema) return {};
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches) return resolveSchema(branches.find((b) => b.type !== 'null') ?? branches[0]);
  return schema;
};

export const typeOf = (s: JsonSchema): string | undefined =>
  Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;

const fits = (s: JsonSchema, value: string): boolean =>
  (s.minLength === undefined || value.length >= s.minLength) &&
  (s.maxLength === undefined || value.length <= s.maxLength) &&
  (s.pattern === undefined || new RegExp(s.pattern, 'u').test(value)) &&
  (s.format !== 'uuid' || /^[0-9a-f-]{36}$/i.test(value)) &&
  (s.format !== 'date' || /^\d{4}-\d{2}-\d{2}$/.test(value));

const isRegionField = (name: string, s: JsonSchema) =>
  /(^code$|Code$)/.test(name) || (s.pattern !== undefined && fits(s, '451022100001'));
const isIdField = (name: string, s: JsonSchema) => /Id$/.test(name) || s.format === 'uuid';

let counter = 0;

export const sampleString = (name: string, s: JsonSchema): string => {
  counter++;
  // A wrong password: the probe must never manage to change its own password.
  if (/password/i.test(name)) return 'Wrong-pass-0000x';
  const candidates = [`probe${counter}x`, '13800138000', '测试探针', '2026-01-01', 'phone'];
  return candidates.find((c) => fits(s, c)) ?? 'x'.repeat(Math.max(1, s.minLength ?? 1));
};

/** Alternatives for one field: foreign values for region and id fields, every value of an enum. */
const alternatives = (name: string, raw: JsonSchema, foreign: ForeignValues): unknown[] => {
  const s = resolveSchema(raw);
  if (s.enum) return s.enum;
  if (s.const !== undefined) return [s.const];
  const type = typeOf(s);
  if (type === 'boolean') return [false, true];
  if (type === 'integer' || type === 'number') return [s.minimum ?? 1];
  if (type === 'array') return [[]];
  if (type === 'object') return [sampleObject(s, foreign)];
  if (isRegionField(name, s)) {
    const codes = foreign.regionCodes.filter((c) => fits(s, c));
    if (codes.length) return codes;
  }
  if (isIdField(name, s)) {
    const ids = (foreign.byParam[name] ?? foreignIdsFor(name, foreign)).filter((v) => fits(s, v));
    if (ids.length) return ids;
  }
  if (name === 'q') return foreign.names.slice(0, 4);
  return [sampleString(name, s)];
};

/**
 * Foreign ids for a body or query field that is not itself a path parameter: those of the parameter
 * its name ends with (`leaderPersonId` → `personId`), else one of every kind. Every id of every kind
 * made some routes a thousand requests each without reaching anything a single id of the kind does not.
 */
const foreignIdsFor = (name: string, foreign: ForeignValues): string[] => {
  const words = name.replace(/Ids?$/, '').split(/(?=[A-Z])/);
  for (let i = 0; i < words.length; i++) {
    const tail = words.slice(i).join('');
    const param = `${tail.charAt(0).toLowerCase()}${tail.slice(1)}Id`;
    if (foreign.byParam[param]?.length) return foreign.byParam[param];
  }
  return Object.values(foreign.byParam).flatMap((values) => values.slice(0, 1));
};

const sampleObject = (s: JsonSchema, foreign: ForeignValues): Record<string, unknown> =>
  Object.fromEntries(Object.entries(s.properties ?? {}).map(([k, v]) => [k, alternatives(k, v, foreign)[0]]));

/** The base object plus one variant per alternative value of each field. */
const variants = (fields: [string, JsonSchema][], foreign: ForeignValues): Record<string, unknown>[] => {
  const options = fields.map(([name, schema]) => [name, alternatives(name, schema, foreign)] as const);
  const base = Object.fromEntries(options.map(([name, values]) => [name, values[0]]));
  const out = [base];
  for (const [name, values] of options)
    for (const value of values.slice(1)) out.push({ ...base, [name]: value });
  return out;
};

const toQuery = (params: Record<string, unknown>): string => {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined) search.set(k, String(v));
  const text = search.toString();
  return text ? `?${text}` : '';
};

export const buildProbeRequests = (doc: OpenApiDoc, foreign: ForeignValues): ProbeRequest[] => {
  const requests: ProbeRequest[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!METHODS.includes(method)) continue;
      const params = op.parameters ?? [];
      const pathParams = params.filter((p) => p.in === 'path').map((p) => p.name);
      for (const name of pathParams) {
        if (!foreign.byParam[name]?.length) {
          throw new Error(
            `no scope probe supplies path parameter "${name}" of ${method.toUpperCase()} ${path}`,
          );
        }
      }
      const paths = pathParams.reduce<string[]>(
        (urls, name) => urls.flatMap((u) => foreign.byParam[name].map((v) => u.replace(`{${name}}`, v))),
        [path],
      );
      const query = variants(
        params.filter((p) => p.in === 'query').map((p) => [p.name, p.schema ?? {}]),
        foreign,
      );
      const bodySchema = resolveSchema(op.requestBody?.content?.['application/json']?.schema);
      const bodies = bodySchema.properties
        ? variants(Object.entries(bodySchema.properties), foreign)
        : [undefined];
      const route = `${method.toUpperCase()} ${path}`;
      // Every path value already names the other side's record: the query and body variants are
      // sent with the first; the others carry the base query and body.
      for (const [i, url] of paths.entries()) {
        for (const q of i === 0 ? query : query.slice(0, 1)) {
          for (const payload of i === 0 ? bodies : bodies.slice(0, 1)) {
            requests.push({ method: method.toUpperCase(), url: `${url}${toQuery(q)}`, payload, route });
          }
        }
      }
    }
  }
  return requests;
};
