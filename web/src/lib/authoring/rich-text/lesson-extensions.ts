import { Extension, getSchema, type AnyExtension } from '@tiptap/core';
import Image from '@tiptap/extension-image';
import StarterKit from '@tiptap/starter-kit';
import { Callout, type CalloutOptions } from './callout.ts';

/**
 * Whether a list is tight (no blank lines between items): markdown-it draws a loose list's items as paragraphs,
 * so the flag is kept to write the list back as it was found.
 */
const ListTightness = Extension.create({
  name: 'listTightness',
  addGlobalAttributes() {
    return [
      {
        types: ['bulletList', 'orderedList'],
        attributes: {
          tight: {
            default: true,
            parseHTML: (element) => element.getAttribute('data-tight') !== 'false',
            renderHTML: (attributes: { tight?: unknown }) => (attributes.tight === false ? { 'data-tight': 'false' } : {}),
          },
        },
      },
    ];
  },
});

/**
 * What a lesson body can hold: exactly what course Markdown holds (courses/README.md), so whatever is typed or
 * pasted can be written back as Markdown. Underline has no Markdown and is left out; images sit in paragraphs,
 * as `![alt](src)` does.
 */
export function lessonExtensions(calloutLabels: CalloutOptions['labels'] = {}): AnyExtension[] {
  return [
    StarterKit.configure({
      underline: false,
      link: { openOnClick: false, autolink: false, enableClickSelection: true, HTMLAttributes: { target: null, rel: null } },
    }),
    Image.configure({ inline: true, allowBase64: false }),
    Callout.configure({ labels: calloutLabels }),
    ListTightness,
  ];
}

/** The editor's schema, without an editor: what the Markdown reader and writer build on. */
export const lessonSchema = () => getSchema(lessonExtensions());
