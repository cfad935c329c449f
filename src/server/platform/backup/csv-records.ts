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
  let pending = '';
  let scanned = 0;
  let quoted = false;
  let boundary = -1;
  for await (const piece of source) {
    pending += decoder.write(piece);
    for (let i = scanned; i < pending.length; i++) {
      const c = pending.charCodeAt(i);
      if (c === QUOTE) quoted = !quoted;
      else if (c === NEWLINE && !quoted) boundary = i;
    }
    scanned = pending.length;
    if (boundary >= CHUNK) {
      yield pending.slice(0, boundary + 1);
      pending = pending.slice(boundary + 1);
      scanned = pending.length;
      boundary = -1;
    }
  }
  pending += decoder.end();
  if (pending) yield pending;
}
