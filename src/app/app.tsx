import { QueryClientProvider } from '@tanstack/react-query';
import { useState, type ComponentType } from 'react';
import { RouterProvider } from 'react-router';
import { createQueryClient } from '@/lib/query-client';
import { AppErrorBoundary } from './error-boundary';
import { createAppRouter } from './router';

export function App({ devPanel: DevPanel }: { devPanel?: ComponentType | undefined }) {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(() => createAppRouter(queryClient));
  return (
    <AppErrorBoundary>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
        {DevPanel && <DevPanel />}
      </QueryClientProvider>
    </AppErrorBoundary>
  );
}
