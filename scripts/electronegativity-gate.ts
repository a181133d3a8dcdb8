/**
 * Security gate: runs Electronegativity over the built main, preload and renderer code,
 * writes SARIF, and fails on any HIGH or MEDIUM finding that the reviewed allow-list
 * (scripts/electronegativity-allow.json) does not name with a reason. The tool's own exit
 * code is always 0, so the SARIF is what decides.
 */
import { readFileSync, rmSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

interface SarifResult {
  ruleId: string;
  message: { text: string };
  locations?: { physicalLocation?: { artifactLocation?: { uri?: string }; region?: { startLine?: number } } }[];
}
/** An accepted finding: the check, the built file, and a piece of the flagged code, so a new occurrence is not covered. */
interface AllowEntry {
  check: string;
  file: string;
  sample: string;
  reason: string;
}

const root = resolve(import.meta.dirname, '..');
const input = resolve(process.argv[2] ?? resolve(root, 'out'));
const output = resolve(input, 'electronegativity.sarif');
const electronVersion = (JSON.parse(readFileSync(resolve(root, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;

// Offline, the tool's translation download fails and its HTTP client then throws from a
// timer (a known p-cancelable bug). That failure is harmless to the scan, so it alone is ignored.
process.on('uncaughtException', (error) => {
  if (/p-cancelable|[\\/]got[\\/]/.test(String(error.stack))) return;
  throw error;
});

const require = createRequire(import.meta.url);
interface Issue {
  id: string;
  file: string;
  sample: string;
  severity: { name: string };
  location: { line: number };
}
const run = require('@doyensec/electronegativity') as (options: object) => Promise<{ issues: Issue[] }>;
rmSync(output, { force: true });
const { issues } = await run({
  input,
  output,
  isSarif: true,
  isRelative: true,
  isVerbose: false,
  // This check downloads Electron's release list; the version is pinned by package-lock instead.
  excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
  electronVersionOverride: electronVersion,
  parserPlugins: [],
});

/** The tool writes its SARIF file asynchronously after the run resolves; wait for it whole. */
async function readSarif(): Promise<{ runs: { results: SarifResult[] }[] }> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return JSON.parse(readFileSync(output, 'utf8')) as { runs: { results: SarifResult[] }[] };
    } catch (error) {
      if (attempt >= 50) throw error;
      await sleep(100);
    }
  }
}
const sarif = await readSarif();
const allow = (JSON.parse(readFileSync(resolve(root, 'scripts/electronegativity-allow.json'), 'utf8')) as { allowed: AllowEntry[] }).allowed;
// SARIF keeps only warning/note levels; each finding's severity and code sample come from the same run's issues.
const issueOf = (check: string, file: string, line: number | undefined) =>
  issues.find((i) => i.id === check && i.file === file && (line === undefined || i.location.line === line));

const blocking = sarif.runs
  .flatMap((run) => run.results)
  .map((result) => {
    const location = result.locations?.[0]?.physicalLocation;
    const file = location?.artifactLocation?.uri ?? '';
    const issue = issueOf(result.ruleId, file, location?.region?.startLine);
    // An issue the scanner did not describe counts as severe: the gate fails closed.
    return { check: result.ruleId, file, severity: issue?.severity.name ?? 'UNKNOWN', sample: issue?.sample ?? '', message: result.message.text };
  })
  .filter((finding) => finding.severity !== 'LOW' && finding.severity !== 'INFORMATIONAL')
  .filter(
    (finding) =>
      !allow.some((entry) => entry.check === finding.check && finding.file === entry.file && finding.sample.includes(entry.sample)),
  );

const total = sarif.runs.reduce((sum, run) => sum + run.results.length, 0);
console.log(`electronegativity: ${total} findings in ${output}, ${blocking.length} blocking`);
for (const finding of blocking) console.log(`  ${finding.severity} ${finding.check} ${finding.file}: ${finding.message}`);
process.exit(blocking.length > 0 ? 1 : 0);
