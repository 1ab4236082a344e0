/** A View as plain text for the console and the CLI. */
import type { View } from './model.ts';

function indent(s: string, pad: string): string {
  return s
    .split('\n')
    .map((l) => pad + l)
    .join('\n');
}

export function renderText(view: View): string {
  const out: string[] = [];
  const head = view.kind === 'error' ? `! ${view.title}` : view.title;
  out.push(head, '='.repeat(Math.min(72, Math.max(8, head.length))));
  if (view.description) out.push(view.description, '');
  view.items.forEach((item, i) => {
    out.push(`${view.items.length > 1 && !item.lines ? `${i + 1}. ` : ''}${item.title}`);
    if (item.text) out.push(indent(item.text, '   '));
    for (const l of item.lines ?? []) {
      const links = l.links
        .map((k) => (k.url ? `${k.label} <${k.url}>` : k.label) + (k.via ? ` (via ${k.via})` : ''))
        .join('; ');
      out.push(indent(`• ${l.text}${links ? ` — ${links}` : ''}`, '   '));
    }
    for (const f of item.fields ?? []) out.push(indent(`${f.name}: ${f.value}`, '   '));
    if (item.url) out.push(`   ${item.url}`);
    out.push('');
  });
  const foot = [
    view.page && view.page.count > 1 ? `page ${view.page.index} of ${view.page.count}` : '',
    view.footer ?? '',
  ]
    .filter(Boolean)
    .join(' · ');
  if (foot) out.push(foot);
  while (out.length && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}
