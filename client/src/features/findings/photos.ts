/** Evidence photos are shrunk on the phone before upload: mountain-district networks are slow. */
export const MAX_PHOTO_SIDE = 1600;
export const JPEG_QUALITY = 0.8;

/** The size that fits within `max` on the longest side, keeping the ratio; never enlarges. */
export function fitWithin(width: number, height: number, max = MAX_PHOTO_SIDE): { width: number; height: number } {
  const longest = Math.max(width, height);
  if (longest <= max || longest === 0) return { width, height };
  const scale = max / longest;
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

export async function shrinkPhoto(file: File): Promise<Blob> {
  const bitmap = await createImageBitmap(file);
  try {
    const size = fitWithin(bitmap.width, bitmap.height);
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('canvas 2d unavailable');
    context.drawImage(bitmap, 0, 0, size.width, size.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('toBlob failed'))), 'image/jpeg', JPEG_QUALITY),
    );
  } finally {
    bitmap.close();
  }
}

export interface UploadedFile {
  id: string;
  sha256: string;
  size: number;
  mimeType: string;
}

/** Uploads one file under a client-made id; the server answers 201 or `{ code, message }`. */
export async function uploadFile(id: string, body: Blob): Promise<UploadedFile> {
  const response = await fetch(`/api/files/${id}`, {
    method: 'PUT',
    body,
    credentials: 'same-origin',
    headers: { 'Content-Type': body.type || 'image/jpeg' },
  });
  const data = (await response.json().catch(() => null)) as (UploadedFile & { message?: string }) | null;
  if (!response.ok || !data) throw new Error(data?.message ?? '');
  return data;
}
