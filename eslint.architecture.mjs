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
          patterns: [{ regex: '^\\.\\./services/[^/]+/(?!(?:index|tasks)$).+', message: BOUNDARY }],
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

/** The renderer has no Node and no Electron: everything goes through window.xingping. */
export const rendererNoNode = [
  {
    group: [
      'electron',
      'electron/*',
      'better-sqlite3',
      'node:*',
      'fs',
      'path',
      'os',
      'child_process',
    ],
    message: 'The renderer must not use Node or Electron.',
  },
  {
    group: ['**/electron/**'],
    message: 'The renderer talks to main only through window.xingping.',
  },
];

/**
 * What a renderer feature offers the others, as `<feature>/<module>`: its index.ts, or a module
 * named here. Anything else in a feature's folder is its own business. Adding a line here is a
 * decision (the module becomes public), not a way around the rule.
 */
export const RENDERER_PUBLIC = [
  'backups/BackupCheckTag',
  'backups/format',
  'branch-import/BranchImportCard',
  'branch-import/BranchImportWizard',
  'branches/RegistryScreen',
  'branches/registryError',
  'branches/registryScope',
  'branches/useRegistry',
  'bulk-submit/BulkSubmitButton',
  'campaigns/NewCampaignModal',
  'counties/CountyFields',
  'counties/useCountyMutations',
  'evaluators/queries',
  'evidence/EvidenceButton',
  'evidence/activeSheet',
  'evidence/evidenceErrors',
  'exchange/ConflictsCard',
  'exchange/PackageCard',
  'exports/ExportCard',
  'integrity/AuditCheckCard',
  'integrity/FreezePanel',
  'integrity/queries',
  'publication/history/StarTimeline',
  'verification/VerifyFileCard',
  'ranking/explain/describeReason',
  'ranking/labels',
  'ranking/levelName',
  'ranking/queries',
  'rubric-editor/translateProblem',
  'rubric/ItemTypeTag',
  'rubric/RubricSummary',
  'rubric/RubricTable',
  'rubric/SchemeDetails',
  'rubric/StarCards',
  'rubric/localizedName',
  'rubric/moveError',
  'rubric/mutations',
  'rubric/queries',
  'score-templates/ScoreTemplateCard',
  'scoring/ScoreAction',
  'scoring/drafts',
  'scoring/queries',
  'scoring/roundLabel',
  'scoring/roundScorers',
  'scoring/useSerialSaves',
  'undo/undoStack',
  'welcome/WelcomePage',
];

const FEATURE_BOUNDARY =
  'A renderer feature imports another feature only through its index.ts or a module listed in RENDERER_PUBLIC (eslint.architecture.mjs).';

const escaped = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `../` repeated for a file `depth` folders below renderer/src/features/, then another
 * feature's folder and a module in it that is neither its index nor public. (A feature reaches
 * its own files with fewer `../`.)
 */
function otherFeatureInternals(depth) {
  const up = '\\.\\./'.repeat(depth);
  const open = ['[^/]+/index', ...RENDERER_PUBLIC.map(escaped)].join('|');
  return `^${up}(?!(?:${open})$)[^/.][^/]*/.+`;
}

/** Renderer features import each other only through what they make public. */
export const featureBoundaries = [1, 2, 3, 4].map((depth) => ({
  files: [`renderer/src/features/${'*/'.repeat(depth)}*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...rendererNoNode,
          { regex: otherFeatureInternals(depth), caseSensitive: true, message: FEATURE_BOUNDARY },
        ],
      },
    ],
  },
}));
