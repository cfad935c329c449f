import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { testPhoto } from '../../../testing/photos';
import { detectFile } from './detect';

// Files are taken for what their bytes are, never for their name: real documents and photos are
// recognised, a text file, a plain ZIP or an old binary .doc is not.

const docx = async () => {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    'word/document.xml',
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>整改方案</w:t></w:r></w:p></w:body></w:document>',
  );
  return zip.generateAsync({ type: 'nodebuffer' });
};

const xlsx = async () => {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('台账').addRow(['村', '收入']);
  return Buffer.from(await book.xlsx.writeBuffer());
};

const pdf = () =>
  Buffer.from(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  );

describe('detectFile', () => {
  it('recognises photos and the three document kinds by their content', async () => {
    expect(await detectFile(await testPhoto())).toMatchObject({ category: 'image', mime: 'image/jpeg' });
    expect(await detectFile(await testPhoto({ format: 'png' }))).toMatchObject({
      category: 'image',
      ext: 'png',
    });
    expect(await detectFile(pdf())).toMatchObject({ category: 'document', mime: 'application/pdf' });
    expect(await detectFile(await docx())).toMatchObject({ category: 'document', ext: 'docx' });
    expect(await detectFile(await xlsx())).toMatchObject({ category: 'document', ext: 'xlsx' });
  });

  it('refuses text, a plain ZIP and an old .doc whatever they are called', async () => {
    expect(await detectFile(Buffer.from('这不是文件'))).toBe('unknown');
    const zip = new JSZip();
    zip.file('readme.txt', 'hello');
    expect(await detectFile(await zip.generateAsync({ type: 'nodebuffer' }))).toBe('unknown');
    // The OLE2 signature of a .doc/.xls from Office 97–2003.
    const ole = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(600),
    ]);
    expect(await detectFile(ole)).toBe('unknown');
  });
});
