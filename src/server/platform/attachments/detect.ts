import { fileTypeFromBuffer } from 'file-type';
import type { AttachmentCategory } from './tables';

// What a file is, read from its bytes (the name can say anything): photos as JPEG, PNG or WebP;
// documents as PDF, Word (.docx) or Excel (.xlsx). A .docx and an .xlsx are ZIP files; file-type
// tells them apart by the parts they hold, so a renamed ZIP or a .doc is not taken for one.

export interface Detected {
  category: AttachmentCategory;
  mime: string;
  ext: string;
}

const KNOWN: Record<string, AttachmentCategory> = {
  'image/jpeg': 'image',
  'image/png': 'image',
  'image/webp': 'image',
  'application/pdf': 'document',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'document',
};

/** The file's kind, or why it is refused: a HEIC photo (no decoder here), or anything else. */
export const detectFile = async (bytes: Buffer): Promise<Detected | 'heic' | 'unknown'> => {
  const type = await fileTypeFromBuffer(bytes);
  if (!type) return 'unknown';
  if (type.mime === 'image/heic' || type.mime === 'image/heif' || type.ext === 'heic') return 'heic';
  const category = KNOWN[type.mime];
  return category ? { category, mime: type.mime, ext: type.ext } : 'unknown';
};

export const ACCEPT_TEXT: Record<AttachmentCategory, string> = {
  image: 'JPG、PNG、WebP 照片',
  document: 'PDF、Word（.docx）、Excel（.xlsx）文件',
};
