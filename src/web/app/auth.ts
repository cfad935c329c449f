import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import type { Me } from '../../contracts/api/auth';
import { ApiError, api, setCsrfToken } from './api';
import { ME_KEY } from './query-client';

/** Me, or null when nobody is logged in. */
const fetchMe = async (): Promise<Me | null> => {
  try {
    const me = await api.auth.me();
    setCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
};

export const useMe = () => useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: 5 * 60_000 });

export const MeContext = createContext<Me | null>(null);

/** The logged-in user; only inside the routes guarded by RequireAuth. */
export const useCurrentUser = (): Me => {
  const me = useContext(MeContext);
  if (!me) throw new Error('useCurrentUser outside RequireAuth');
  return me;
};

export const useLogin = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: api.auth.login,
    onSuccess: (me) => {
      setCsrfToken(me.csrfToken);
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_KEY[0] });
      client.setQueryData(ME_KEY, me);
    },
  });
};

export const useLogout = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: api.auth.logout,
    // Whatever the server says, forget the session locally.
    onSettled: () => {
      setCsrfToken(null);
      client.clear();
      client.setQueryData(ME_KEY, null);
    },
  });
};

export const useChangePassword = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: api.auth.changePassword,
    onSuccess: () => client.invalidateQueries({ queryKey: ME_KEY }),
  });
};
