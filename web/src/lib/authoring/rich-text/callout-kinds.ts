/** The callouts course files hold (`::: note` … `:::`), in the order the toolbar offers them. */
export const CALLOUT_KINDS = ['note', 'tip', 'warning'] as const;
export type CalloutKind = (typeof CALLOUT_KINDS)[number];
