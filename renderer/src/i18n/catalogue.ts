/**
 * The shape every translation must have: the same keys as the English catalogue, each a
 * string. A German catalogue typed with it fails to compile when a key is missing or extra.
 */
export type Catalogue<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : Catalogue<T[K]>;
};
