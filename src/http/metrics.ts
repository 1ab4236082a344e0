/**
 * Prometheus metrics of the HTTP endpoint (GET /metrics): interactions by command and outcome, a
 * latency histogram, the knowledge base's size and how long it took to load. Its own registry,
 * so that two servers in one process (tests) do not share counts.
 */
import { Counter, Gauge, Histogram, Registry } from 'prom-client';

export class EndpointMetrics {
  readonly registry = new Registry();
  private readonly interactions = new Counter({
    name: 'sourcebot_interactions_total',
    help: 'Interactions answered, by command and outcome',
    labelNames: ['command', 'outcome'] as const,
    registers: [this.registry],
  });
  private readonly latency = new Histogram({
    name: 'sourcebot_interaction_seconds',
    help: 'Time from a verified request to its HTTP response',
    labelNames: ['command'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });
  private readonly size = new Gauge({
    name: 'sourcebot_knowledge_base_records',
    help: 'Records in the loaded knowledge base, by kind',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });
  private readonly load = new Gauge({
    name: 'sourcebot_load_seconds',
    help: 'How long loading the knowledge base took at start-up',
    registers: [this.registry],
  });

  interaction(command: string, outcome: string, seconds: number): void {
    this.interactions.inc({ command, outcome });
    this.latency.observe({ command }, seconds);
  }

  loaded(counts: Record<string, number>, seconds: number): void {
    for (const [kind, n] of Object.entries(counts)) this.size.set({ kind }, n);
    this.load.set(seconds);
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }
}
