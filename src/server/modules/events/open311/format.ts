import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import type { Open311Format } from '../../../../contracts/api/open311';

// GeoReport v2 answers in the two formats the specification names, chosen by the URL's suffix:
// XML (root and element names as the specification lists them, built with xmlbuilder2) and JSON
// (a list of the same objects). Empty values are left out of XML and null in JSON.

export type Value = string | number | boolean | null | undefined | Value[] | { [key: string]: Value };
export type Item = Record<string, Value>;

/** Where a list nests inside an item (attributes → attribute, values → value, formats → format). */
const CHILD: Record<string, string> = {
  attributes: 'attribute',
  values: 'value',
  formats: 'format',
  endpoints: 'endpoint',
};

const add = (parent: XMLBuilder, name: string, value: Value): void => {
  if (value === null || value === undefined) return;
  if (Array.isArray(value)) {
    const list = parent.ele(name);
    for (const v of value) add(list, CHILD[name] ?? name, v);
  } else if (typeof value === 'object') {
    const el = parent.ele(name);
    for (const [k, v] of Object.entries(value)) add(el, k, v);
  } else parent.ele(name).txt(String(value));
};

export const CONTENT_TYPE: Record<Open311Format, string> = {
  xml: 'text/xml; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/** A list answer: `<root><item>…</item>…</root>` or a JSON array. */
export const renderList = (format: Open311Format, root: string, item: string, items: Item[]): string => {
  if (format === 'json') return JSON.stringify(items);
  const doc = create({ version: '1.0', encoding: 'UTF-8' }).ele(root);
  for (const i of items) add(doc, item, i);
  return doc.end({ prettyPrint: false });
};

/** A single-object answer (discovery, a service definition): `<root>…</root>` or a JSON object. */
export const renderObject = (format: Open311Format, root: string, object: Item): string => {
  if (format === 'json') return JSON.stringify(object);
  const doc = create({ version: '1.0', encoding: 'UTF-8' }).ele(root);
  for (const [k, v] of Object.entries(object)) add(doc, k, v);
  return doc.end({ prettyPrint: false });
};

/** The specification's error list: `<errors><error><code/><description/></error></errors>`. */
export const renderErrors = (format: Open311Format, errors: { code: number; description: string }[]) =>
  renderList(format, 'errors', 'error', errors);

const CHINA_OFFSET_MS = 8 * 3600_000;

/** ISO 8601 with the county's offset (China, +08:00): 2026-12-06T09:08:25+08:00. */
export const isoWithOffset = (at: Date | null | undefined): string | null =>
  at ? `${new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 19)}+08:00` : null;
