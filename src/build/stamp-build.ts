/**
 * The last step of `npm run build` (after tsc has compiled src/ and commands/ to dist/): stamp
 * the code version of the sources it was built from (snapshot/code-version.ts reads it at run
 * time) and write dist/main.js, the entry `npm start` and the Docker image run.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ANALYSIS_SOURCES, codeVersion, FULL_SOURCES, STAMP_URL, stampKey } from '../snapshot/code-version.ts';
import { COMPILED } from '../runtime.ts';

if (!COMPILED) throw new Error('stamp-build runs from dist/ after tsc (npm run build)');
const stamp: Record<string, string> = {};
for (const sources of [ANALYSIS_SOURCES, FULL_SOURCES]) {
  const v = codeVersion(sources);
  if (!v) throw new Error(`cannot hash ${sources.join(', ')}: are the sources beside dist/?`);
  stamp[stampKey(sources)] = v;
}
writeFileSync(STAMP_URL, JSON.stringify(stamp, null, 2) + '\n');
writeFileSync(
  new URL('../../main.js', import.meta.url),
  "// the compiled bot's entry point (npm start): see src/main.ts\nimport './src/main.js';\n",
);
process.stdout.write(
  `built dist/ (code version ${stamp[stampKey(FULL_SOURCES)]}) from ${fileURLToPath(new URL('../../..', import.meta.url))}\n`,
);
