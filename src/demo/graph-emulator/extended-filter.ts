// The one extended-property $filter the product sends, on events and on messages alike (the adapters'
// findFilter in src/adapters/graph/extended-property.ts): the items whose property `id` holds `value`.
const ANY_FILTER =
  /^singleValueExtendedProperties\/Any\(ep: ep\/id eq '((?:[^']|'')*)' and ep\/value eq '((?:[^']|'')*)'\)$/;
/** an OData string literal's content, a doubled quote read as one */
export const unquote = (s: string) => s.replace(/''/g, "'");

/** the property id and value of the filter, or null for any other $filter (the emulator answers 400) */
export function parseExtendedFilter(filter: string): { id: string; value: string } | null {
  const match = ANY_FILTER.exec(filter);
  if (match?.[1] === undefined || match[2] === undefined) return null;
  return { id: unquote(match[1]), value: unquote(match[2]) };
}
