/** Sizes as people read them on a USB stick: KB below a megabyte, MB with one decimal above. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function formatTime(iso: string | null, language: string): string {
  return iso === null ? '—' : new Date(iso).toLocaleString(language);
}
