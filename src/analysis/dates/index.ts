/** Temporal expressions and dated events (pure functions, no I/O). */
export { findTemporalExpressions, type TemporalExpression } from './expressions.ts';
export { extractEvents, type DatedEvent } from './events.ts';
export { clusterEvents } from './cluster.ts';
