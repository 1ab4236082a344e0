/**
 * A View as a Discord message: embeds within every limit, markdown escaped, no mentions.
 * Every reply the bot sends goes through `toDiscordMessage`.
 */
import { escapeMarkdown, MessageFlags, type APIEmbed, type APIEmbedField } from 'discord.js';
import { clip, LIMITS } from './discord-limits.ts';
import type { View } from './model.ts';

const COLORS = { result: 0x2f6feb, info: 0x6e7681, error: 0xd1242f } as const;

export interface DiscordMessage {
  embeds: APIEmbed[];
  allowedMentions: { parse: [] };
  flags?: MessageFlags.Ephemeral;
}

/**
 * The one escape for Discord: corpus text and user input are shown as written, never as
 * markdown, a masked link or a mention. Applied by `toDiscordMessage` to every title, field,
 * description and link label it writes (the console shows text as is: it renders no markdown).
 * A backslash is escaped first so a typed `\` cannot undo the escapes that follow; square
 * brackets are escaped so `[x](http://evil.example)` never becomes a live masked link.
 */
export function safe(s: string): string {
  return escapeMarkdown(s.replace(/\\/g, '\\\\'))
    .replace(/[[\]]/g, '\\$&')
    .replace(/@(everyone|here)/g, '@\u200b$1')
    .replace(/<(@[!&]?|#)(\d+)>/g, '<$1\u200b$2>');
}

function embedSize(e: APIEmbed): number {
  return (
    (e.title?.length ?? 0) +
    (e.description?.length ?? 0) +
    (e.footer?.text.length ?? 0) +
    (e.author?.name.length ?? 0) +
    (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

/** Join lines, dropping whole lines from the end (never cutting a link in half) to fit. */
function clipLines(parts: readonly string[], max: number): string {
  let out = '';
  for (const p of parts) {
    const next = out ? `${out}\n${p}` : p;
    if (next.length > max) return out ? `${out}\n…` : clip(p, max);
    out = next;
  }
  return out;
}

const isHttp = (u: string | null | undefined): u is string => !!u && /^https?:\/\/\S+$/i.test(u) && u.length <= 2048;

export function toDiscordMessage(view: View, ephemeral = view.ephemeral ?? false): DiscordMessage {
  const head: APIEmbed = {
    title: clip(safe(view.title), LIMITS.embedTitle),
    color: COLORS[view.kind],
  };
  if (view.description) head.description = clip(safe(view.description), LIMITS.embedDescription);
  const foot = [
    view.page && view.page.count > 1 ? `Page ${view.page.index} of ${view.page.count}` : '',
    view.footer ?? '',
  ]
    .filter(Boolean)
    .join(' · ');
  const embeds: APIEmbed[] = [head];
  for (const item of view.items) {
    if (embeds.length >= LIMITS.embeds) break;
    const e: APIEmbed = { title: clip(safe(item.title), LIMITS.embedTitle), color: COLORS[view.kind] };
    if (isHttp(item.url)) e.url = item.url;
    const parts: string[] = [];
    if (item.text) parts.push(safe(item.text));
    for (const l of item.lines ?? []) {
      const links = l.links
        .map(
          (k) =>
            (isHttp(k.url)
              ? `[${safe(k.label.replace(/[[\]]/g, ''))}](${k.url.replace(/\)/g, '%29')})`
              : safe(k.label)) + (k.via ? ` (via ${safe(k.via)})` : ''),
        )
        .join(', ');
      parts.push(`• ${safe(l.text)}${links ? ` — ${links}` : ''}`);
    }
    if (parts.length) e.description = clipLines(parts, LIMITS.embedDescription);
    const fields: APIEmbedField[] = (item.fields ?? []).slice(0, LIMITS.fields).map((f) => ({
      name: clip(safe(f.name), LIMITS.fieldName),
      value: clip(safe(f.value), LIMITS.fieldValue) || '\u200b',
      inline: f.inline ?? false,
    }));
    if (fields.length) e.fields = fields;
    embeds.push(e);
  }
  if (foot) (embeds[embeds.length - 1] as APIEmbed).footer = { text: clip(foot, LIMITS.footer) };
  // 6000 characters across all embeds: drop whole items from the end, then clip what is left
  while (embeds.length > 1 && embeds.reduce((n, e) => n + embedSize(e), 0) > LIMITS.embedTotal) {
    embeds.pop();
    const last = embeds[embeds.length - 1]!;
    last.footer = { text: clip(`${foot ? foot + ' · ' : ''}more results were cut to fit Discord`, LIMITS.footer) };
  }
  const only = embeds[0]!;
  if (embedSize(only) > LIMITS.embedTotal && only.description)
    only.description = clip(
      only.description,
      Math.max(100, LIMITS.embedTotal - embedSize({ ...only, description: '' })),
    );
  const msg: DiscordMessage = { embeds, allowedMentions: { parse: [] } };
  if (ephemeral || view.kind === 'error') msg.flags = MessageFlags.Ephemeral;
  return msg;
}
