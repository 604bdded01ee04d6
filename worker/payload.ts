// Job payloads carry ids (and the odd period name or date), never personal data.
// These readers check the shape, so a malformed job fails loudly instead of acting
// on the wrong row.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function field(task: string, payload: unknown, name: string): unknown {
  const value = (payload as Record<string, unknown> | null)?.[name];
  if (value === undefined) throw new Error(`${task} expects "${name}" in its payload, got ${JSON.stringify(payload)}`);
  return value;
}

export function uuidField(task: string, payload: unknown, name: string): string {
  const value = field(task, payload, name);
  if (typeof value !== "string" || !UUID.test(value)) throw new Error(`${task}: "${name}" must be a uuid`);
  return value;
}

export function dateField(task: string, payload: unknown, name: string): string {
  const value = field(task, payload, name);
  if (typeof value !== "string" || !DATE.test(value)) throw new Error(`${task}: "${name}" must be a date (YYYY-MM-DD)`);
  return value;
}

export function oneOfField<T extends string>(task: string, payload: unknown, name: string, allowed: readonly T[]): T {
  const value = field(task, payload, name);
  if (typeof value !== "string" || !allowed.includes(value as T)) {
    throw new Error(`${task}: "${name}" must be one of ${allowed.join(", ")}`);
  }
  return value as T;
}
