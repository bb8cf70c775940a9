#!/usr/bin/env node
'use strict';
// The `xingping` command. The code lives in the built bundle (npm install builds it).
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const entry = join(__dirname, '..', 'out', 'main', 'cli.js');
if (!existsSync(entry)) {
  process.stderr.write(
    'xingping: not built yet, run `npm run build` first / 尚未构建,请先运行 npm run build\n',
  );
  process.exit(1);
}
require(entry);
