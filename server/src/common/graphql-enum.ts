import { registerEnumType } from 'type-graphql';

/** The values of an enum made by `graphqlEnum`: `type Role = EnumValue<typeof Role>`. */
export type EnumValue<E> = E[keyof E];

/**
 * An enum whose values are their own names, each written once: the names in, the value object out
 * (`Role.ADMIN === 'ADMIN'`), registered with type-graphql under `type` (a name, or a name and a
 * description), so `@Field(() => Role)` and MikroORM's `@Enum({ items: () => Role })` take it as they
 * took a TypeScript string enum.
 */
export function graphqlEnum<const V extends string>(
  type: string | { name: string; description: string },
  values: readonly V[],
): { readonly [K in V]: K } {
  const object = Object.freeze(Object.fromEntries(values.map((value) => [value, value]))) as { readonly [K in V]: K };
  registerEnumType(object, typeof type === 'string' ? { name: type } : type);
  return object;
}
