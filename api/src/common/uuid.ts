const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs: anything else names nothing, and is answered NOT_FOUND before it reaches the database. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
