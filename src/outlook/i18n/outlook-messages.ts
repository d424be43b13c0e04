// The shape every language of the task pane must have: the keys of nb.ts, with the same parameters.
import type { nb } from './nb';

type Widen<T> = T extends (...args: infer A) => string ? (...args: A) => string : string;
export type OutlookMessages = { readonly [K in keyof typeof nb]: Widen<(typeof nb)[K]> };
