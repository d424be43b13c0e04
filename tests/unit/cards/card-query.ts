// Small look-ups in a card's JSON, so a test can ask "is there an input labelled X" the way a person would.
type Node = Record<string, unknown>;

/** Every object in the card (elements, actions, facts, choices), depth first. */
export function nodes(value: unknown): Node[] {
  if (Array.isArray(value)) return value.flatMap(nodes);
  if (value === null || typeof value !== 'object') return [];
  const node = value as Node;
  return [node, ...Object.values(node).flatMap(nodes)];
}

export function ofType(card: unknown, type: string): Node[] {
  return nodes(card).filter((n) => n.type === type);
}

/** Every text a person can read: text blocks, labels, fact titles and values, button titles. */
export function visibleTexts(card: unknown): string[] {
  return nodes(card).flatMap((n) =>
    ['text', 'label', 'title', 'value'].map((k) => n[k]).filter((v): v is string => typeof v === 'string'),
  );
}

export function hasText(card: unknown, part: string): boolean {
  return visibleTexts(card).some((text) => text.includes(part));
}
