import type { Writable } from 'node:stream';

// A small POSIX tar (ustar, with a PAX header for names over 100 bytes): enough for a backup's
// manifest, table files and stored files, readable by GNU tar and bsdtar (`tar tzf backup.tar.gz`).

const BLOCK = 512;

const octal = (value: number, width: number) => `${value.toString(8).padStart(width - 1, '0')}\0`;

const header = (name: string, size: number, type: '0' | 'x', mtime: number): Buffer => {
  const block = Buffer.alloc(BLOCK);
  block.write(name, 0, 100, 'utf8');
  block.write(octal(0o600, 8), 100);
  block.write(octal(0, 8), 108);
  block.write(octal(0, 8), 116);
  block.write(octal(size, 12), 124);
  block.write(octal(Math.floor(mtime / 1000), 12), 136);
  block.write(' '.repeat(8), 148);
  block.write(type, 156);
  block.write('ustar\0' + '00', 257, 'binary');
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
  return block;
};

/** One PAX record: "<length> path=<name>\n", where the length counts itself. */
const paxPath = (name: string): Buffer => {
  const body = ` path=${name}\n`;
  let length = Buffer.byteLength(body) + 1;
  while (String(length).length + Buffer.byteLength(body) !== length) length++;
  return Buffer.from(`${length}${body}`);
};

const padding = (size: number) => Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK);

/** Writes tar entries to `out`, waiting whenever `out` is full. */
export class TarWriter {
  constructor(private readonly out: Writable) {}

  private async write(bytes: Buffer) {
    if (bytes.length > 0 && !this.out.write(bytes))
      await new Promise((resolve) => this.out.once('drain', resolve));
  }

  /** An entry of `size` bytes read from `body`; it must yield exactly that many. */
  async entry(name: string, size: number, body: Buffer | AsyncIterable<Buffer>, mtime = Date.now()) {
    if (Buffer.byteLength(name) > 100) {
      const pax = paxPath(name);
      await this.write(header('PaxHeader', pax.length, 'x', mtime));
      await this.write(Buffer.concat([pax, padding(pax.length)]));
    }
    await this.write(header(Buffer.byteLength(name) > 100 ? 'long-name' : name, size, '0', mtime));
    let written = 0;
    for await (const chunk of Buffer.isBuffer(body) ? [body] : body) {
      written += chunk.length;
      await this.write(chunk);
    }
    if (written !== size) throw new Error(`tar entry ${name}: ${written} bytes, expected ${size}`);
    await this.write(padding(size));
  }

  /** The two empty blocks that end an archive. */
  finish() {
    return this.write(Buffer.alloc(BLOCK * 2));
  }
}

/** Reads exactly the bytes asked for from a stream of chunks. */
class ByteReader {
  private buffer: Buffer = Buffer.alloc(0);
  private readonly source: AsyncIterator<Buffer>;
  constructor(source: AsyncIterable<Buffer>) {
    this.source = source[Symbol.asyncIterator]();
  }

  private async fill(n: number) {
    while (this.buffer.length < n) {
      const next = await this.source.next();
      if (next.done) return;
      this.buffer = this.buffer.length ? Buffer.concat([this.buffer, next.value]) : next.value;
    }
  }

  async read(n: number): Promise<Buffer> {
    await this.fill(n);
    const out = this.buffer.subarray(0, n);
    this.buffer = this.buffer.subarray(out.length);
    return out;
  }

  /** `n` bytes as they come, in pieces. */
  async *pieces(n: number): AsyncGenerator<Buffer> {
    let left = n;
    while (left > 0) {
      if (this.buffer.length === 0) await this.fill(1);
      if (this.buffer.length === 0) throw new Error('备份文件不完整（truncated archive）');
      const piece = this.buffer.subarray(0, Math.min(left, this.buffer.length));
      this.buffer = this.buffer.subarray(piece.length);
      left -= piece.length;
      yield piece;
    }
  }
}

export interface TarEntry {
  name: string;
  size: number;
  /** The entry's bytes; read it whole (or call `skip`) before asking for the next entry. */
  body: AsyncGenerator<Buffer>;
}

const field = (block: Buffer, at: number, width: number) =>
  block
    .subarray(at, at + width)
    .toString('utf8')
    .replace(/\0.*$/s, '');

/** The regular files of a tar stream, in order; other entry types are skipped. */
export async function* readTar(source: AsyncIterable<Buffer>): AsyncGenerator<TarEntry> {
  const reader = new ByteReader(source);
  let longName: string | undefined;
  for (;;) {
    const block = await reader.read(BLOCK);
    if (block.length < BLOCK || block.every((b) => b === 0)) return;
    if (field(block, 257, 5) !== 'ustar') throw new Error('不是振兴备份文件（not a tar archive）');
    const size = Number.parseInt(field(block, 124, 12).trim() || '0', 8);
    const type = field(block, 156, 1) || '0';
    const prefix = field(block, 345, 155);
    const name = longName ?? (prefix ? `${prefix}/${field(block, 0, 100)}` : field(block, 0, 100));
    longName = undefined;
    let left = size;
    const body = (async function* () {
      for await (const piece of reader.pieces(left)) {
        left -= piece.length;
        yield piece;
      }
    })();
    if (type === 'x') {
      const chunks: Buffer[] = [];
      for await (const piece of body) chunks.push(piece);
      longName = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(Buffer.concat(chunks).toString('utf8'))?.[1];
    } else if (type === '0') {
      yield { name, size, body };
    }
    // Whatever the reader left (or an entry type we skip) is read past here.
    for await (const _ of reader.pieces(left));
    await reader.read((BLOCK - (size % BLOCK)) % BLOCK);
  }
}
