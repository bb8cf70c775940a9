import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MethodInput, MethodName, MethodOutput } from '../../../../shared/api';
import { call } from '../../api/client';
import { publicationKeys } from './queries';

type PublicationWrite = Extract<
  MethodName,
  | 'publication.createNotice'
  | 'publication.registerObjection'
  | 'publication.stepObjection'
  | 'publication.name'
>;

/**
 * One mutation per publication write. Each changes what the notice, its objections and the
 * naming preview say (an objection's step changes who may be named), and a naming changes the
 * branches' star history: the publication queries are all asked again.
 */
export function usePublicationWrite<M extends PublicationWrite>(method: M) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<M>) => call(method, input) as Promise<MethodOutput<M>>,
    onSuccess: () => void client.invalidateQueries({ queryKey: publicationKeys.all }),
  });
}
