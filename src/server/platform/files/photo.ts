import sharp, { type Sharp } from 'sharp';

// Photos taken on phones for the record (积分证据): turned upright by their EXIF orientation,
// stripped of every metadata block (GPS above all: a photo of a household's yard must not carry
// where the household lives), resized for a phone screen and re-encoded as JPEG.

export const PHOTO_LONG_SIDE = 1600;
export const THUMB_LONG_SIDE = 320;
/** Above this many pixels a file is refused before it is decoded (a 200 MP camera is 200M). */
const MAX_INPUT_PIXELS = 250_000_000;

/** Formats sharp's prebuilt binaries decode here. HEIC is missing (no HEVC decoder): see docs. */
const ACCEPTED = new Set(['jpeg', 'png', 'webp', 'heif']);

export interface Rendition {
  bytes: Buffer;
  width: number;
  height: number;
}

export interface PreparedPhoto {
  mime: 'image/jpeg';
  full: Rendition;
  thumb: Rendition;
}

/** Why a file could not be taken as a photo, for the caller to word for its own field. */
export class NotAPhoto extends Error {
  constructor(readonly reason: 'format' | 'heic' | 'damaged') {
    super(reason);
  }
}

const render = async (input: Sharp, longSide: number, quality: number): Promise<Rendition> => {
  const { data, info } = await input
    .resize({ width: longSide, height: longSide, fit: 'inside', withoutEnlargement: true })
    // Transparent PNG/WebP areas become white, not black, in a JPEG.
    .flatten({ background: '#ffffff' })
    .jpeg({ quality, mozjpeg: true })
    .toBuffer({ resolveWithObject: true });
  return { bytes: data, width: info.width, height: info.height };
};

/** Checks `bytes` is a JPEG, PNG, WebP or AVIF photo and renders the full size and the thumbnail. */
export const preparePhoto = async (bytes: Buffer): Promise<PreparedPhoto> => {
  const options = { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' } as const;
  let format: string | undefined;
  try {
    format = (await sharp(bytes, options).metadata()).format;
  } catch {
    throw new NotAPhoto('format');
  }
  if (!format || !ACCEPTED.has(format)) throw new NotAPhoto('format');
  try {
    // Upright by the EXIF orientation before resizing; the output keeps no metadata at all.
    const full = await render(sharp(bytes, options).autoOrient(), PHOTO_LONG_SIDE, 80);
    const thumb = await render(sharp(full.bytes), THUMB_LONG_SIDE, 75);
    return { mime: 'image/jpeg', full, thumb };
  } catch {
    throw new NotAPhoto(format === 'heif' ? 'heic' : 'damaged');
  }
};
