/** The one line that says where start-up time went. */
import type { StartupReport } from '../pipeline/load-knowledge-base.ts';

const sec = (ms: number): string =>
  ms >= 10_000 ? `${(ms / 1000).toFixed(0)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms} ms`;

export function startupSummary(r: StartupReport): string {
  const m = r.ms;
  const analysed = r.analysed
    ? `${r.analysed} analysed in ${sec(m.analysis)}${r.workers ? ` by ${r.workers} workers` : ''} (${(r.analysedChars / 1e6 / Math.max(m.analysis / 1000, 0.001)).toFixed(2)} MB/s)`
    : 'none analysed';
  const snapshot = r.cache ? `${r.fromSnapshot} from the snapshot, ` : 'no cache, ';
  return `(read ${sec(m.read)}; ${snapshot}${analysed}; documents ${sec(m.documents)}, knowledge base ${sec(m.knowledgeBase)}${r.corpusFromSnapshot ? ' with its indexes from the snapshot' : `, indexes ${sec(m.indexes)}`}${m.save > 50 ? `, saving ${sec(m.save)}` : ''})`;
}
