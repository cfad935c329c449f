import type { LightMyRequestResponse } from 'fastify';
import sharp from 'sharp';
import type { Session } from './factories';

// Photos made in the test, the way a phone makes them: a JPEG whose pixels lie sideways with an
// EXIF orientation saying so, and GPS coordinates in its EXIF block.

export interface PhotoOptions {
  width?: number;
  height?: number;
  format?: 'jpeg' | 'png' | 'webp';
  /** EXIF orientation (6: the camera was turned, show it rotated 90° clockwise). */
  orientation?: number;
  /** Write GPS coordinates (田东, 23.6°N 107.1°E) and an Artist tag into the EXIF block. */
  gps?: boolean;
}

/** The left half red, the right half blue, so a test can tell which way the picture was turned. */
export const testPhoto = async (o: PhotoOptions = {}): Promise<Buffer> => {
  const width = o.width ?? 64;
  const height = o.height ?? 32;
  const blue = await sharp({
    create: { width: Math.ceil(width / 2), height, channels: 3, background: '#0000ff' },
  })
    .png()
    .toBuffer();
  let image = sharp({ create: { width, height, channels: 3, background: '#ff0000' } }).composite([
    { input: blue, left: Math.floor(width / 2), top: 0 },
  ]);
  image = o.format === 'png' ? image.png() : o.format === 'webp' ? image.webp() : image.jpeg({ quality: 90 });
  if (o.gps)
    image = image.withExif({
      IFD0: { Artist: 'ZX-PHOTOGRAPHER' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '23/1 35/1 0/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '107/1 5/1 0/1',
      },
    });
  if (o.orientation) image = image.withMetadata({ orientation: o.orientation });
  return image.toBuffer();
};

/** Whether an EXIF block (little-endian, as libvips writes it) points to a GPS IFD (tag 0x8825). */
export const hasGpsIfd = (exif: Buffer | undefined): boolean =>
  exif?.includes(Buffer.from([0x25, 0x88])) ?? false;

export interface FormFile {
  field?: string;
  name: string;
  type: string;
  bytes: Buffer;
}

export const multipartForm = (files: FormFile[]) => {
  const boundary = `----zxphoto${Date.now()}`;
  const chunks = files.flatMap((f) => [
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${f.field ?? 'files'}"; filename="${f.name}"\r\nContent-Type: ${f.type}\r\n\r\n`,
    ),
    f.bytes,
    Buffer.from('\r\n'),
  ]);
  return {
    payload: Buffer.concat([...chunks, Buffer.from(`--${boundary}--\r\n`)]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
};

/** POSTs the files as attachments of a record (platform/attachments). */
export const uploadAttachments = (
  session: Session,
  recordKind: string,
  recordId: string,
  files: FormFile[],
): Promise<LightMyRequestResponse> => {
  const form = multipartForm(files);
  return session.request('POST', `/api/attachments/${recordKind}/${recordId}`, form.payload, {
    'content-type': form.contentType,
  });
};

/** POSTs photos to a points claim (its attachments). */
export const uploadEvidence = (session: Session, claimId: string, files: FormFile[]) =>
  uploadAttachments(session, 'points_claim', claimId, files);
