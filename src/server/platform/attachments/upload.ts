import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { AppError, Invalid, invalidField } from '../errors';
import { NotAPhoto, preparePhoto } from '../files/photo';
import { assertCleanPart } from '../http/text-input';
import { ACCEPT_TEXT, detectFile } from './detect';
import type { AttachmentCategory } from './tables';

export const MAX_IMAGE_MB = 10;
export const MAX_DOCUMENT_MB = 20;

/** One uploaded file, checked and ready to store: photos re-rendered, documents as they came. */
export interface PreparedFile {
  field: string;
  fileName: string;
  category: AttachmentCategory;
  mime: string;
  bytes: Buffer;
  width: number | null;
  height: number | null;
  thumb: Buffer | null;
}

const codeOf = (error: unknown) => (error as { code?: string }).code;

/** A file name safe to keep and to send back in Content-Disposition: no path, no control characters. */
const cleanName = (name: string, ext: string): string => {
  const base = (name.split(/[\\/]/).pop() ?? '')
    .replace(/[\p{Cc}"]/gu, '')
    .trim()
    .slice(0, 120);
  if (!base) return `附件.${ext}`;
  return base.toLowerCase().endsWith(`.${ext}`) ? base : `${base}.${ext}`;
};

const prepare = async (
  part: MultipartFile,
  bytes: Buffer,
  accept: readonly AttachmentCategory[],
): Promise<PreparedFile> => {
  const accepted = accept.map((c) => ACCEPT_TEXT[c]).join('或');
  const detected = await detectFile(bytes);
  if (detected === 'heic')
    throw invalidField(
      part.fieldname,
      `“${part.filename}”是 HEIC 格式，暂不支持：请在手机“设置 → 相机 → 格式”中选“兼容性最佳”，或转存为 JPG 后再传`,
    );
  if (detected === 'unknown' || !accept.includes(detected.category))
    throw invalidField(part.fieldname, `“${part.filename}”的内容不是可接受的文件：请上传${accepted}`);
  if (detected.category === 'document')
    return {
      field: part.fieldname,
      fileName: cleanName(part.filename, detected.ext),
      category: 'document',
      mime: detected.mime,
      bytes,
      width: null,
      height: null,
      thumb: null,
    };
  if (bytes.length > MAX_IMAGE_MB * 1024 * 1024) {
    const message = `照片“${part.filename}”超过 ${MAX_IMAGE_MB} MB 上限，请压缩后再传`;
    throw new AppError(413, 'PAYLOAD_TOO_LARGE', message, [{ path: part.fieldname, message }]);
  }
  try {
    // Upright by EXIF, every metadata block (GPS above all) stripped, resized, re-encoded.
    const photo = await preparePhoto(bytes);
    return {
      field: part.fieldname,
      fileName: cleanName(part.filename, 'jpg'),
      category: 'image',
      mime: photo.mime,
      bytes: photo.full.bytes,
      width: photo.full.width,
      height: photo.full.height,
      thumb: photo.thumb.bytes,
    };
  } catch (error) {
    if (error instanceof NotAPhoto)
      throw invalidField(part.fieldname, `“${part.filename}”已损坏或不完整，请重新拍摄或选择`);
    throw error;
  }
};

/**
 * Reads the files of a multipart request, at most `maxFiles`, each checked by its content before
 * the next is read (one original in memory at a time). Errors name the field and file in Chinese.
 */
export const readAttachments = async (
  req: FastifyRequest,
  o: { maxFiles: number; accept: readonly AttachmentCategory[] },
): Promise<PreparedFile[]> => {
  if (!req.isMultipart()) throw invalidField('files', '请以表单方式（multipart/form-data）上传文件');
  const photosOnly = !o.accept.includes('document');
  const limit = (photosOnly ? MAX_IMAGE_MB : MAX_DOCUMENT_MB) * 1024 * 1024;
  const out: PreparedFile[] = [];
  let part: MultipartFile | undefined;
  try {
    for await (part of req.files({ limits: { fileSize: limit, files: o.maxFiles } })) {
      assertCleanPart(part);
      out.push(await prepare(part, await part.toBuffer(), o.accept));
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (codeOf(error) === 'FST_REQ_FILE_TOO_LARGE') {
      const message = photosOnly
        ? `照片“${part?.filename ?? ''}”超过 ${MAX_IMAGE_MB} MB 上限，请压缩后再传`
        : `文件“${part?.filename ?? ''}”超过 ${limit / 1024 / 1024} MB 上限`;
      throw new AppError(413, 'PAYLOAD_TOO_LARGE', message, [{ path: part?.fieldname ?? 'files', message }]);
    }
    if (codeOf(error) === 'FST_FILES_LIMIT')
      throw invalidField(
        'files',
        photosOnly
          ? `照片过多：本次最多还能上传 ${o.maxFiles} 张`
          : `文件过多：本次最多还能上传 ${o.maxFiles} 个`,
      );
    if (error instanceof Error && /end of form|malformed|boundary|terminated early/i.test(error.message))
      throw new Invalid('上传内容无法解析，请重新选择文件');
    throw error;
  }
  if (out.length === 0) throw invalidField('files', '请选择要上传的文件');
  return out;
};
