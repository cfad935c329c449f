import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api';
import { regionKeys } from '../../app/components/region-queries';

export const useImportCounty = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: api.regions.importCounty,
    onSuccess: () => client.invalidateQueries({ queryKey: regionKeys.all }),
  });
};
