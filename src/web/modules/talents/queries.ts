import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReviewBody } from '../../../contracts/api/talents';
import { type TalentQuery, talentsApi } from './api';

export const talentsKey = ['talents'] as const;

export const useTalents = (query: TalentQuery) =>
  useQuery({
    queryKey: [...talentsKey, 'list', query],
    queryFn: () => talentsApi.list(query),
    placeholderData: keepPreviousData,
  });

export const useTalent = (id: string) =>
  useQuery({ queryKey: [...talentsKey, 'one', id], queryFn: () => talentsApi.get(id) });

const useTalentMutation = <A, R>(fn: (args: A) => Promise<R>) => {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: talentsKey }) });
};

export const useSubmitTalent = () => useTalentMutation(talentsApi.submit);
/** Township review or county filing: the same decision at two steps. */
export const useDecideTalent = () =>
  useTalentMutation(({ id, step, body }: { id: string; step: 'review' | 'file'; body: ReviewBody }) =>
    step === 'review' ? talentsApi.review(id, body) : talentsApi.file(id, body),
  );
