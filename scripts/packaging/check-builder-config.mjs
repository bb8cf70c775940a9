// Checks the packaging config offline, without building anything (the Windows build itself
// needs a Windows machine and the Electron download): first electron-builder's own validation
// (its JSON schema, the same call `electron-builder` makes before every build), then the rules
// this app promises (docs/windows-build.md). Run by `npm run lint` and by a unit test.
//
//   node scripts/packaging/check-builder-config.mjs [--config FILE]
//
// Exits 0 when the config is valid, 1 with every problem named otherwise.
import { createRequire } from 'node:module';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const require = createRequire(import.meta.url);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The rules of docs/windows-build.md, each a path into the resolved config and the value it must have. */
const POLICY = [
  ['nsis.oneClick', false, 'an assisted installer (the user sees and confirms each step)'],
  ['nsis.perMachine', false, 'per-user by default (no administrator rights needed)'],
  ['nsis.deleteAppDataOnUninstall', false, 'uninstalling never deletes the database'],
  ['electronFuses.runAsNode', false, 'ELECTRON_RUN_AS_NODE cannot turn the app into a Node.js'],
  ['electronFuses.enableNodeOptionsEnvironmentVariable', false, 'NODE_OPTIONS is ignored'],
  ['electronFuses.enableNodeCliInspectArguments', false, '--inspect cannot attach a debugger'],
  ['electronFuses.onlyLoadAppFromAsar', true, 'only the packaged app.asar is loaded'],
  [
    'electronFuses.enableEmbeddedAsarIntegrityValidation',
    true,
    'app.asar is checked against its hash',
  ],
  ['asar', true, 'the app is packed into app.asar'],
];

function at(config, path) {
  return path.split('.').reduce((value, key) => value?.[key], config);
}

function targetsOf(config) {
  const targets = at(config, 'win.target') ?? [];
  return (Array.isArray(targets) ? targets : [targets]).map((t) =>
    typeof t === 'string' ? t : t.target,
  );
}

/** Our rules on a config electron-builder accepted; returns one sentence per broken rule. */
export function policyProblems(config) {
  const problems = [];
  for (const [path, expected, why] of POLICY) {
    const actual = at(config, path);
    if (actual !== expected) {
      problems.push(
        `${path} must be ${String(expected)} (${why}), found ${JSON.stringify(actual)}`,
      );
    }
  }
  const languages = at(config, 'nsis.installerLanguages') ?? [];
  if (!languages.includes('zh_CN')) problems.push('nsis.installerLanguages must include zh_CN');
  const targets = targetsOf(config);
  for (const target of ['nsis', 'portable']) {
    if (!targets.includes(target)) problems.push(`win.target must include ${target}`);
  }
  const names = [at(config, 'nsis.artifactName'), at(config, 'portable.artifactName')];
  if (names[0] === undefined || names[0] === names[1]) {
    problems.push('nsis and portable need different artifactName values (both make an .exe)');
  }
  return problems;
}

/**
 * Loads the config as electron-builder does (file, `extends`, defaults) and validates it.
 * Resolves with the list of problems; empty means valid.
 */
export async function checkBuilderConfig(configFile = resolve(root, 'electron-builder.yml')) {
  const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config');
  const { DebugLogger } = require('builder-util');
  const config = await getConfig(root, configFile, null);
  try {
    await validateConfiguration(config, new DebugLogger(false));
  } catch (error) {
    return [
      `electron-builder rejects ${basename(configFile)}:\n${error instanceof Error ? error.message : String(error)}`,
    ];
  }
  return policyProblems(config).map((problem) => `${basename(configFile)}: ${problem}`);
}

const invokedDirectly =
  process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  const { values } = parseArgs({ options: { config: { type: 'string' } } });
  const file = values.config ? resolve(values.config) : undefined;
  checkBuilderConfig(file).then(
    (problems) => {
      if (problems.length === 0) {
        console.log(`Packaging config OK: ${file ?? 'electron-builder.yml'}`);
        return;
      }
      for (const problem of problems) console.error(problem);
      process.exitCode = 1;
    },
    (error) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exitCode = 1;
    },
  );
}
