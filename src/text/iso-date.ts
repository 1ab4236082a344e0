/** ISO dates of varying precision (YYYY, YYYY-MM, YYYY-MM-DD) as ranges, and dates users type. */
import { chrono } from './chrono.ts';
import type { IsoDate } from '../analysis/types.ts';

/** The first and last day an ISO date of any precision can mean. */
export function isoRange(d: IsoDate): [string, string] {
  const [y, m, day] = d.split('-');
  if (day) return [d, d];
  if (m) {
    const last = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
    return [`${y}-${m}-01`, `${y}-${m}-${String(last).padStart(2, '0')}`];
  }
  return [`${y}-01-01`, `${y}-12-31`];
}

/** Does the date (of any precision) overlap [from, to]? Unknown dates never match a date filter. */
export function overlaps(d: IsoDate | null, from?: IsoDate, to?: IsoDate): boolean {
  if (!from && !to) return true;
  if (!d) return false;
  const [a, b] = isoRange(d);
  if (from && b < isoRange(from)[0]) return false;
  if (to && a > isoRange(to)[1]) return false;
  return true;
}

const ISO_RE = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/;

/**
 * A date a user typed: "2020", "2020-07", "2020-07-08", or words chrono understands
 * ("July 2020", "8 July 2020"). Precision is kept: "July 2020" is 2020-07.
 */
export function parseUserDate(s: string, reference = new Date()): IsoDate | null {
  const t = s.trim();
  const m = ISO_RE.exec(t);
  if (m) {
    const [, y, mo, d] = m;
    if (mo && (Number(mo) < 1 || Number(mo) > 12)) return null;
    if (d && (Number(d) < 1 || Number(d) > 31)) return null;
    return [y, mo?.padStart(2, '0'), d?.padStart(2, '0')].filter(Boolean).join('-');
  }
  const r = chrono().parse(t, reference)[0];
  if (!r || r.text.length < t.length * 0.6) return null;
  const c = r.start;
  const y = c.get('year');
  if (!y) return null;
  const month = c.isCertain('month') ? c.get('month') : null;
  const day = c.isCertain('day') ? c.get('day') : null;
  return [String(y), month ? String(month).padStart(2, '0') : null, month && day ? String(day).padStart(2, '0') : null]
    .filter(Boolean)
    .join('-');
}

/** Human form of an ISO date: "8 Jul 2020", "Jul 2020", "2020". */
export function formatIsoDate(d: IsoDate | null): string {
  if (!d) return 'date unknown';
  const [y, m, day] = d.split('-');
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const mon = m ? months[Number(m) - 1] : undefined;
  if (day && mon) return `${Number(day)} ${mon} ${y}`;
  if (mon) return `${mon} ${y}`;
  return y ?? d;
}
