import { fitWithin, PHOTO_JPEG_QUALITY } from './photo-size';

/** A refused upload: the server's code and Vietnamese message, both null when the network failed. */
export class UploadError extends Error {
  constructor(
    readonly serverMessage: string | null,
    readonly code: string | null = null,
  ) {
    super(serverMessage ?? 'NETWORK');
  }
}

/**
 * `PUT /api/files/<uuid>` with the raw bytes; returns the file id to attach. Sending again under the
 * same id (a retry) is accepted by the server as the same file.
 */
export async function uploadFile(blob: Blob, id: string = crypto.randomUUID()): Promise<string> {
  let response: Response;
  try {
    response = await fetch(`/api/files/${id}`, {
      method: 'PUT',
      body: blob,
      headers: { 'Content-Type': blob.type },
      credentials: 'same-origin',
    });
  } catch {
    throw new UploadError(null);
  }
  const body = (await response.json().catch(() => null)) as { id?: string; code?: string; message?: string } | null;
  if (!response.ok) throw new UploadError(body?.message ?? null, body?.code ?? null);
  return body?.id ?? id;
}

/**
 * The same upload through XMLHttpRequest, whose upload events tell how many bytes have gone: `onProgress`
 * gets the bytes sent and the total (fetch has no upload progress). A retry under the same id is the same file.
 */
export function uploadFileWithProgress(
  blob: Blob,
  id: string,
  onProgress: (sent: number, total: number) => void,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('PUT', `/api/files/${id}`);
    request.setRequestHeader('Content-Type', blob.type);
    request.withCredentials = true;
    request.upload.onprogress = (event) => onProgress(event.loaded, event.lengthComputable ? event.total : blob.size);
    request.onerror = () => reject(new UploadError(null));
    request.onabort = () => reject(new UploadError(null));
    request.onload = () => {
      let body: { id?: string; code?: string; message?: string } | null = null;
      try {
        body = JSON.parse(request.responseText);
      } catch {
        body = null;
      }
      if (request.status < 200 || request.status >= 300)
        reject(new UploadError(body?.message ?? null, body?.code ?? null));
      else {
        onProgress(blob.size, blob.size);
        resolve(body?.id ?? id);
      }
    };
    request.send(blob);
  });
}

/** Shrinks a camera photo to JPEG before upload; a small JPEG/PNG that cannot be decoded is sent as is. */
export async function shrinkPhoto(file: Blob): Promise<Blob> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    if (file.type === 'image/jpeg' || file.type === 'image/png') return file;
    throw new Error('UNREADABLE');
  }
  const size = fitWithin({ width: bitmap.width, height: bitmap.height });
  try {
    if (typeof OffscreenCanvas !== 'undefined') {
      const canvas = new OffscreenCanvas(size.width, size.height);
      const context = canvas.getContext('2d');
      if (context) {
        context.drawImage(bitmap, 0, 0, size.width, size.height);
        return await canvas.convertToBlob({ type: 'image/jpeg', quality: PHOTO_JPEG_QUALITY });
      }
    }
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0, size.width, size.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('UNREADABLE'))),
        'image/jpeg',
        PHOTO_JPEG_QUALITY,
      ),
    );
  } finally {
    bitmap.close();
  }
}
