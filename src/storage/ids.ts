/** Random ids for records. crypto.randomUUID exists in every browser we support and in Node 20. */
export function newId(): string {
  return crypto.randomUUID();
}
