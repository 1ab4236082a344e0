/**
 * Structured logs on stderr (stdout belongs to command output and the JSON export).
 * One JSON object a line when LOG_FORMAT=json, else a readable line. Level from LOG_LEVEL.
 */
export type Level = 'debug' | 'info' | 'warn' | 'error' | 'silent';
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

function threshold(): number {
  const l = (process.env.LOG_LEVEL ?? 'info').toLowerCase() as Level;
  return ORDER[l] ?? ORDER.info;
}

export function log(level: Exclude<Level, 'silent'>, msg: string, fields: Record<string, unknown> = {}): void {
  if (ORDER[level] < threshold()) return;
  if (process.env.LOG_FORMAT === 'json') {
    process.stderr.write(JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields }) + '\n');
    return;
  }
  const extra = Object.entries(fields)
    .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join(' ');
  process.stderr.write(`${level === 'info' ? '' : level + ': '}${msg}${extra ? ' ' + extra : ''}\n`);
}
