import { nextGrantStatus } from './grant-state-machine';
import { IllegalGrantTransitionError } from './supports.errors';

describe('a support grant moving through its workflow', () => {
  it('is approved (reserving budget), then delivered (spending it)', () => {
    expect(nextGrantStatus('requested', 'approve')).toEqual({ to: 'approved', budget: 'reserve' });
    expect(nextGrantStatus('approved', 'deliver')).toEqual({ to: 'delivered', budget: 'consume' });
  });

  it('releases the reservation when an approved grant is cancelled, touches nothing when a request is cancelled or rejected', () => {
    expect(nextGrantStatus('approved', 'cancel')).toEqual({ to: 'cancelled', budget: 'release' });
    expect(nextGrantStatus('requested', 'cancel')).toEqual({ to: 'cancelled', budget: 'none' });
    expect(nextGrantStatus('requested', 'reject')).toEqual({ to: 'rejected', budget: 'none' });
  });

  it('refuses to deliver a rejected grant, approve twice, deliver before approval or touch a finished grant', () => {
    expect(() => nextGrantStatus('rejected', 'deliver')).toThrow(IllegalGrantTransitionError);
    expect(() => nextGrantStatus('approved', 'approve')).toThrow(/approved support grant cannot be approved/);
    expect(() => nextGrantStatus('requested', 'deliver')).toThrow(IllegalGrantTransitionError);
    expect(() => nextGrantStatus('delivered', 'cancel')).toThrow(IllegalGrantTransitionError);
    expect(() => nextGrantStatus('cancelled', 'approve')).toThrow(IllegalGrantTransitionError);
    expect(() => nextGrantStatus('approved', 'reject')).toThrow(IllegalGrantTransitionError);
  });
});
