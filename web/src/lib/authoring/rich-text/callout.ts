import { Node } from '@tiptap/core';
import { CALLOUT_KINDS, type CalloutKind } from './callout-kinds.ts';

const isCalloutKind = (value: unknown): value is CalloutKind => CALLOUT_KINDS.includes(value as CalloutKind);

/**
 * A `::: kind` block: any blocks inside an aside, drawn as the learner's lesson page draws it
 * (`<aside class="callout callout-tip" data-callout="tip">`, api/src/course/markdown.ts).
 */
export interface CalloutOptions {
  /** What each kind is called in the trainer's language, shown at the top of the callout in the editor. */
  labels: Partial<Record<CalloutKind, string>>;
}

export const Callout = Node.create<CalloutOptions>({
  name: 'callout',
  group: 'block',
  content: 'block+',
  defining: true,

  addOptions() {
    return { labels: {} };
  },

  addAttributes() {
    return {
      kind: {
        default: 'note' satisfies CalloutKind,
        parseHTML: (element) => {
          const kind = element.getAttribute('data-callout');
          return isCalloutKind(kind) ? kind : 'note';
        },
        renderHTML: (attributes: { kind?: unknown }) => {
          const kind = isCalloutKind(attributes.kind) ? attributes.kind : 'note';
          return { 'data-callout': kind, 'data-label': this.options.labels[kind] ?? kind, class: `callout callout-${kind}` };
        },
      },
    };
  },

  parseHTML() {
    return [{ tag: 'aside[data-callout]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['aside', HTMLAttributes, 0];
  },
});
