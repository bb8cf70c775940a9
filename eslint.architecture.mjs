// The architecture's import and SQL rules for electron/, kept apart from eslint.config.mjs so
// tests/unit/architecture/ can run ESLint with exactly these rules on deliberate violations.
// See docs/architecture.md ("Where code goes").

/** Services, store, host and CLI run without Electron (only electron/main may import it). */
export const noElectronImport = {
  name: 'electron',
  message: 'Services, store, host and CLI run without Electron.',
};

const SQL_HOME =
  'SQL lives in electron/store/queries/* or in its capability’s queries.ts (or queries/).';
const WRITE_PATH = 'Every write goes through write() from electron/store/write.ts.';

/** SQL, pragmas and transactions only in the store and in the capabilities' query modules. */
export const sqlOnlyInQueries = {
  files: ['electron/**/*.ts'],
  ignores: [
    'electron/store/**',
    'electron/services/**/queries.ts',
    'electron/services/**/queries/**',
  ],
  rules: {
    'no-restricted-syntax': [
      'error',
      { selector: "CallExpression[callee.property.name='prepare']", message: SQL_HOME },
      // `.exec` of a connection (`db.exec`, `ctx.db.exec`), not RegExp#exec.
      {
        selector: "CallExpression[callee.property.name='exec'][callee.object.name='db']",
        message: SQL_HOME,
      },
      {
        selector: "CallExpression[callee.property.name='exec'][callee.object.property.name='db']",
        message: SQL_HOME,
      },
      { selector: "CallExpression[callee.property.name='pragma']", message: SQL_HOME },
      { selector: "CallExpression[callee.property.name='transaction']", message: WRITE_PATH },
    ],
  },
};

const BOUNDARY =
  'A capability imports only another capability’s index.ts (its public face), never its other files.';

/**
 * `../` repeated for a file `depth` folders below electron/services/, then another capability's
 * folder and anything in it but its index. (Its own files are reached with fewer `../`.)
 */
function otherCapabilityInternals(depth) {
  const up = '\\.\\./'.repeat(depth);
  return `^${up}[^/.][^/]*/(?!index$).+`;
}

/**
 * Capability folders (electron/services/<capability>/) import each other only through the
 * other's index.ts; the kernel beside them (handlers.ts, app.ts) may also take each
 * capability's handlers.ts; main, host and CLI only indexes and the kernel.
 */
export const capabilityBoundaries = [
  {
    files: ['electron/services/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectronImport],
          patterns: [{ regex: '^\\./[^/]+/(?!(?:index|handlers)$).+', message: BOUNDARY }],
        },
      ],
    },
  },
  ...[1, 2, 3, 4].map((depth) => ({
    files: [`electron/services/${'*/'.repeat(depth)}*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectronImport],
          patterns: [{ regex: otherCapabilityInternals(depth), message: BOUNDARY }],
        },
      ],
    },
  })),
  {
    files: ['electron/jobs/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectronImport],
          patterns: [
            { regex: '^\\.\\./services/[^/]+/(?!(?:index|tasks)$).+', message: BOUNDARY },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/{host,cli,files}/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectronImport],
          patterns: [{ regex: '^\\.\\./services/[^/]+/(?!index$).+', message: BOUNDARY }],
        },
      ],
    },
  },
  {
    files: ['electron/main/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^\\.\\./services/[^/]+/(?!index$).+', message: BOUNDARY }] },
      ],
    },
  },
];
