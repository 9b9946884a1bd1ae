/**
 * A graphql-codegen plugin (codegen.ts): the schema's enum ErrorCode as a TypeScript union. The client
 * preset writes only the enums its operations select, and no field returns an ErrorCode: errors carry
 * it in `extensions` (the server's graphql/error-extensions.ts).
 */
export function plugin(schema) {
  const type = schema.getType('ErrorCode');
  if (!type || typeof type.getValues !== 'function') throw new Error('schema/schema.graphql has no enum ErrorCode');
  const values = type.getValues().map((value) => `  | '${value.name}'`);
  return [
    '/** Every code an error of the API carries (enum ErrorCode of schema/schema.graphql). */',
    `export type ErrorCode =\n${values.join('\n')};`,
    '',
  ].join('\n');
}
