import type { TFunction } from 'i18next';
import { ApiError, ForbiddenError, NetworkError, NotFoundError, UnauthenticatedError } from '../../api/api-error';

/** A sentence for the person at the screen: the API's own (localised) message, or ours for transport failures. */
export function errorMessage(error: unknown, t: TFunction): string {
  if (error instanceof NetworkError) return t('errors.network');
  if (error instanceof UnauthenticatedError) return t('errors.unauthenticated');
  if (error instanceof ForbiddenError) return t('errors.forbidden');
  if (error instanceof NotFoundError) return t('errors.notFound');
  if (error instanceof ApiError) return error.message;
  return t('errors.unexpected');
}
