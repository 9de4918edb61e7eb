import { QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { authKeys } from '../features/auth/api';
import { ApiError, setUnauthenticatedHandler } from '../lib/api';
import { I18nProvider } from '../lib/i18n';

/** One client per page load; exported for tests that need to seed or inspect the cache. */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A 4xx will not fix itself on retry; only network blips and 5xx deserve another try.
      retry: (failureCount, error) =>
        !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failureCount < 2,
      refetchOnWindowFocus: false,
    },
  },
});

// An expired session surfaces as a 401 from any call; marking the user signed out lets the auth guard
// redirect to /login with the current page remembered, instead of a hard reload losing it.
function SessionExpiryBridge() {
  const client = useQueryClient();
  useEffect(() => {
    setUnauthenticatedHandler(() => client.setQueryData(authKeys.me(), null));
  }, [client]);
  return null;
}

/** Query cache, language, AntD theme and the AntD App context (message/notification/modal hooks). */
export function Providers({ children }: { children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      <SessionExpiryBridge />
      <I18nProvider>
        <ConfigProvider theme={{ token: { colorPrimary: '#1d4ed8', borderRadius: 6 } }}>
          <AntApp>{children}</AntApp>
        </ConfigProvider>
      </I18nProvider>
    </QueryClientProvider>
  );
}
