import { BadInputError, ConflictError, ForbiddenError, RuleViolationError } from '@tashakkol/shared';

export class UnknownCategoryError extends BadInputError {
  constructor(id: number) {
    super('associations.unknown_category', `categoryId: unknown category ${id}`);
  }
}

export class UnknownLegalFormError extends BadInputError {
  constructor(code: string) {
    super('associations.unknown_legal_form', `legalForm: unknown legal form ${code}`);
  }
}

export class UnknownParentError extends BadInputError {
  constructor(id: string, field = 'parentId') {
    super('associations.unknown_parent', `${field}: unknown association ${id}`);
  }
}

export class InvalidIsicError extends BadInputError {
  constructor(isic: string) {
    super(
      'catalogs.invalid_isic',
      `isic: ${isic} is not an ISIC Rev.4 section letter, division, group or class`,
    );
  }
}

export class UnknownCultureTraitError extends BadInputError {
  constructor(trait: string) {
    super('associations.unknown_culture_trait', `traits: unknown culture trait ${trait}`);
  }
}

/** A parent that is the association itself or one of its own sub-branches would close a loop in the tree. */
export class ParentCycleError extends RuleViolationError {
  constructor(parentId: string, field = 'parentId') {
    super(
      'associations.parent_cycle',
      `${field}: ${parentId} is this association or one of its sub-branches; the tree would loop`,
    );
  }
}

export class TreeTooDeepError extends RuleViolationError {
  constructor(max: number, field = 'parentId') {
    super('associations.tree_too_deep', `${field}: sub-branches may be nested at most ${max} levels deep`);
  }
}

export class DuplicateRegistrationNoError extends ConflictError {
  constructor(no: string) {
    super(
      'associations.duplicate_registration_no',
      `registrationNo: another association is registered as ${no}`,
    );
  }
}

export class DuplicateCatalogEntryError extends ConflictError {
  constructor(field: string, value: string) {
    super('catalogs.duplicate', `${field}: ${value} already exists`);
  }
}

/** A board edits only its contact and culture profile; the chamber keeps the rest of the register. */
export class BoardFieldForbiddenError extends ForbiddenError {
  constructor(fields: string[]) {
    super(
      'associations.board_field_forbidden',
      `${fields.join(', ')}: a board may change only contact and cultureProfile`,
    );
  }
}

export class BoardSeatTakenError extends RuleViolationError {
  constructor(role: string) {
    super(
      'associations.board_seat_taken',
      `role: the board already has a serving ${role}; end that term first`,
    );
  }
}

export class BoardOfficerTwiceError extends BadInputError {
  constructor(role: string) {
    super('associations.board_officer_twice', `members: the elected board has more than one ${role}`);
  }
}
