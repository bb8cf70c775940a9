import { parseArgs } from 'node:util';

export interface BenchArgs {
  help: boolean;
  json: string | null;
  /** `screen`: the province's first-screen figures only (issue #12 point 6). */
  only: 'county' | 'province' | 'screen' | null;
  fresh: boolean;
  /** Print the table as Markdown (for docs/performance.md). */
  markdown: boolean;
  /** Internal: measure this dataset file in this process and print a JSON report. */
  measure: string | null;
}

export const USAGE = `Usage: npm run bench -- [--only county|province|screen] [--json FILE] [--fresh] [--markdown]

  --only NAME   run one dataset (county: 300 branches; province: 46,000 branches), or
                screen: only the province's first-screen figures
  --json FILE   also write every figure, with a timestamp and the git commit, to FILE
  --fresh       regenerate the cached dataset files instead of reusing them
  --markdown    print the table as Markdown
`;

export function parseBenchArgs(argv: string[]): BenchArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      help: { type: 'boolean', short: 'h', default: false },
      json: { type: 'string' },
      only: { type: 'string' },
      fresh: { type: 'boolean', default: false },
      markdown: { type: 'boolean', default: false },
      measure: { type: 'string' },
    },
    strict: true,
  });
  const only = values.only ?? null;
  if (only !== null && only !== 'county' && only !== 'province' && only !== 'screen') {
    throw new Error(`--only takes county, province or screen, not ${only}`);
  }
  return {
    help: values.help,
    json: values.json ?? null,
    only,
    fresh: values.fresh,
    markdown: values.markdown,
    measure: values.measure ?? null,
  };
}
