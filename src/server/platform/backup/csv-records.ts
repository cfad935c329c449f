import { StringDecoder } from 'node:string_decoder';

const QUOTE = 34;
const NEWLINE = 10;
const CHUNK = 1 << 20;

/**
 * CSV text (as COPY writes it) in chunks of whole records of about 1 MB: a newline inside a
 * quoted field does not end a record. COPY on PGlite goes in several statements, each of which
 * must hold whole records.
 */
export async function* csvRecordChunks(source: AsyncIterable<Buffer>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let parts: string[] = [];
  let size = 0;
  let quoted = false;
  for await (const piece of source) {
    const text = decoder.write(piece);
    let boundary = -1;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === QUOTE) quoted = !quoted;
      else if (c === NEWLINE && !quoted) boundary = i;
    }
    if (boundary >= 0 && size + boundary + 1 >= CHUNK) {
      parts.push(text.slice(0, boundary + 1));
      yield parts.join('');
      parts = [text.slice(boundary + 1)];
      size = parts[0].length;
    } else {
      parts.push(text);
      size += text.length;
    }
  }
  parts.push(decoder.end());
  const rest = parts.join('');
  if (rest) yield rest;
}
