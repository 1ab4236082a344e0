/** Assembly jobs in a helper thread give what they give in this thread, and are never lost. */
import { describe, expect, it } from 'vitest';
import { clusterQuotes, type ClusterInput } from '../../src/analysis/quotes/cluster.ts';
import { AssemblyHelpers } from '../../src/workers/assembly-helpers.ts';
import { packEventIndex } from '../../src/search/event-index.ts';
import { packSpeechIndex } from '../../src/search/speech-index.ts';

// invented quotes: one reported by two outlets (once with a typo), one only by one
const quotes: ClusterInput[] = [
  { id: 'a:q1', documentId: 'a', text: 'We will rebuild the harbour wall before the winter storms arrive' },
  { id: 'b:q1', documentId: 'b', text: 'we will rebuild the harbour wall before the wintr storms arrive' },
  { id: 'b:q2', documentId: 'b', text: 'The ferry timetable is a matter for the council alone' },
  { id: 'c:q1', documentId: 'c', text: 'Nobody asked the fishermen what they thought of it' },
];
// invented reported statements, as the statement index holds them
const statements = [
  { id: 'a:s1', text: 'the harbour wall would be rebuilt by spring', speaker: 'Dana Ross Mayor', outlet: 'Coast Wire' },
  { id: 'b:s1', text: 'the ferries had run late all winter', speaker: 'a port official', outlet: 'Harbour Blog' },
];
const events = [
  { id: 'a:e1', text: 'The harbour wall was rebuilt in 2019 2019', people: 'dana ross' },
  { id: 'b:e1', text: 'Ferries stopped in March 2020 March 2020', people: '' },
];

describe('AssemblyHelpers', () => {
  it('clusters quotes and packs the event and statement indexes in a thread, as this thread would', async () => {
    const helpers = new AssemblyHelpers(1);
    try {
      const [clusters, packed, packedStatements] = await Promise.all([
        helpers.run('quoteClusters', quotes),
        helpers.run('eventIndex', events),
        helpers.run('statementIndex', statements),
      ]);
      expect(clusters).toEqual([...clusterQuotes(quotes)]);
      expect(new Map(clusters).get('b:q1')).toBe('c-a:q1');
      expect(packed).toEqual(packEventIndex(events));
      expect(packedStatements).toEqual(packSpeechIndex(statements));
      expect(packedStatements.documentIds).toEqual(['a:s1', 'b:s1']);
      expect(helpers.doneInThreads).toBe(3);
    } finally {
      helpers.close();
    }
  });

  it('does a job here when its thread is stopped before answering, or when there is none', async () => {
    const helpers = new AssemblyHelpers(1);
    const pending = helpers.run('quoteClusters', quotes);
    helpers.close();
    expect(await pending).toEqual([...clusterQuotes(quotes)]);
    // after close, and with no thread at all
    expect(await helpers.run('quoteClusters', quotes)).toEqual([...clusterQuotes(quotes)]);
    expect(await new AssemblyHelpers(0).run('eventIndex', events)).toEqual(packEventIndex(events));
    expect(helpers.doneInThreads).toBe(0);
  });
});
