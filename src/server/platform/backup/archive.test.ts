import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { csvLine } from '../db/csv';
import { csvRecordChunks } from './csv-records';
import { readTar, TarWriter } from './tar';

/** `text` cut into pieces of `size` bytes, as a stream would hand them over (mid-character too). */
async function* piecesOf(bytes: Buffer, size: number) {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

describe('CSV record chunks', () => {
  it('cuts only between records, never inside a quoted newline or a character, and keeps every byte', async () => {
    const rows: string[] = [];
    for (let i = 0; i < 60_000; i++) rows.push(csvLine([i, `第${i}行\n"引号",逗号`, i % 3 ? null : '']));
    const text = rows.join('');
    const chunks: string[] = [];
    for await (const chunk of csvRecordChunks(piecesOf(Buffer.from(text), 4099))) chunks.push(chunk);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.join('')).toBe(text);
    const ends = new Set<number>();
    let end = 0;
    for (const row of rows) {
      end += row.length;
      ends.add(end);
    }
    let at = 0;
    for (const chunk of chunks) {
      at += chunk.length;
      expect(ends.has(at)).toBe(true);
    }
  });
});

describe('the backup tar', () => {
  it('reads back what it wrote, long and Chinese names included, whatever piece sizes the stream has', async () => {
    const out = new PassThrough();
    const pieces: Buffer[] = [];
    out.on('data', (p: Buffer) => pieces.push(p));
    const entries: [string, Buffer][] = [
      ['manifest.json', Buffer.from('{"format":"zhenxing-backup"}')],
      ['tables/empty.csv', Buffer.alloc(0)],
      [`files/attachments/451022100001/${'a'.repeat(80)}/照片-缩略图.jpg`, Buffer.alloc(1500, 1)],
      ['files/x.pdf', Buffer.from('%PDF')],
    ];
    const tar = new TarWriter(out);
    for (const [name, body] of entries) await tar.entry(name, body.length, body);
    await tar.finish();
    const read: [string, Buffer][] = [];
    for await (const entry of readTar(piecesOf(Buffer.concat(pieces), 333))) {
      const parts: Buffer[] = [];
      // The tables entry is skipped unread: the reader moves past it by itself.
      if (entry.name !== 'tables/empty.csv') for await (const p of entry.body) parts.push(p);
      read.push([entry.name, Buffer.concat(parts)]);
    }
    expect(read).toEqual(entries);
  });
});
