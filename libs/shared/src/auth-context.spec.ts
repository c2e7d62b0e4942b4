import { assertAssociationScope, AuthContext } from './auth-context';
import { NotFoundError } from './errors';

const board: AuthContext = { userId: 'u', role: 'board', associationId: 'a1' };

describe('association scope', () => {
  it('lets a board user reach their own association', () => {
    expect(() => assertAssociationScope(board, 'a1')).not.toThrow();
  });
  it('hides another association from a board user as not found', () => {
    expect(() => assertAssociationScope(board, 'a2')).toThrow(NotFoundError);
  });
  it('lets chamber staff reach every association', () => {
    expect(() =>
      assertAssociationScope({ userId: 's', role: 'staff', associationId: null }, 'a2'),
    ).not.toThrow();
  });
});
