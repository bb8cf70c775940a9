/**
 * Numbered SQL migrations, collected at build time. The file name's leading number is the
 * schema version the step produces; `PRAGMA user_version` records the last one applied.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const files = import.meta.glob<string>('./migrations/*.sql', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export function parseMigrations(sources: Record<string, string>): Migration[] {
  const migrations = Object.entries(sources).map(([path, sql]) => {
    const match = /(\d{4})-([a-z0-9-]+)\.sql$/.exec(path);
    if (!match?.[1] || !match[2]) throw new Error(`Badly named migration file: ${path}`);
    return { version: Number(match[1]), name: match[2], sql };
  });
  migrations.sort((a, b) => a.version - b.version);
  migrations.forEach((m, index) => {
    if (m.version !== index + 1) {
      throw new Error(`Migrations must be numbered 0001, 0002, … without gaps (${m.name})`);
    }
  });
  return migrations;
}

export const MIGRATIONS: readonly Migration[] = parseMigrations(files);
export const SCHEMA_VERSION = MIGRATIONS.length;
