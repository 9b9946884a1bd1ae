/**
 * The size a photo is shrunk to before upload: phone cameras take 12+ megapixel pictures that are
 * slow to send over a weak mountain connection, and 1600 px on the longest side is enough to read
 * a notice board or a logbook page.
 */
export const PHOTO_MAX_SIDE = 1600;
export const PHOTO_JPEG_QUALITY = 0.8;

export interface Size {
  width: number;
  height: number;
}

/** Fits `size` inside a `maxSide` square keeping the aspect ratio; never enlarges, never returns 0. */
export function fitWithin(size: Size, maxSide: number = PHOTO_MAX_SIDE): Size {
  const { width, height } = size;
  if (width <= 0 || height <= 0) return { width: 0, height: 0 };
  const longest = Math.max(width, height);
  if (longest <= maxSide) return { width, height };
  const scale = maxSide / longest;
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}
