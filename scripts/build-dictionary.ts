/**
 * Builds the offline CC-CEDICT dictionary now rather than on the first lookup:
 *   node scripts/build-dictionary.ts [PATH]
 * PATH defaults to the app's own file in the user data folder. The data comes from the installed
 * cc-cedict package, so this needs no network. CC-CEDICT is licensed CC BY-SA 4.0 (see README).
 */
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildDictionary, cedictPackageDir, cedictVersion, DICTIONARY_FILE } from '../service/dictionary.ts';
import { userDataDir } from '../service/data-path.ts';

const path = resolve(process.argv[2] ?? join(userDataDir(), DICTIONARY_FILE));
const packageDir = cedictPackageDir();
const started = performance.now();
const words = buildDictionary(path, packageDir);
const seconds = (performance.now() - started) / 1000;
const megabytes = statSync(path).size / 1024 / 1024;
console.log(`Built ${path}: ${words} words of CC-CEDICT ${cedictVersion(packageDir)}, ${megabytes.toFixed(1)} MB, in ${seconds.toFixed(1)} s`);
