// Validates SARIF logs against a JSON schema with Ajv (draft 2020-12, formats enforced); prints one JSON line per log.
// Usage: node sarif_schema.cjs TOOLS_DIR SCHEMA LOG...   (TOOLS_DIR holds node_modules with ajv and ajv-formats)
"use strict";
const fs = require("fs");
const path = require("path");
const [toolsDir, schemaPath, ...logs] = process.argv.slice(2);
const modules = path.join(path.resolve(toolsDir), "node_modules");
const Ajv2020 = require(path.join(modules, "ajv", "dist", "2020")).default;
const addFormats = require(path.join(modules, "ajv-formats")).default;

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaPath, "utf8")));
for (const log of logs) {
  const ok = validate(JSON.parse(fs.readFileSync(log, "utf8")));
  const errors = ok ? [] : validate.errors.map(e => `${e.instancePath || "/"}: ${e.message}`);
  console.log(JSON.stringify({ log, errors }));
}
