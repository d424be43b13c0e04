// Samtale's own single-value extended properties on Outlook items (events and messages): a string we put on
// an item when creating it, so we can find that item again by the value alone, whatever its id became.
// Graph's filter compares the value case-insensitively (Microsoft's "Get singleValueLegacyExtendedProperty"),
// so two values must not differ by case alone; ours are ids and hashes, which would have to collide as well.

/** a GUID of our own that names Samtale's property set; never change it, stored items carry it */
export const SAMTALE_PROPERTY_SET = '{6f1c2a8e-3d4b-4e5f-9a7c-52b0d8e1f346}';

/** the id of a named string property in our set, e.g. `String {guid} Name SamtaleConversationId` */
export function samtaleProperty(name: string): string {
  return `String ${SAMTALE_PROPERTY_SET} Name ${name}`;
}

/** OData string literal: a quote is doubled */
const literal = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** the $filter that finds the items whose property `propertyId` holds `value` */
export function findFilter(propertyId: string, value: string): string {
  return `singleValueExtendedProperties/Any(ep: ep/id eq ${literal(propertyId)} and ep/value eq ${literal(value)})`;
}

/** the $expand that returns the property with the item (Graph leaves it out otherwise) */
export function expandProperty(propertyId: string): string {
  return `singleValueExtendedProperties($filter=id eq ${literal(propertyId)})`;
}
