/**
 * What identity needs to know about associations, provided by the associations library
 * (identity sits below it and must not import it).
 */
export interface AssociationDirectory {
  exists(associationId: string): Promise<boolean>;
}

export const ASSOCIATION_DIRECTORY = Symbol('ASSOCIATION_DIRECTORY');
