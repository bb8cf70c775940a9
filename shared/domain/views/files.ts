/** Files as they travel through the API. */

export interface FilePayload {
  fileName: string;
  /** File content, base64-encoded. */
  contentBase64: string;
}
