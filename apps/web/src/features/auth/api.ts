import { useMutation } from '@tanstack/react-query';
import { api, call } from '../../api/client';
import { queryClient } from '../../app/providers';
import { setSession, type Session } from '../../lib/session';

export function useLogin() {
  return useMutation({
    mutationFn: (body: { email: string; password: string }) =>
      call<Session>(api.POST('/api/v1/auth/login', { body })),
    onSuccess: (session) => {
      queryClient.clear();
      setSession({
        accessToken: session.accessToken,
        refreshToken: session.refreshToken,
        user: session.user,
      });
    },
  });
}

export function useLogout() {
  return useMutation({
    mutationFn: () => call<void>(api.POST('/api/v1/auth/logout')),
    onSettled: () => {
      setSession(null);
      queryClient.clear();
    },
  });
}
