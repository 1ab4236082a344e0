/** YAML front-matter at the top of a corpus file (see the corpus contract). */
import { parse } from 'yaml';
import { validateLayer, type ValidatedLayer } from './metadata-fields.ts';

export interface FrontMatter extends ValidatedLayer {
  /** offset of the text after the front-matter block (0 when there is none) */
  bodyOffset: number;
  present: boolean;
}

const OPEN = /^---[ \t]*\r?\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/m;

export function readFrontMatter(text: string): FrontMatter {
  const none: FrontMatter = { layer: {}, id: null, problems: [], bodyOffset: 0, present: false };
  const open = OPEN.exec(text);
  if (!open) return none;
  const rest = text.slice(open[0].length);
  const close = CLOSE.exec(rest);
  if (!close) return { ...none, problems: ['front-matter: the opening "---" has no closing "---"; the whole file is read as article text'] };
  const yamlText = rest.slice(0, close.index);
  let bodyOffset = open[0].length + close.index + close[0].length;
  if (text[bodyOffset] === '\r') bodyOffset++;
  if (text[bodyOffset] === '\n') bodyOffset++;
  let data: unknown;
  try {
    data = parse(yamlText);
  } catch (e) {
    const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
    return { ...none, bodyOffset, present: true, problems: [`front-matter is not valid YAML (${msg}); its fields are ignored`] };
  }
  const v = validateLayer(data, 'front-matter');
  return { ...v, bodyOffset, present: true };
}
