/**
 * The parts of assembling and indexing a knowledge base that need nothing but their own input,
 * so that another thread can do them while the main thread merges people (assembly-helpers.ts).
 * Inputs and results are plain data: they cross threads by structured clone.
 */
import { clusterQuotes, type ClusterInput } from '../analysis/quotes/cluster.ts';
import { packEventIndex, type IndexedEvent } from '../search/event-index.ts';
import type { PackedJSON } from '../search/ranked-search.ts';
import { packSpeechIndex, type IndexedSpeech } from '../search/speech-index.ts';

export interface AssemblyJobs {
  /** clusterQuotes, as [quote id, cluster id] pairs */
  quoteClusters: { input: ClusterInput[]; result: [string, string][] };
  /** the event index, packed */
  eventIndex: { input: IndexedEvent[]; result: PackedJSON };
  /** the statement index, packed */
  statementIndex: { input: IndexedSpeech[]; result: PackedJSON };
}

export type JobKind = keyof AssemblyJobs;

export function runAssemblyJob<K extends JobKind>(kind: K, input: AssemblyJobs[K]['input']): AssemblyJobs[K]['result'] {
  const run: { [J in JobKind]: (input: AssemblyJobs[J]['input']) => AssemblyJobs[J]['result'] } = {
    quoteClusters: (quotes) => [...clusterQuotes(quotes)],
    eventIndex: packEventIndex,
    statementIndex: packSpeechIndex,
  };
  return run[kind](input);
}
