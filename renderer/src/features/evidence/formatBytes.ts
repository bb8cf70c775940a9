/** 3.0 → "3", 2.94 → "2.9". */
function oneDecimal(n: number): string {
  return n.toFixed(1).replace(/\.0$/, '');
}

/** File sizes as people read them: 812 B, 45.3 KB, 3 MB (binary units, like Windows). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${oneDecimal(bytes / 1024)} KB`;
  return `${oneDecimal(bytes / 1024 / 1024)} MB`;
}
