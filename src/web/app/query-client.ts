import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError, setCsrfToken } from './api';

export const ME_KEY = ['me'] as const;

// A session that ends (idle timeout) or a password that must be changed shows up on any call:
// reset the cached Me so the route guard sends the user to the right page.
const onApiError = (error: unknown) => {
  if (!(error instanceof ApiError)) return;
  if (error.code === 'UNAUTHENTICATED') {
    setCsrfToken(null);
    queryClient.setQueryData(ME_KEY, null);
  } else if (error.code === 'PASSWORD_CHANGE_REQUIRED') {
    void queryClient.invalidateQueries({ queryKey: ME_KEY });
  }
};

export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: onApiError }),
  mutationCache: new MutationCache({ onError: onApiError }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // Client errors (4xx) will not change on retry; network and server errors might.
      retry: (count, error) =>
        !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
    },
  },
});
