#!/usr/bin/env node
// The KLL JSON Schema adapter in JavaScript: ajv (draft 2019-09, formats on) with the rule IDs the
// generated schema carries in x-kll-rules (docs/conformance/rule-ids.en.md). It speaks the
// harness's command protocol (docs/conformance/protocol.en.md). It reads JSON and JSON Lines
// (record and package cases, .json and .jsonl files); YAML, Turtle and JSON-LD files are skipped.
//
//   npm ci --prefix examples/implementations/ajv
//   node examples/implementations/ajv/adapter.mjs [--schema path/to/kll.schema.json]
//
// The schema's patterns are ECMA-262 regular expressions, which ajv uses natively.

import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import Ajv2019 from "ajv/dist/2019.js";
import addFormats from "ajv-formats";

const here = fileURLToPath(new URL(".", import.meta.url));
const schemaFlag = process.argv.indexOf("--schema");
const schemaPath = schemaFlag > 0 ? process.argv[schemaFlag + 1] : `${here}../../../generated/jsonschema/kll.schema.json`;
const schema = JSON.parse(readFileSync(schemaPath, "utf8"));

// Strict mode stays on: x-kll-rules is registered as an annotation keyword (it validates nothing),
// so a misspelt keyword in the schema is still an error at compile time. verbose gives each error
// its parentSchema (the schema object holding the failing keyword) and its data.
const ajv = new Ajv2019({ allErrors: true, verbose: true, strict: true, strictTypes: false, strictRequired: false });
ajv.addKeyword({ keyword: "x-kll-rules", schemaType: "object" });
addFormats(ajv);

const pointerOf = (parts) => parts.map((p) => "/" + String(p).replaceAll("~", "~0").replaceAll("/", "~1")).join("");

// The schema object that holds a failing keyword (ajv's parentSchema, with verbose), compiled on
// its own to judge the values of a list one at a time; its $refs resolve in the schema's $defs.
const valueValidators = new WeakMap();
function valueValidator(holder) {
  if (!valueValidators.has(holder)) {
    valueValidators.set(holder, ajv.compile({ ...holder, $schema: schema.$schema, $defs: schema.$defs }));
  }
  return valueValidators.get(holder);
}

// The documented algorithm: one ajv error -> [rule ID, JSON Pointer] findings.
export function rulesOf(error, base = "") {
  const rules = error.parentSchema?.["x-kll-rules"] ?? {};
  const where = base + error.instancePath;
  if (error.keyword === "required") {
    const name = error.params.missingProperty;
    const rule = rules.required?.[name]; // null: no rule has a name for it
    return rule ? [[rule, where + pointerOf([name])]] : [];
  }
  if ((error.keyword === "type" || error.keyword === "enum") && Array.isArray(error.data) && rules.array) {
    // A list where one value is allowed: max-count, and each value is judged on its own against
    // the same schema object, as SHACL judges each value of the property.
    const found = [[rules.array, where]];
    const oneValue = valueValidator(error.parentSchema);
    for (const value of error.data) {
      if (!oneValue(value)) for (const inner of oneValue.errors) found.push(...rulesOf(inner).map(([rule]) => [rule, where]));
    }
    return found;
  }
  // No entry: another error, which has one, accompanies it; null: no rule has a name for it.
  if (rules[error.keyword] == null) return [];
  const found = [[rules[error.keyword], where]];
  if (error.keyword === "type" || error.keyword === "enum") {
    // A value of the wrong JSON type is read as its RDF form is: a literal whose text (a number's
    // or boolean's JSON text) must match the object's pattern (an object or a list matches none),
    // and that is within a range only if it is a number.
    const value = error.data;
    const text = typeof value === "number" || typeof value === "boolean" ? JSON.stringify(value) : value;
    if (rules.pattern && (typeof text !== "string" || !new RegExp(error.parentSchema.pattern, "u").test(text))) {
      found.push([rules.pattern, where]);
    }
    for (const keyword of ["minimum", "maximum"]) {
      if (rules[keyword] && typeof value !== "number") found.push([rules[keyword], where]);
    }
  }
  return found;
}

// A package's lists and the classes each accepts: the list's own class first, then the
// descendants (an anyOf) that a record may name with its type.
const containers = new Map();
for (const [key, listSchema] of Object.entries(schema.properties ?? {})) {
  const items = listSchema.items ?? {};
  const refs = items.$ref ? [items.$ref] : (items.anyOf ?? []).map((s) => s.$ref);
  if (refs.length && refs.every(Boolean)) containers.set(key, refs.map((r) => r.replace("#/$defs/", "")));
}

// The classes a record may name with its type: those a list accepts (not a value object).
const recordClasses = new Set([...containers.values()].flat());

const validators = new Map();
let rejected = false;
function validatorFor(className) {
  if (!validators.has(className)) {
    validators.set(className, ajv.compile({ $schema: schema.$schema, $defs: schema.$defs, $ref: `#/$defs/${className}` }));
  }
  return validators.get(className);
}

function recordFindings(record, className, base, found) {
  if (record === null || typeof record !== "object" || Array.isArray(record)) {
    found.push(["record.not-an-object", base]);
    return;
  }
  const validate = validatorFor(className);
  if (!validate(record)) rejected = true; // the verdict is the schema's, named rules or not
  if (validate.errors) for (const error of validate.errors) found.push(...rulesOf(error, base));
}

// The findings of a document, its records split out as the reference validator does.
function documentFindings(document, className) {
  const found = [];
  if (className) {
    if (Array.isArray(document)) document.forEach((r, i) => recordFindings(r, className, `/${i}`, found));
    else recordFindings(document, className, "", found);
    return found;
  }
  const isObject = document !== null && typeof document === "object" && !Array.isArray(document);
  if (isObject && "type" in document && !Object.keys(document).some((k) => containers.has(k))) {
    const declared = document.type;
    if (typeof declared !== "string" || !recordClasses.has(declared)) return [["record.class-unknown", "/type"]];
    recordFindings(document, declared, "", found);
    return found;
  }
  if (document === null || (Array.isArray(document) && !document.length) || (isObject && !Object.keys(document).length)) return found;
  if (!isObject) return [["record.class-unknown", ""]];
  for (const [key, value] of Object.entries(document)) {
    const where = pointerOf([key]);
    if (key === "conforms_to_model_version") {
      if (value !== schema.version) found.push(["package.model-version", where]);
    } else if (!containers.has(key)) found.push(["package.unknown-key", where]);
    else if (!Array.isArray(value)) found.push(["package.not-a-list", where]);
    else {
      const accepted = containers.get(key);
      value.forEach((record, position) => {
        const declared = record !== null && typeof record === "object" ? record.type : undefined;
        let recordClass = accepted[0];
        if (declared !== undefined && accepted.includes(declared)) recordClass = declared;
        else if (declared !== undefined) found.push(["record.type-unknown", `${where}/${position}/type`]);
        recordFindings(record, recordClass, `${where}/${position}`, found);
      });
    }
  }
  return found;
}

function run(testCase) {
  let found;
  rejected = false;
  if (testCase.kind === "record" || testCase.kind === "package") {
    found = documentFindings(testCase.data, testCase.kind === "record" ? testCase.class : null);
  } else if (testCase.format === "json") {
    found = documentFindings(JSON.parse(readFileSync(testCase.data, "utf8")), null);
  } else if (testCase.format === "jsonl") {
    found = [];
    readFileSync(testCase.data, "utf8").split("\n").forEach((line, i) => {
      if (line.trim()) for (const [rule, where] of documentFindings(JSON.parse(line), null)) found.push([rule, `line ${i + 1}${where}`]);
    });
  } else {
    return { skipped: `cannot read ${testCase.format ?? "a file whose extension names no format"}` };
  }
  const unique = [...new Map(found.map(([rule, where]) => [`${rule}\u0000${where}`, [rule, where]])).values()].sort();
  // The schema has no "recommended": its one warning is a package's other model version.
  const findings = unique.map(([rule, where]) => ({ rule, severity: rule === "package.model-version" ? "warning" : "violation", pointer: where }));
  return { verdict: rejected || findings.some((f) => f.severity === "violation") ? "not-conformant" : "conformant", findings };
}

const ajvVersion = JSON.parse(readFileSync(`${here}node_modules/ajv/package.json`, "utf8")).version;
const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  if (!line.trim()) continue;
  const request = JSON.parse(line);
  let reply;
  if (request.cmd === "start") {
    reply = { ready: true, version: 1, implementation: { name: "JSON Schema adapter (ajv)", version: `${schema.version ?? "unknown"}+ajv-${ajvVersion}` }, capabilities: { formats: ["json", "jsonl"] } };
  } else if (request.cmd === "run") {
    try {
      reply = { seq: request.seq, ...run(request.case) };
    } catch (error) {
      // Input it cannot even read is not conformant input; input.syntax is the reference's rule for it.
      reply = { seq: request.seq, verdict: "not-conformant", findings: [{ rule: "input.syntax", severity: "violation", message: error.name }] };
    }
  } else if (request.cmd === "stop") {
    break;
  } else continue;
  process.stdout.write(JSON.stringify(reply) + "\n");
}
