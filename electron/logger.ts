/** Scoped loggers for main-side code, so every line says where it came from. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
}

let quiet = false;

/** Tests and the CLI's machine-readable output silence info lines. */
export function setQuiet(value: boolean): void {
  quiet = value;
}

export function createLogger(scope: string): Logger {
  const prefix = `[${scope}]`;
  return {
    info: (message) => {
      if (!quiet) console.error(prefix, message);
    },
    warn: (message) => console.error(prefix, 'warning:', message),
    error: (message, error) => console.error(prefix, 'error:', message, error ?? ''),
  };
}
