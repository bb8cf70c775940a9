import { AppError } from '../../../shared/errors';
import { EVIDENCE_MAX_BYTES } from '../../../shared/domain/views/evidence';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * The file's bytes from the API's base64, refusing a malformed string (Buffer.from would
 * silently skip bad characters and store something else), an empty file and one over the limit.
 */
export function decodeEvidence(fileName: string, contentBase64: string): Buffer {
  if (contentBase64.length % 4 !== 0 || !BASE64.test(contentBase64)) {
    throw new AppError('INVALID_INPUT', `${fileName}: content is not base64`, {
      path: 'file.contentBase64',
      problem: 'bad-content',
      fileName,
    });
  }
  const bytes = Buffer.from(contentBase64, 'base64');
  if (bytes.length === 0) {
    throw new AppError('INVALID_INPUT', `${fileName} is empty`, {
      path: 'file',
      problem: 'empty',
      fileName,
    });
  }
  if (bytes.length > EVIDENCE_MAX_BYTES) {
    throw new AppError('PAYLOAD_TOO_LARGE', `${fileName} is over ${EVIDENCE_MAX_BYTES} bytes`, {
      problem: 'too-large',
      fileName,
      size: bytes.length,
      limit: EVIDENCE_MAX_BYTES,
    });
  }
  return bytes;
}
