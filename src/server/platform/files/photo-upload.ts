import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { AppError, Invalid, invalidField } from '../errors';
import { assertCleanPart } from '../http/text-input';
import { NotAPhoto, type PreparedPhoto, preparePhoto } from './photo';

export const MAX_PHOTO_MB = 10;

export interface UploadedPhoto extends PreparedPhoto {
  field: string;
  fileName: string;
}

const reasonText: Record<NotAPhoto['reason'], (name: string) => string> = {
  format: (name) => `“${name}”不是照片：请上传 JPG、PNG 或 WebP 格式的照片`,
  heic: (name) =>
    `“${name}”是 HEIC 格式，暂不支持：请在手机“设置 → 相机 → 格式”中选“兼容性最佳”，或转存为 JPG 后再传`,
  damaged: (name) => `“${name}”已损坏或不完整，请重新拍摄或选择`,
};

const codeOf = (error: unknown) => (error as { code?: string }).code;

/**
 * Reads every file of a multipart request as a photo, at most `maxFiles` of at most 10 MB each,
 * and renders each one (upright, no metadata, resized) before the next is read, so a request
 * holds one original in memory at a time. Errors name the form field and the file in Chinese.
 */
export const readPhotos = async (req: FastifyRequest, maxFiles: number): Promise<UploadedPhoto[]> => {
  if (!req.isMultipart()) throw invalidField('files', '请以表单方式（multipart/form-data）上传照片');
  const photos: UploadedPhoto[] = [];
  let part: MultipartFile | undefined;
  try {
    for await (part of req.files({ limits: { fileSize: MAX_PHOTO_MB * 1024 * 1024, files: maxFiles } })) {
      assertCleanPart(part);
      const bytes = await part.toBuffer();
      try {
        photos.push({ field: part.fieldname, fileName: part.filename, ...(await preparePhoto(bytes)) });
      } catch (error) {
        if (error instanceof NotAPhoto)
          throw invalidField(part.fieldname, reasonText[error.reason](part.filename));
        throw error;
      }
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (codeOf(error) === 'FST_REQ_FILE_TOO_LARGE') {
      const message = `照片“${part?.filename ?? ''}”超过 ${MAX_PHOTO_MB} MB 上限，请压缩后再传`;
      throw new AppError(413, 'PAYLOAD_TOO_LARGE', message, [{ path: part?.fieldname ?? 'files', message }]);
    }
    if (codeOf(error) === 'FST_FILES_LIMIT')
      throw invalidField('files', `照片过多：本次最多还能上传 ${maxFiles} 张`);
    // busboy's own words for a cut-off or malformed body.
    if (error instanceof Error && /end of form|malformed|boundary|terminated early/i.test(error.message))
      throw new Invalid('上传内容无法解析，请重新选择照片');
    throw error;
  }
  if (photos.length === 0) throw invalidField('files', '请选择要上传的照片');
  return photos;
};
