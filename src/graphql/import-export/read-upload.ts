import type { FileUpload } from 'graphql-upload-minimal';
import { BadInputError, PayloadTooLargeError } from '../../errors';
import type { UploadedDocument } from '../../services/contracts';

function tooLarge(limit: number): PayloadTooLargeError {
  const mb = (limit / (1024 * 1024)).toFixed(limit % (1024 * 1024) === 0 ? 0 : 2);
  return new PayloadTooLargeError(
    `The uploaded file exceeds the upload limit of ${mb} MB (${limit} bytes). Split it (importItems takes batches) or raise MAX_UPLOAD_SIZE_MB.`,
    { limitBytes: limit },
  );
}

/**
 * Reads an upload into memory, stopping at `limit` bytes: the stream is destroyed as soon as
 * the limit is passed, and the middleware's own "file truncated" error maps to the same 413.
 */
export async function readUpload(
  upload: Promise<FileUpload> | FileUpload,
  limit: number,
): Promise<UploadedDocument> {
  let file: FileUpload;
  try {
    file = await upload;
  } catch (error) {
    throw new BadInputError(`The upload could not be read: ${(error as Error).message}`);
  }
  if (!file || typeof file.createReadStream !== 'function') {
    throw new BadInputError('Expected a file sent with the GraphQL multipart request spec.');
  }
  let stream: ReturnType<FileUpload['createReadStream']>;
  try {
    stream = file.createReadStream();
  } catch (error) {
    // The middleware has already seen the file pass its limit (HTTP 413).
    if ((error as { status?: number }).status === 413) throw tooLarge(limit);
    throw new BadInputError(`The upload could not be read: ${(error as Error).message}`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  return new Promise<UploadedDocument>((resolve, reject) => {
    stream.on('data', (data: Buffer | string) => {
      const chunk = typeof data === 'string' ? Buffer.from(data) : data;
      size += chunk.length;
      if (size > limit) {
        stream.destroy();
        reject(tooLarge(limit));
        return;
      }
      chunks.push(chunk);
    });
    stream.on('error', (error: Error) => {
      reject(/truncated|size limit/i.test(error.message) ? tooLarge(limit) : error);
    });
    stream.on('end', () => {
      // busboy stops at the limit and marks the stream truncated (the "limit" error may not
      // reach a stream that is already being read).
      if ((stream as { truncated?: boolean }).truncated) reject(tooLarge(limit));
      else
        resolve({
          filename: file.filename,
          mimetype: file.mimetype,
          content: Buffer.concat(chunks),
        });
    });
  });
}
