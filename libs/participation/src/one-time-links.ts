import { EntityManager } from 'typeorm';
import { LinkPurpose, OneTimeLink } from './one-time-link.entity';
import { LinkNotFoundError, LinkSpentError } from './participation.errors';
import { hashLinkToken, looksLikeLinkToken } from './survey-rules';

/** The link behind a token, if it may still be used: unknown or forged → 404, used or expired → 410. */
export async function findUsableLink(
  em: EntityManager,
  purpose: LinkPurpose,
  token: string,
): Promise<OneTimeLink> {
  if (!looksLikeLinkToken(token)) throw new LinkNotFoundError();
  const link = await em
    .getRepository(OneTimeLink)
    .findOne({ where: { tokenHash: hashLinkToken(token), purpose } });
  if (!link) throw new LinkNotFoundError();
  if (link.usedAt) throw new LinkSpentError('used');
  if (link.voidedAt) throw new LinkSpentError('replaced');
  if (link.expiresAt.getTime() <= Date.now()) throw new LinkSpentError('expired');
  return link;
}

/**
 * Spends a one-time link if it is still usable. Under READ COMMITTED a second UPDATE of the
 * same row waits for the first and re-checks `used_at`, so of racing callers exactly one wins.
 */
export async function spendLink(em: EntityManager, purpose: LinkPurpose, token: string): Promise<boolean> {
  const result = await em
    .createQueryBuilder()
    .update(OneTimeLink)
    .set({ usedAt: () => 'now()' })
    .where(
      'token_hash = :hash AND purpose = :purpose AND used_at IS NULL AND voided_at IS NULL AND expires_at > now()',
      {
        hash: hashLinkToken(token),
        purpose,
      },
    )
    .execute();
  return result.affected === 1;
}
