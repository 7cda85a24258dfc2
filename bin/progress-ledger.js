#!/usr/bin/env node
"use strict";
const path = require("node:path");
const fs = require("node:fs");
const entry = path.join(__dirname, "..", "dist-cli", "src", "cli", "main.js");
if (!fs.existsSync(entry)) {
  process.stderr.write("命令行工具尚未编译：请先运行 npm ci（或 npm run build:cli）。\nThe command line is not compiled yet: run npm ci (or npm run build:cli) first.\n");
  process.exit(2);
}
require(entry)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
