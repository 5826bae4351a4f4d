import { Suspense, lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from './error-message';

// Pages show errors rarely: the message bar's code is not worth a place in every page's bundle.
const ErrorMessage = lazy(() => import('./ErrorMessage').then((m) => ({ default: m.ErrorMessage })));

export interface ErrorStateProps {
  error: unknown;
  onRetry?: () => void;
}

/** A failed load or save: what went wrong (the API's own words when it gave some), and a retry. */
export function ErrorState({ error, onRetry }: ErrorStateProps) {
  const { t } = useTranslation();
  const message = errorMessage(error, t);
  return (
    <div role="alert">
      <Suspense fallback={<p>{message}</p>}>
        <ErrorMessage message={message} onRetry={onRetry} />
      </Suspense>
    </div>
  );
}
