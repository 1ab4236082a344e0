/**
 * A RankedSearch that a start from the snapshot reads when it is first searched, not at
 * start-up (most answers never need it), and that builds itself again from the knowledge base
 * when the saved form cannot be read.
 */
import type { Options } from 'minisearch';
import { log } from '../log.ts';
import { RankedSearch, type PackedJSON } from './ranked-search.ts';

/** An index's saved form, or a function reading it (from the snapshot) when asked. */
export type SavedIndex = PackedJSON | (() => PackedJSON);

export class LazySearch<T> {
  private index_: RankedSearch<T> | null = null;
  private saved: (() => PackedJSON) | null;

  /** `what` names the index in the warning; `build` makes it from the knowledge base. */
  constructor(
    private readonly what: string,
    private readonly options: Options<T>,
    private readonly build: () => RankedSearch<T>,
    saved?: SavedIndex,
  ) {
    this.saved = saved === undefined ? null : typeof saved === 'function' ? saved : () => saved;
    if (!this.saved) this.index_ = build();
  }

  /** whether the index is in memory (a saved one is loaded on first use) */
  get loaded(): boolean {
    return this.index_ !== null;
  }

  get index(): RankedSearch<T> {
    if (this.index_) return this.index_;
    try {
      this.index_ = RankedSearch.unpack(this.saved!(), this.options);
    } catch (e) {
      log(
        'warn',
        `the saved ${this.what} cannot be loaded (${e instanceof Error ? e.message : String(e)}); building it again`,
      );
      this.index_ = this.build();
    }
    this.saved = null;
    return this.index_;
  }

  toJSON(): PackedJSON {
    // a saved form not yet loaded is what loading and packing it again would give
    if (!this.index_ && this.saved) {
      try {
        return this.saved();
      } catch {
        // unreadable: built below, as a search would
      }
    }
    return this.index.pack();
  }
}
